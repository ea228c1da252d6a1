// The game is saved after every move; reloading rebuilds the game by replaying its moves (same
// month, same numbers); a save that cannot be used is kept aside with a notice, never dropped;
// a full storage is reported; old saves migrate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import type { LoadedScenario } from '../../../src/content/scenario/resolve-scenario';
import type { Move } from '../../../src/engine';
import { MIGRATIONS, migrateSession, SESSION_VERSION } from '../../../src/state/session/session-migrations';
import { phaseOf, reportsOf } from '../../../src/state/session/session-selectors';
import { SESSION_STORAGE_KEY } from '../../../src/state/session/session-store';
import { makeStore, playMonths, withDecisionPoints } from './helpers';
import { MemoryStorage, quotaError } from '../../support/memory-storage';

const coffee = loadScenario('coffee-chain');
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/session/${name}`, import.meta.url), 'utf8');
const saved = (storage: MemoryStorage) => JSON.parse(storage.getItem(SESSION_STORAGE_KEY)!) as { state: { session: { moves: Move[]; view: { screen: string; feedback: string | null } } | null }; version: number };
const plays = (moves: readonly Move[] | undefined) => (moves ?? []).filter((m) => m.type === 'play').length;

describe('saving and resuming a game', () => {
  it('saves after every month, and a reload resumes the same month with the same report hash', async () => {
    const storage = new MemoryStorage();
    const first = makeStore(storage).store;
    await first.getState().startSession({ scenarioId: 'coffee-chain', seed: 'resume', months: 8 });
    playMonths(first, 3);
    expect(plays(saved(storage).state.session?.moves)).toBe(3);
    const before = first.getState();

    const second = makeStore(storage).store;
    expect(second.getState().session).toEqual(before.session);
    expect(second.getState().game).toBeNull();
    await second.getState().restoreGame();
    const after = second.getState();
    expect(after.gameStatus).toBe('ready');
    expect(after.game?.run.month).toBe(3);
    expect(reportsOf(after).map((r) => r.hash)).toEqual(reportsOf(before).map((r) => r.hash));
    expect(after.game?.draft).toEqual(before.game?.draft);
    expect(after.notices).toEqual([]);
  });

  it('saves an answer as soon as it is given', async () => {
    const storage = new MemoryStorage();
    const withPoint = withDecisionPoints([{ id: 'first', when: { month: 1 }, prompt: 'Q?', options: [{ id: 'a', text: 'A', correct: true, feedback: 'Yes.' }, { id: 'b', text: 'B', correct: false, feedback: 'No.' }] }]);
    const { store } = makeStore(storage, withPoint);
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'ans', months: 2 });
    store.getState().beginPlanning();
    store.getState().playMonth();
    store.getState().showResults();
    store.getState().continueFromResults();
    expect(phaseOf(store.getState())).toBe('question');
    store.getState().answerQuestion('b');
    expect(saved(storage).state.session?.moves.at(-1)).toEqual({ type: 'answer', point: 'first', option: 'b' });
    expect(saved(storage).state.session?.view.feedback).toBe('first');
    // A reload while the feedback is on screen shows the answered question again, then moves on.
    const again = makeStore(storage, withPoint).store;
    await again.getState().restoreGame();
    expect(phaseOf(again.getState())).toBe('question');
    expect(again.getState().game?.answers).toEqual([{ point: 'first', option: 'b', month: 1, correct: false }]);
    again.getState().continueFromQuestion();
    expect(phaseOf(again.getState())).toBe('plan');
  });

  it('has a fixture for every saved version and a migration between each', () => {
    for (let version = 1; version <= SESSION_VERSION; version++) {
      const data = JSON.parse(fixture(`v${version}.json`)) as { state: unknown; version: number };
      expect(data.version).toBe(version);
      expect(migrateSession(data.state, data.version).ok).toBe(true);
      if (version < SESSION_VERSION) expect(MIGRATIONS[version]).toBeTypeOf('function');
    }
  });

  it('migrates the v1 fixture through v2: its decisions, answers and draft become the v3 fixture\'s moves and screen', () => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, fixture('v1.json'));
    const { store } = makeStore(storage);
    const { session, notices } = store.getState();
    expect(notices).toEqual([]);
    expect({ state: { session }, version: 3 }).toEqual(JSON.parse(fixture('v3.json')));
  });

  it('migrates the v2 fixture to the v3 fixture: the same moves, and a screen with nothing in focus, closed details and no kept plan', () => {
    const v2 = JSON.parse(fixture('v2.json')) as { state: unknown; version: number };
    const migrated = migrateSession(v2.state, v2.version);
    expect(migrated).toEqual({ ok: true, data: JSON.parse(fixture('v3.json')).state });
  });

  it('migrates every v1 phase to the screen it showed', () => {
    const v1 = JSON.parse(fixture('v1.json')) as { state: { session: Record<string, unknown> } };
    const screenOf = (phase: string, pendingPoints: string[] = []) => {
      const migrated = migrateSession({ session: { ...v1.state.session, phase, pendingPoints } }, 1);
      if (!migrated.ok) throw new Error(migrated.problem);
      return migrated.data.session!.view;
    };
    expect(screenOf('briefing')).toEqual({ segment: null, details: false, pinned: null, screen: 'briefing', feedback: null });
    expect(screenOf('running')).toEqual({ segment: null, details: false, pinned: null, screen: 'running', feedback: null });
    expect(screenOf('results')).toEqual({ segment: null, details: false, pinned: null, screen: 'results', feedback: null });
    expect(screenOf('question', ['regulars-churn'])).toEqual({ segment: null, details: false, pinned: null, screen: 'game', feedback: 'regulars-churn' });
    expect(screenOf('question', ['chain-arrives'])).toEqual({ segment: null, details: false, pinned: null, screen: 'game', feedback: null });
    expect(screenOf('debrief')).toEqual({ segment: null, details: false, pinned: null, screen: 'game', feedback: null });
  });

  it.each([
    ['not JSON', '{"state": {"session": ', /not readable/],
    ['not a game', '[1,2,3]', /does not look like a Rapport game/],
    ['damaged', JSON.stringify({ state: { session: { scenarioId: 'coffee-chain', seed: 7 } }, version: 1 }), /it is damaged \(session/],
    ['damaged (v2)', JSON.stringify({ state: { session: { game: { scenarioId: 'coffee-chain' }, moves: [{ type: 'fly' }] } }, version: 2 }), /it is damaged \(session\.game/],
    ['damaged (v3)', JSON.stringify({ state: { session: { ...JSON.parse(fixture('v3.json')).state.session, view: { screen: 'game', feedback: null, segment: null, details: 'yes', pinned: null } } }, version: 3 }), /it is damaged \(session\.view\.details/],
    ['from a newer Rapport', JSON.stringify({ state: { session: null, replays: [] }, version: 99 }), /newer version of Rapport/],
  ])('keeps a save that is %s aside under another key and reports it', (_name, raw, reason) => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, raw);
    const { store } = makeStore(storage);
    expect(store.getState().session).toBeNull();
    expect(storage.getItem(`${SESSION_STORAGE_KEY}.corrupt.1`)).toBe(raw);
    const [notice] = store.getState().notices;
    expect(notice?.asideKey).toBe(`${SESSION_STORAGE_KEY}.corrupt.1`);
    expect(notice?.message).toMatch(reason);
  });

  it('keeps aside a game whose scenario has changed since it was saved, instead of replaying it differently', async () => {
    const storage = new MemoryStorage();
    const first = makeStore(storage).store;
    await first.getState().startSession({ scenarioId: 'coffee-chain', seed: 'changed', months: 4 });
    playMonths(first, 1);
    const raw = storage.getItem(SESSION_STORAGE_KEY)!;
    const changed = (l: LoadedScenario): LoadedScenario => ({ ...l, scenario: { ...l.scenario, startingCash: l.scenario.startingCash + 1 } });
    const second = makeStore(storage, changed).store;
    await second.getState().restoreGame();
    expect(second.getState().session).toBeNull();
    expect(JSON.parse(storage.getItem(`${SESSION_STORAGE_KEY}.corrupt.1`)!)).toEqual(JSON.parse(raw));
    expect(second.getState().notices[0]).toMatchObject({ kind: 'scenario-changed' });
    expect(second.getState().notices[0]?.message).toMatch(/has changed since the game was saved/);
  });

  it('reports a full storage once and keeps the game playable', async () => {
    const storage = new MemoryStorage();
    const { store } = makeStore(storage);
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'full', months: 3 });
    storage.failWith = quotaError();
    playMonths(store, 2);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'storage-full' });
    expect(notices[0]?.message).toMatch(/storage for the site is full/);
    expect(plays(store.getState().session?.moves)).toBe(2);
  });
});
