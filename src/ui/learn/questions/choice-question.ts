// Single- and multiple-choice questions: radio buttons or checkboxes in the frame's fieldset, in
// an order of the learner's own (stable for them, different between learners), with feedback
// shown under every option once checked (and tied to it for screen readers). Graded by option id.
import { h } from '../../dom';
import { gradeMultiple, gradeSingle } from '../../../content/learn/grading';
import { learnerOrder } from '../../../content/learn/learner-order';
import type { MultipleQuestion, SingleQuestion } from '../../../content/learn/course-types';
import { idMaker, type QuestionWidget, type WidgetContext } from './question-widget';

/** The misconceptions a choice response shows: the tags of wrong options ticked, else the question's own. */
export function choiceMisconceptions(question: SingleQuestion | MultipleQuestion, chosenIds: readonly string[], correct: boolean): string[] {
  if (correct) return [];
  const tags = question.options.filter((o) => chosenIds.includes(o.id) && !o.correct && o.misconception !== undefined).map((o) => o.misconception!);
  if (tags.length > 0) return tags;
  return question.misconception !== undefined ? [question.misconception] : [];
}

export function choiceWidget(question: SingleQuestion | MultipleQuestion, context: WidgetContext): QuestionWidget {
  const id = idMaker(context.scope);
  const multiple = question.kind === 'multiple';
  const shown = learnerOrder(context.learnerId, question.id, question.options.map((o) => o.id));
  const rows = shown.map((optionId) => {
    const option = question.options.find((o) => o.id === optionId)!;
    const input = h('input', {
      type: multiple ? 'checkbox' : 'radio', name: id('choice'), id: id(`opt-${option.id}`), value: option.id,
      'aria-describedby': id(`fb-${option.id}`),
    });
    const feedback = h('p', { class: 'option-feedback', id: id(`fb-${option.id}`), hidden: true });
    const row = h('div', { class: 'option' }, input, h('label', { for: id(`opt-${option.id}`) }, option.text), feedback);
    return { option, input, feedback, row };
  });
  const element = h('div', { class: 'options' },
    multiple && !/select all/i.test(question.prompt) ? h('p', { class: 'hint' }, 'Select all that apply.') : null,
    ...rows.map((r) => r.row));

  const chosen = () => rows.filter((r) => r.input.checked).map((r) => r.option.id);

  return {
    element,
    prompt: () => question.prompt,
    submitLabel: () => 'Check answer',
    check() {
      const ids = chosen();
      if (ids.length === 0) return { missing: multiple ? 'Select at least one option first.' : 'Choose an option first.' };
      const grade = question.kind === 'single' ? gradeSingle(question, ids[0]!) : gradeMultiple(question, ids);
      const misconceptions = choiceMisconceptions(question, ids, grade.correct);
      return { grade, attempt: { shown, response: ids, ...(misconceptions.length > 0 ? { misconceptions } : {}) } };
    },
    showFeedback() {
      for (const { option, input, feedback, row } of rows) {
        const picked = input.checked;
        let verdict: string;
        if (picked && option.correct) verdict = 'Right choice. ';
        else if (picked) verdict = 'Not right. ';
        else if (option.correct) verdict = multiple ? 'You missed this one, it is right: ' : 'The right answer: ';
        else verdict = multiple ? 'Rightly left out. ' : '';
        feedback.textContent = verdict + option.feedback;
        feedback.hidden = false;
        row.classList.toggle('is-right', option.correct);
        row.classList.toggle('is-wrong', picked && !option.correct);
      }
    },
    reset() {
      for (const { input, feedback, row } of rows) {
        input.checked = false;
        feedback.hidden = true;
        feedback.textContent = '';
        row.classList.remove('is-right', 'is-wrong');
      }
    },
    setDisabled(disabled) {
      for (const { input } of rows) input.disabled = disabled;
    },
  };
}
