// Design tasks in two steps: the learner drafts a design or an argument from the facts given, then
// reads three example answers (weak, adequate, strong, each with why), says which one theirs is
// closest to and ticks the checklist points it covers (a self-assessment saved like any answer).
import { h } from '../../dom';
import { gradeDesign } from '../../../content/learn/grading';
import type { DesignQuestion } from '../../../content/learn/course-types';
import { idMaker, type QuestionWidget, type WidgetContext } from './question-widget';

const LEVELS = [
  { id: 'weak', label: 'Weak' },
  { id: 'adequate', label: 'Adequate' },
  { id: 'strong', label: 'Strong' },
] as const;

export function designWidget(question: DesignQuestion, context: WidgetContext): QuestionWidget {
  const id = idMaker(context.scope);
  const textarea = h('textarea', { id: id('answer'), rows: 8, 'aria-describedby': id('answer-hint') });
  const levelInputs = LEVELS.map((level) => {
    const input = h('input', { type: 'radio', name: id('level'), id: id(`level-${level.id}`), value: level.id });
    return { level, input, row: h('div', { class: 'option' }, input, h('label', { for: id(`level-${level.id}`) }, level.label)) };
  });
  const boxes = question.checklist.map((point, index) => {
    const box = h('input', { type: 'checkbox', id: id(`check-${index}`) });
    return { box, row: h('div', { class: 'option' }, box, h('label', { for: id(`check-${index}`) }, point)) };
  });
  const exemplars = h('div', { class: 'exemplars', hidden: true },
    h('p', { class: 'model-answer-title' }, h('strong', {}, 'Three example answers')),
    ...LEVELS.map((level) => {
      const exemplar = question.exemplars[level.id];
      return h('div', { class: `exemplar exemplar-${level.id}` },
        h('p', { class: 'exemplar-level' }, h('strong', {}, `${level.label} answer`)),
        h('p', {}, exemplar.answer),
        h('p', { class: 'meta' }, h('strong', {}, 'Why: '), exemplar.why));
    }),
    h('fieldset', { class: 'rubric' },
      h('legend', {}, 'Which example is your answer closest to?'),
      ...levelInputs.map((l) => l.row)),
    h('fieldset', { class: 'rubric' },
      h('legend', {}, 'Checklist: tick each point your answer covers.'),
      ...boxes.map((b) => b.row)));
  const element = h('div', { class: 'design' },
    question.given.length > 0 ? h('div', { class: 'given' }, h('p', {}, h('strong', {}, 'What you know')), h('ul', {}, ...question.given.map((fact) => h('li', {}, fact)))) : null,
    h('label', { for: id('answer') }, 'Your answer'),
    h('p', { class: 'hint', id: id('answer-hint') }, 'Write your design or argument (a short paragraph or a few bullet points), then compare it with the examples.'),
    textarea,
    exemplars);
  let revealed = false;
  const chosenLevel = () => levelInputs.find((l) => l.input.checked)?.level.id;

  return {
    element,
    prompt: () => question.prompt,
    submitLabel: () => (revealed ? 'Save my self-assessment' : 'Compare with the examples'),
    check() {
      if (!revealed) {
        if (textarea.value.trim() === '') return { missing: 'Write your answer first, then compare it with the examples.' };
        revealed = true;
        exemplars.hidden = false;
        levelInputs[0]?.input.focus();
        return { next: 'Three example answers are shown below yours. Say which one yours is closest to, tick the checklist points it covers, then save your self-assessment.' };
      }
      const level = chosenLevel();
      if (!level) return { missing: 'Choose which example your answer is closest to first.' };
      const covered = boxes.filter((b) => b.box.checked).length;
      return { grade: gradeDesign(question, covered), attempt: { response: covered, level } };
    },
    showFeedback() {
      for (const { box, row } of boxes) row.classList.toggle('is-right', box.checked);
    },
    reset() {
      revealed = false;
      exemplars.hidden = true;
      for (const { input } of levelInputs) input.checked = false;
      for (const { box, row } of boxes) {
        box.checked = false;
        row.classList.remove('is-right');
      }
    },
    setDisabled(disabled) {
      textarea.readOnly = disabled;
      for (const { input } of levelInputs) input.disabled = disabled;
      for (const { box } of boxes) box.disabled = disabled;
    },
  };
}
