// Ordering questions: a list with "move up" and "move down" buttons per item (keyboard operable),
// starting in an order of the learner's own (never already solved), announcing each item's new
// position; graded by item id; feedback says per item whether it is in the right place.
import { announce, h } from '../../dom';
import { gradeOrdering, itemIds } from '../../../content/learn/grading';
import { learnerOrderNotSolved } from '../../../content/learn/learner-order';
import type { OrderingQuestion } from '../../../content/learn/course-types';
import type { QuestionWidget, WidgetContext } from './question-widget';

export function orderingWidget(question: OrderingQuestion, context: WidgetContext): QuestionWidget {
  const shown = learnerOrderNotSolved(context.learnerId, question.id, itemIds(question.items.length));
  let order = shown.map((id) => question.items[Number(id)]!);
  let disabled = false;
  let feedbackShown = false;
  const list = h('ol', { class: 'ordering-list' });
  const element = h('div', { class: 'ordering' },
    h('p', { class: 'hint' }, 'Put the items in order with the move buttons; the first item goes at the top.'),
    list);

  function move(from: number, to: number, direction: 'up' | 'down'): void {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    order = next;
    render();
    const buttons = list.children[to]?.querySelectorAll('button');
    const preferred = direction === 'up' ? buttons?.[0] : buttons?.[1];
    const fallback = direction === 'up' ? buttons?.[1] : buttons?.[0];
    (preferred && !preferred.disabled ? preferred : fallback)?.focus();
    announce(`“${item}” moved to position ${to + 1} of ${order.length}.`);
  }

  function render(): void {
    list.replaceChildren(...order.map((item, index) => {
      const placedRight = question.items[index] === item;
      const feedback = feedbackShown
        ? h('p', { class: 'option-feedback' },
          placedRight ? 'In the right place.' : `Belongs at position ${question.items.indexOf(item) + 1}.`)
        : null;
      return h('li', { class: `ordering-item${feedbackShown ? (placedRight ? ' is-right' : ' is-wrong') : ''}` },
        h('span', { class: 'ordering-text' }, item),
        h('span', { class: 'ordering-buttons' },
          h('button', {
            type: 'button', class: 'secondary small', 'aria-label': `Move “${item}” up`,
            disabled: disabled || index === 0, onclick: () => move(index, index - 1, 'up'),
          }, '↑ Up'),
          h('button', {
            type: 'button', class: 'secondary small', 'aria-label': `Move “${item}” down`,
            disabled: disabled || index === order.length - 1, onclick: () => move(index, index + 1, 'down'),
          }, '↓ Down')),
        feedback);
    }));
  }
  render();

  return {
    element,
    prompt: () => question.prompt,
    submitLabel: () => 'Check answer',
    check() {
      const response = order.map((item) => String(question.items.indexOf(item)));
      const grade = gradeOrdering(question, response);
      const misconceptions = !grade.correct && question.misconception !== undefined ? [question.misconception] : [];
      return { grade, attempt: { shown, response, ...(misconceptions.length > 0 ? { misconceptions } : {}) } };
    },
    showFeedback() {
      feedbackShown = true;
      render();
    },
    reset() {
      feedbackShown = false;
      render();
    },
    setDisabled(value) {
      disabled = value;
      render();
    },
  };
}
