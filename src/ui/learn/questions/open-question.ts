// Open questions in two steps: the learner writes an answer, reveals the model answer, then ticks
// the rubric points their answer covers (a self-assessment that is saved like any answer).
import { h } from '../../dom';
import { gradeOpen } from '../../../content/learn/grading';
import type { OpenQuestion } from '../../../content/learn/course-types';
import { idMaker, type QuestionWidget, type WidgetContext } from './question-widget';

export function openWidget(question: OpenQuestion, context: WidgetContext): QuestionWidget {
  const id = idMaker(context.scope);
  const textarea = h('textarea', { id: id('answer'), rows: 6, 'aria-describedby': id('answer-hint') });
  const boxes = question.rubric.map((point, index) => {
    const box = h('input', { type: 'checkbox', id: id(`rubric-${index}`) });
    return { box, row: h('div', { class: 'option' }, box, h('label', { for: id(`rubric-${index}`) }, point)) };
  });
  const model = h('div', { class: 'model-answer', hidden: true },
    h('p', { class: 'model-answer-title' }, h('strong', {}, 'Model answer')),
    h('p', {}, question.modelAnswer),
    h('fieldset', { class: 'rubric' },
      h('legend', {}, 'Which of these points does your answer cover? Tick each one it covers.'),
      ...boxes.map((b) => b.row)));
  const element = h('div', { class: 'open' },
    h('label', { for: id('answer') }, 'Your answer'),
    h('p', { class: 'hint', id: id('answer-hint') }, 'Write a few sentences, then compare with the model answer.'),
    textarea,
    model);
  let revealed = false;

  return {
    element,
    prompt: () => question.prompt,
    submitLabel: () => (revealed ? 'Save my self-assessment' : 'Show the model answer'),
    check() {
      if (!revealed) {
        if (textarea.value.trim() === '') return { missing: 'Write your answer first, then compare it with the model answer.' };
        revealed = true;
        model.hidden = false;
        boxes[0]?.box.focus();
        return { next: 'The model answer is shown below your answer. Tick the points your answer covers, then save your self-assessment.' };
      }
      const covered = boxes.filter((b) => b.box.checked).length;
      return { grade: gradeOpen(question, covered), attempt: { response: covered } };
    },
    showFeedback() {
      for (const { box, row } of boxes) row.classList.toggle('is-right', box.checked);
    },
    reset() {
      revealed = false;
      model.hidden = true;
      for (const { box, row } of boxes) {
        box.checked = false;
        row.classList.remove('is-right');
      }
    },
    setDisabled(disabled) {
      textarea.readOnly = disabled;
      for (const { box } of boxes) box.disabled = disabled;
    },
  };
}
