// #/progress: a summary of the learner's progress per lesson, export to a JSON file, import from
// one (validated first: a bad file changes nothing), reset with confirmation, and downloads of
// any damaged save that was kept aside.
import { announce, append, h } from '../dom';
import type { PageFactory } from '../shell/router';
import type { CourseOutline, Misconception } from '../../content/learn/course-types';
import { lessonProgress } from '../../state/progress/progress-selectors';
import type { ProgressData } from '../../state/progress/progress-schema';
import { progressData, PROGRESS_STORAGE_KEY, type ProgressStore } from '../../state/progress/progress-store';
import { exportProgressFile, parseProgressFile, progressFileName } from '../../state/progress/progress-transfer';
import { reviewForecast } from '../../state/progress/spaced-review';
import { loadMisconceptions, loadOutline } from './course-source';
import { downloadTextFile } from '../download-file';
import { plural, startLearnPage } from './learn-page-frame';
import { browserStorage } from '../../state/browser-storage';

function summaryList(course: CourseOutline, progress: ProgressData): HTMLElement {
  const perLesson = course.lessons.map((l) => lessonProgress(progress, l.id, l.questions));
  const answered = perLesson.reduce((sum, p) => sum + p.answered, 0);
  const right = perLesson.reduce((sum, p) => sum + p.correct, 0);
  const total = perLesson.reduce((sum, p) => sum + p.total, 0);
  const completed = perLesson.filter((p) => p.completed).length;
  const queue = reviewForecast(progress.review, Date.now());
  return h('ul', { class: 'summary-list' },
    h('li', {}, `Lessons completed: ${completed} of ${course.lessons.length}`),
    h('li', {}, `Questions answered: ${answered} of ${total}`),
    h('li', {}, `Right on the last try: ${right} of ${answered}`),
    h('li', {}, `In your review queue: ${plural(queue.total, 'question')} (${queue.dueNow} due now)`));
}

function lessonTable(course: CourseOutline, progress: ProgressData): HTMLElement {
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Progress per lesson' },
    h('table', {},
      h('caption', { class: 'visually-hidden' }, 'Progress per lesson'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Lesson'), h('th', { scope: 'col' }, 'Status'),
        h('th', { scope: 'col', class: 'num' }, 'Answered'), h('th', { scope: 'col', class: 'num' }, 'Right'))),
      h('tbody', {}, ...course.lessons.map((lesson) => {
        const p = lessonProgress(progress, lesson.id, lesson.questions);
        const status = p.completed ? 'Completed' : p.read ? 'Read' : p.opened ? 'Started' : 'Not started';
        return h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: `#/lessons/${lesson.id}` }, lesson.title)),
          h('td', {}, status),
          h('td', { class: 'num' }, `${p.answered} / ${p.total}`),
          h('td', { class: 'num' }, String(p.correct)));
      }))));
}

/** The misconceptions the learner's wrong answers showed, most frequent first, each with what to do. */
function misconceptionList(course: CourseOutline, misconceptions: readonly Misconception[], progress: ProgressData): HTMLElement {
  const seen = Object.entries(progress.misconceptions)
    .flatMap(([id, record]) => {
      const found = misconceptions.find((m) => m.id === id);
      return found ? [{ misconception: found, ...record }] : [];
    })
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
  if (seen.length === 0) {
    return h('p', {}, 'Nothing to report yet. When a wrong answer shows a common misconception (in a lesson, in review or in play), it is named here with what to read again.');
  }
  return h('ul', { class: 'misconception-list' }, ...seen.map(({ misconception, count }) => {
    const lesson = course.lessons.find((l) => l.id === misconception.lesson);
    return h('li', { class: 'card' },
      h('p', {}, h('strong', {}, misconception.sentence)),
      h('p', {}, misconception.remedy, ...(lesson ? [' Read again: ', h('a', { href: `#/lessons/${lesson.id}` }, lesson.title), '.'] : [])),
      h('p', { class: 'meta' }, `Seen in ${plural(count, 'wrong answer')}.`));
  }));
}

function transferSection(store: ProgressStore): HTMLElement {
  const message = h('div', { class: 'transfer-message' });
  const show = (text: string, kind: 'error' | 'success') => {
    message.replaceChildren(h('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text));
    if (kind === 'success') announce(text);
  };
  const exportButton = h('button', { type: 'button' }, 'Export progress');
  exportButton.addEventListener('click', () => {
    const now = Date.now();
    downloadTextFile(progressFileName(now), exportProgressFile(progressData(store.getState()), now));
    show('Your progress was exported as a file. Keep it to move your progress to another browser or to restore it later.', 'success');
  });
  const fileInput = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json', 'aria-describedby': 'import-hint' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      show('The file could not be read. Nothing was changed.', 'error');
      return;
    }
    const result = parseProgressFile(text);
    fileInput.value = '';
    if (!result.ok) {
      show(`“${file.name}”: ${result.message}`, 'error');
      return;
    }
    store.getState().replaceProgress(result.data);
    show(`Progress imported from “${file.name}”: ${plural(Object.keys(result.data.answers).length, 'answered question')} and ${plural(Object.keys(result.data.lessons).length, 'lesson')} opened.`, 'success');
  });
  return h('section', { 'aria-labelledby': 'transfer-title' },
    h('h2', { id: 'transfer-title' }, 'Export and import'),
    h('p', {}, 'Your progress is stored only in this browser. Export it to keep a copy or to move it to another device.'),
    exportButton,
    h('div', { class: 'import-field' },
      h('label', { for: 'import-file' }, 'Import progress from a file'),
      h('p', { class: 'hint', id: 'import-hint' }, 'Choose a file exported from Rapport. It replaces the progress in this browser; a file that is not valid changes nothing.'),
      fileInput),
    message);
}

function resetSection(store: ProgressStore): HTMLElement {
  const askButton = h('button', { type: 'button', class: 'secondary' }, 'Reset progress…');
  const confirmBox = h('div', { class: 'confirm card', hidden: true, role: 'group', 'aria-labelledby': 'reset-question' },
    h('p', { id: 'reset-question', tabindex: -1 }, 'Delete all your answers, lessons read and review queue from this browser? This cannot be undone; export your progress first if you may want it back.'));
  const yes = h('button', { type: 'button', class: 'danger' }, 'Yes, delete my progress');
  const no = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  confirmBox.append(h('div', { class: 'question-actions' }, yes, no));
  const done = h('p', { class: 'meta', tabindex: -1 });
  askButton.addEventListener('click', () => {
    confirmBox.hidden = false;
    askButton.hidden = true;
    no.focus();
  });
  no.addEventListener('click', () => {
    confirmBox.hidden = true;
    askButton.hidden = false;
    askButton.focus();
  });
  yes.addEventListener('click', () => {
    store.getState().resetProgress();
    confirmBox.hidden = true;
    askButton.hidden = false;
    done.textContent = 'Your progress has been reset.';
    done.focus();
    announce('Your progress has been reset.');
  });
  return h('section', { 'aria-labelledby': 'reset-title' },
    h('h2', { id: 'reset-title' }, 'Start again'), askButton, confirmBox, done);
}

function keptAsideSection(): HTMLElement | null {
  const storage = browserStorage();
  if (!storage) return null;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(`${PROGRESS_STORAGE_KEY}.corrupt.`)) keys.push(key);
  }
  if (keys.length === 0) return null;
  keys.sort();
  return h('section', { 'aria-labelledby': 'aside-title' },
    h('h2', { id: 'aside-title' }, 'Saves kept aside'),
    h('p', {}, 'These saves could not be read, so they were kept aside instead of being deleted. Download one to keep it or to report the problem.'),
    h('ul', {}, ...keys.map((key) => h('li', {},
      h('button', { type: 'button', class: 'secondary', onclick: () => downloadTextFile(`${key}.txt`, storage.getItem(key) ?? '', 'text/plain') }, `Download “${key}”`)))));
}

const mountProgress: PageFactory = async (root) => {
  const page = startLearnPage(root);
  const { store } = page;
  const [course, misconceptions] = await Promise.all([loadOutline(), loadMisconceptions()]);
  const summary = h('div', { class: 'progress-summary' });
  const patterns = h('div', { class: 'misconceptions' });
  const render = () => {
    const state = store.getState();
    summary.replaceChildren(summaryList(course, state), lessonTable(course, state));
    patterns.replaceChildren(misconceptionList(course, misconceptions, state));
  };
  render();
  page.onLeave(store.subscribe((state, previous) => {
    if (state.answers !== previous.answers || state.lessons !== previous.lessons || state.review !== previous.review || state.misconceptions !== previous.misconceptions) render();
  }));
  append(root,
    h('h1', {}, 'Your progress'),
    h('section', { 'aria-labelledby': 'summary-title' }, h('h2', { id: 'summary-title' }, 'Summary'), summary),
    h('section', { 'aria-labelledby': 'patterns-title' },
      h('h2', { id: 'patterns-title' }, 'Patterns in your wrong answers'),
      patterns),
    transferSection(store),
    resetSection(store),
    keptAsideSection());
  return { title: 'Your progress', unmount: page.leave };
};

export default mountProgress;
