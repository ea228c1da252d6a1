// Matching questions: one labelled select per left-hand item, offering the right-hand items in a
// shuffled order; feedback says per row whether the match is right and, if not, what is.
import { h } from '../../dom';
import { gradeMatching } from '../../../content/learn/grading';
import type { MatchingQuestion } from '../../../content/learn/course-types';
import { idMaker, type QuestionWidget } from './question-widget';
import { stableShuffle } from './shuffle';

export function matchingWidget(question: MatchingQuestion, scope: string): QuestionWidget {
  const id = idMaker(scope);
  const rights = stableShuffle(question.pairs.map((p) => p.right), question.id);
  const rows = question.pairs.map((pair, index) => {
    const select = h('select', { id: id(`match-${index}`), 'aria-describedby': id(`match-fb-${index}`) },
      h('option', { value: '' }, 'Choose a match…'),
      ...rights.map((right) => h('option', { value: right }, right)));
    const feedback = h('p', { class: 'option-feedback', id: id(`match-fb-${index}`), hidden: true });
    const row = h('div', { class: 'match-row' },
      h('label', { for: id(`match-${index}`) }, pair.left), select, feedback);
    return { pair, select, feedback, row };
  });
  const element = h('div', { class: 'matching' },
    h('p', { class: 'hint' }, 'Choose the matching item for each entry.'),
    ...rows.map((r) => r.row));

  return {
    element,
    submitLabel: () => 'Check answer',
    check() {
      const unset = rows.filter((r) => r.select.value === '').length;
      if (unset > 0) return { missing: `Choose a match for every entry first (${unset} still open).` };
      return { grade: gradeMatching(question, rows.map((r) => r.select.value)) };
    },
    showFeedback() {
      for (const { pair, select, feedback, row } of rows) {
        const right = select.value === pair.right;
        feedback.textContent = right ? 'Right match.' : `Not right: it matches “${pair.right}”.`;
        feedback.hidden = false;
        row.classList.toggle('is-right', right);
        row.classList.toggle('is-wrong', !right);
      }
    },
    reset() {
      for (const { select, feedback, row } of rows) {
        select.value = '';
        feedback.hidden = true;
        row.classList.remove('is-right', 'is-wrong');
      }
    },
    setDisabled(disabled) {
      for (const { select } of rows) select.disabled = disabled;
    },
  };
}
