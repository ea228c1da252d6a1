// The voice of the customer after a month: a few actual simulated customers of each segment (a
// promoter, a passive and a detractor where there are some) say how likely they are to recommend
// the company and why, in the engine's words drawn from what drives each one's experience. Worked
// out just after the screen appears, so the results show at once.
import { customerVoices, formatNumber, type CustomerVoice, type RunState } from '../../engine';
import { h } from '../dom';

const GROUP_WORDS = { promoter: 'Promoter', passive: 'Passive', detractor: 'Detractor' } as const;

function quote(v: CustomerVoice): HTMLElement {
  const since = v.cohort === 0 ? 'a customer from the start' : `a customer since month ${v.cohort}`;
  return h('li', { class: `voice voice-${v.group}` },
    h('blockquote', {}, h('p', {}, `“${v.text}”`)),
    h('p', { class: 'voice-who' }, `${GROUP_WORDS[v.group]}, would recommend us ${formatNumber(v.answer, 0)} out of 10; ${since}.`));
}

export function voicesView(run: RunState): HTMLElement {
  const body = h('div', { class: 'voices-body' }, h('p', {}, 'Listening…'));
  const section = h('section', { class: 'voices', 'aria-labelledby': 'voices-title' },
    h('h3', { id: 'voices-title' }, 'What your customers say'), body);
  window.setTimeout(() => {
    const voices = customerVoices(run, { perSegment: 3 });
    body.replaceChildren(...run.scenario.segments.map((segment) => {
      const own = voices.filter((v) => v.segment === segment.id);
      return h('div', { class: 'voices-segment' },
        h('h4', {}, segment.name),
        own.length === 0 ? h('p', {}, 'No customers to ask.') : h('ul', {}, ...own.map(quote)));
    }));
  }, 30);
  return section;
}
