// Why the month went as it did: the two or three largest robust effects of the player's spend so
// far (the engine's counterfactuals, the same rule as the debrief: an effect is named only when its
// sign holds in every market compared, so luck is never stated as a cause), one sentence each, with
// the lesson behind each. Computed in the engine worker, which keeps the game's runs month to month.
import { type GameState } from '../../engine';
import { h } from '../dom';
import type { EngineWorker } from '../workers/engine-client';
import { TYPE_LESSON } from './debrief-lessons';
import { lessonLink } from './lesson-links';

export const MAX_CAUSES = 3;

export function causesView(worker: () => EngineWorker, game: GameState, isAlive: () => boolean, say: (text: string) => void): HTMLElement {
  const status = h('p', { role: 'status' }, 'Working out what your spend has done so far…');
  const list = h('ul', { class: 'causes-list' });
  const month = game.run.month;
  const section = h('section', { class: 'causes', 'aria-labelledby': 'causes-title', 'aria-busy': 'true' },
    h('h3', { id: 'causes-title' }, 'Why: what your spend has done so far'),
    status, list);
  worker().causes(game.market, game.decisions, month, 12).then((causes) => {
    if (!isAlive()) return;
    section.setAttribute('aria-busy', 'false');
    const robust = causes.filter((c) => c.effects.value.robust).slice(0, MAX_CAUSES);
    if (robust.length === 0) {
      status.textContent = causes.length === 0
        ? 'You have not spent on relationships yet, so no spend can explain the results.'
        : `Nothing your spend did stands out from luck yet: no line of spend changed the value created in the same direction in all ${causes[0]!.markets} markets compared.`;
    } else {
      status.textContent = robust.length === 1 ? 'The largest effect, in the same direction in every market compared:' : `The ${robust.length} largest effects, each in the same direction in every market compared:`;
    }
    list.replaceChildren(...robust.map((c) => h('li', { 'data-type': c.type, 'data-segment': c.segment, 'data-sign': c.effects.value.effect > 0 ? '+' : '-' },
      c.text, ' ', lessonLink(TYPE_LESSON[c.type], 'Lesson: '))));
    if (robust.length > 0) say(`Why: ${robust[0]!.text}`);
  }).catch((error: unknown) => {
    if (!isAlive()) return;
    section.setAttribute('aria-busy', 'false');
    status.textContent = `The causes could not be worked out: ${error instanceof Error ? error.message : String(error)}`;
  });
  return section;
}
