// Helpers for the play browser tests: the engine and scenarios in Node (to check what the browser
// shows against the engine's own numbers), a saved game put in place before the page reads it, the
// announcements the page makes (collected from its live region), and a scenario whose money is
// changed on the wire (an event that costs money, to reach cash no shipped scenario reaches).
import { expect, type Page } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';
import type { Move } from '../../src/engine';

export type Engine = typeof import('../../src/engine');

/** The engine and the Node scenario loader, straight from the sources. */
export async function engineInNode(): Promise<Engine & { loadScenario: typeof import('../../src/content/scenario/load-node').loadScenario }> {
  const engine = (await tsImport('../../src/engine/index.ts', import.meta.url)) as Engine;
  const content = (await tsImport('../../src/content/scenario/load-node.ts', import.meta.url)) as typeof import('../../src/content/scenario/load-node');
  return { ...engine, loadScenario: content.loadScenario };
}

export interface SeededGame {
  readonly scenarioId: string;
  readonly seed: string;
  readonly months: number;
  readonly moves?: readonly Move[];
  readonly mode?: 'practice' | 'attempt';
}

/** Saves a game (format 3) in this browser as the store would, then opens its play page (at the
 * briefing, or where its moves left it). */
export async function seedGame(page: Page, game: SeededGame): Promise<void> {
  const { loadScenario, scenarioHash } = await engineInNode();
  const { scenario } = loadScenario(game.scenarioId);
  const save = {
    state: {
      session: {
        game: { scenarioId: game.scenarioId, scenarioHash: scenarioHash(scenario), seed: game.seed, months: game.months, mode: game.mode ?? 'practice' },
        moves: game.moves ?? [],
        view: { screen: (game.moves ?? []).some((m) => m.type === 'play') ? 'game' : 'briefing', feedback: null, segment: null, details: false, pinned: null },
      },
    },
    version: 3,
  };
  await page.goto('./');
  await page.evaluate((text) => localStorage.setItem('rapport.session', text), JSON.stringify(save));
  await page.goto(`./#/play/${game.scenarioId}`);
  await page.reload();
}

/** Starts collecting every text written to the page's live region (window.__said). */
export async function listenToAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    const region = document.getElementById('announcer')!;
    new MutationObserver(() => { if (region.textContent) said.push(region.textContent); }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}

export async function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __said?: string[] }).__said ?? []);
}

/** The saved game in this browser. */
export async function savedGame(page: Page): Promise<{ game: { seed: string; months: number; mode: string }; moves: Move[]; view: { screen: string; segment: string | null; details: boolean; pinned: unknown } }> {
  const text = await page.evaluate(() => localStorage.getItem('rapport.session'));
  return (JSON.parse(text!) as { state: { session: Awaited<ReturnType<typeof savedGame>> } }).state.session;
}

/** Serves scenario `id` with `from` replaced by `to` in its built chunk (a scenario the app
 * validates as usual): e.g. an event that costs money, to reach a cash position no shipped
 * scenario does. */
export async function rewriteScenario(page: Page, id: string, from: string, to: string): Promise<void> {
  await page.route(new RegExp(`/assets/${id}-[^/]*\\.js$`), async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    expect(body, `the scenario chunk of ${id} holds ${from}`).toContain(from);
    await route.fulfill({ response, body: body.replace(from, to) });
  });
}

/** Whether an element lies wholly inside the viewport. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 1 && r.right <= window.innerWidth + 1;
  });
}

/** Nothing on the page scrolls sideways. */
export async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(width[0], `${where}: the page is ${width[0]} px wide in a ${width[1]} px window`).toBeLessThanOrEqual(width[1]!);
}
