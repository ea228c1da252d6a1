// Matching questions: one labelled select per left-hand item, rows and choices each in an order of
// the learner's own; graded by pair id (the left's pair against the right's pair), and feedback
// says per row whether the match is right and, if not, what is.
import { h } from '../../dom';
import { gradeMatching, itemIds } from '../../../content/learn/grading';
import { learnerOrder } from '../../../content/learn/learner-order';
import type { MatchingQuestion } from '../../../content/learn/course-types';
import { idMaker, type QuestionWidget, type WidgetContext } from './question-widget';

export function matchingWidget(question: MatchingQuestion, context: WidgetContext): QuestionWidget {
  const id = idMaker(context.scope);
  const ids = itemIds(question.pairs.length);
  const leftOrder = learnerOrder(context.learnerId, question.id, ids, 'left');
  const rightOrder = learnerOrder(context.learnerId, question.id, ids, 'right');
  const rows = leftOrder.map((pairId) => {
    const pair = question.pairs[Number(pairId)]!;
    const select = h('select', { id: id(`match-${pairId}`), 'aria-describedby': id(`match-fb-${pairId}`) },
      h('option', { value: '' }, 'Choose a match…'),
      ...rightOrder.map((rightId) => h('option', { value: rightId }, question.pairs[Number(rightId)]!.right)));
    const feedback = h('p', { class: 'option-feedback', id: id(`match-fb-${pairId}`), hidden: true });
    const row = h('div', { class: 'match-row' },
      h('label', { for: id(`match-${pairId}`) }, pair.left), select, feedback);
    return { pairId, pair, select, feedback, row };
  });
  const element = h('div', { class: 'matching' },
    h('p', { class: 'hint' }, 'Choose the matching item for each entry.'),
    ...rows.map((r) => r.row));

  return {
    element,
    prompt: () => question.prompt,
    submitLabel: () => 'Check answer',
    check() {
      const unset = rows.filter((r) => r.select.value === '').length;
      if (unset > 0) return { missing: `Choose a match for every entry first (${unset} still open).` };
      const matches = Object.fromEntries(rows.map((r) => [r.pairId, r.select.value]));
      const grade = gradeMatching(question, matches);
      const misconceptions = !grade.correct && question.misconception !== undefined ? [question.misconception] : [];
      return { grade, attempt: { shown: leftOrder, response: matches, ...(misconceptions.length > 0 ? { misconceptions } : {}) } };
    },
    showFeedback() {
      for (const { pairId, pair, select, feedback, row } of rows) {
        const right = select.value === pairId;
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
