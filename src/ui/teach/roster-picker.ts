// The challenge page's "who are you" for a challenge with a roster: pick your name from the class
// list or type your student id; the choice gives the roster's own name and id, so a student cannot
// start under a lookalike name, and the id goes into the result file.
import { visibleText, type RosterStudent } from '../../engine';
import { h } from '../dom';

export interface RosterPicker {
  readonly element: HTMLElement;
  /** The student chosen, or null after showing what is missing (focus moved to the field). */
  read(): RosterStudent | null;
}

export function rosterPicker(roster: readonly RosterStudent[]): RosterPicker {
  const select = h('select', { id: 'roster-student', 'aria-describedby': 'roster-student-hint' },
    h('option', { value: '' }, 'Choose your name'),
    ...[...roster].sort((a, b) => a.name.localeCompare(b.name)).map((s) => h('option', { value: s.id }, s.name)));
  const id = h('input', { id: 'roster-id', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: '40' });
  const error = h('p', { class: 'error-text', id: 'roster-error', hidden: true });
  const element = h('fieldset', { class: 'roster-picker' },
    h('legend', {}, 'Who are you?'),
    h('p', { class: 'hint', id: 'roster-student-hint' }, 'Your instructor listed the class: your result file will carry your name and student id.'),
    h('div', { class: 'field' }, h('label', { for: select.id }, 'Your name'), select),
    h('div', { class: 'field' }, h('label', { for: id.id }, 'Or your student id'), id),
    error);

  function fail(message: string, focus: HTMLElement): null {
    error.textContent = message;
    error.hidden = false;
    focus.setAttribute('aria-invalid', 'true');
    focus.setAttribute('aria-describedby', `${focus === select ? 'roster-student-hint ' : ''}roster-error`);
    focus.focus();
    return null;
  }

  return {
    element,
    read() {
      error.hidden = true;
      select.removeAttribute('aria-invalid');
      id.removeAttribute('aria-invalid');
      const typed = id.value.trim();
      if (typed !== '') {
        const student = roster.find((s) => s.id.toLowerCase() === typed.toLowerCase());
        if (!student) return fail(`The student id "${visibleText(typed)}" is not on your instructor's list: check it, or choose your name.`, id);
        if (select.value !== '' && select.value !== student.id) return fail('The name chosen and the id typed belong to different students: choose one of them.', select);
        return student;
      }
      const student = roster.find((s) => s.id === select.value);
      return student ?? fail('Choose your name from the list, or type your student id.', select);
    },
  };
}
