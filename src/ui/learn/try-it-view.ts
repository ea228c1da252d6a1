// A lesson's "Try it" block: the scenario to open (and the months of spend it starts from), the
// change to make, a prediction the learner writes down first (saved in progress), what to look
// for, and the link that opens it in the game (#/try/LESSON_ID).
import { announce, h } from '../dom';
import type { Lesson, TryItBlock } from '../../content/learn/course-types';
import type { ProgressStore } from '../../state/progress/progress-store';
import { formatMoney } from '../../engine';


function prepareText(tryIt: TryItBlock): HTMLElement | null {
  const { prepare } = tryIt;
  if (!prepare) return h('p', {}, `The game opens “${tryIt.scenarioTitle}” at its first month.`);
  return h('div', {},
    h('p', {}, `The game opens “${tryIt.scenarioTitle}” after ${prepare.months === 1 ? 'one month' : `${prepare.months} months`} played with this monthly spend:`),
    prepare.spend.length > 0
      ? h('ul', {}, ...prepare.spend.map((s) => h('li', {}, `${s.segmentName}: ${s.typeName}, ${formatMoney(s.amount, tryIt.currency)} a month`)))
      : h('p', {}, 'No spend at all.'));
}

export function tryItView(lesson: Lesson, tryIt: TryItBlock, store: ProgressStore): HTMLElement {
  const saved = store.getState().predictions[lesson.id];
  const textarea = h('textarea', { id: 'try-it-prediction', rows: 4, maxlength: 4000, 'aria-describedby': 'try-it-predict' });
  textarea.value = saved?.text ?? '';
  const status = h('p', { class: 'meta', id: 'try-it-status', role: 'status' }, saved ? 'Your prediction is saved.' : '');
  const save = h('button', { type: 'button', class: 'secondary' }, 'Save my prediction');
  save.addEventListener('click', () => {
    store.getState().savePrediction(lesson.id, textarea.value, Date.now());
    status.textContent = textarea.value.trim() === '' ? 'Your prediction is saved (it is empty).' : 'Your prediction is saved.';
    announce(status.textContent);
  });
  return h('section', { class: 'try-it card', 'aria-labelledby': 'try-it-title' },
    h('h2', { id: 'try-it-title' }, 'Try it in the game'),
    prepareText(tryIt),
    h('h3', {}, 'The change to make'),
    h('p', {}, tryIt.change),
    h('h3', {}, 'Your prediction'),
    h('p', { id: 'try-it-predict' }, tryIt.predict),
    h('label', { for: 'try-it-prediction' }, 'Write your prediction before you play'),
    textarea,
    h('div', { class: 'question-actions' }, save),
    status,
    h('h3', {}, 'What to look for'),
    h('p', {}, tryIt.lookFor),
    h('p', {}, h('a', { href: `#/try/${lesson.id}`, class: 'button' }, 'Open it in the game')));
}
