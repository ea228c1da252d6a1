// The game is saved after every month and every answer; reloading rebuilds the engine run by
// replaying the decisions (same month, same numbers); a save that cannot be used is kept aside
// with a notice, never dropped; a full storage is reported.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import type { LoadedScenario } from '../../../src/content/scenario/resolve-scenario';
import { MIGRATIONS, migrateSession, SESSION_VERSION } from '../../../src/state/session/session-migrations';
import { SESSION_STORAGE_KEY } from '../../../src/state/session/session-store';
import { makeStore, someSpend } from './helpers';
import { MemoryStorage, quotaError } from '../../support/memory-storage';

const coffee = loadScenario('coffee-chain');
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/session/${name}`, import.meta.url), 'utf8');
const saved = (storage: MemoryStorage) => JSON.parse(storage.getItem(SESSION_STORAGE_KEY)!) as { state: { session: { decisions: unknown[]; answers: unknown[]; phase: string } | null }; version: number };

async function playMonths(store: ReturnType<typeof makeStore>['store'], count: number) {
  for (let i = 0; i < count; i++) {
    if (store.getState().session?.phase === 'briefing') store.getState().beginPlanning();
    store.getState().setDraft(someSpend(coffee));
    store.getState().playMonth();
    store.getState().showResults();
    store.getState().continueFromResults();
    while (store.getState().session?.phase === 'question') {
      const id = coffee.file.decisionPoints.find((p) => p.id === store.getState().session!.pendingPoints[0])!.options[0]!.id;
      store.getState().answerQuestion(id);
      store.getState().continueFromQuestion();
    }
  }
}

describe('saving and resuming a game', () => {
  it('saves after every month, and a reload resumes the same month with the same report hash', async () => {
    const storage = new MemoryStorage();
    const first = makeStore(storage).store;
    await first.getState().startSession({ scenarioId: 'coffee-chain', seed: 'resume', months: 8 });
    await playMonths(first, 3);
    expect(saved(storage).state.session?.decisions).toHaveLength(3);
    const before = first.getState();

    const second = makeStore(storage).store;
    expect(second.getState().session).toEqual(before.session);
    expect(second.getState().run).toBeNull();
    await second.getState().restoreRun();
    const after = second.getState();
    expect(after.runStatus).toBe('ready');
    expect(after.run?.month).toBe(3);
    expect(after.reports.map((r) => r.hash)).toEqual(before.reports.map((r) => r.hash));
    expect(after.notices).toEqual([]);
  });

  it('saves an answer as soon as it is given', async () => {
    const storage = new MemoryStorage();
    const withPoint = (l: LoadedScenario): LoadedScenario => ({
      ...l, file: { ...l.file, decisionPoints: [{ id: 'first', when: { month: 1 }, prompt: 'Q?', options: [{ id: 'a', text: 'A', correct: true, feedback: 'Yes.' }, { id: 'b', text: 'B', correct: false, feedback: 'No.' }] }] },
    });
    const { store } = makeStore(storage, withPoint);
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'ans', months: 2 });
    store.getState().beginPlanning();
    store.getState().playMonth();
    store.getState().showResults();
    store.getState().continueFromResults();
    expect(saved(storage).state.session?.phase).toBe('question');
    store.getState().answerQuestion('b');
    expect(saved(storage).state.session?.answers).toEqual([{ point: 'first', option: 'b', month: 1, correct: false }]);
  });

  it('has a fixture for every saved version and a migration between each', () => {
    for (let version = 1; version <= SESSION_VERSION; version++) {
      const data = JSON.parse(fixture(`v${version}.json`)) as { state: unknown; version: number };
      expect(data.version).toBe(version);
      expect(migrateSession(data.state, data.version).ok).toBe(true);
      if (version < SESSION_VERSION) expect(MIGRATIONS[version]).toBeTypeOf('function');
    }
  });

  it('loads the v1 fixture with its decisions, answers and phase intact', () => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, fixture('v1.json'));
    const { store } = makeStore(storage);
    const { session, notices } = store.getState();
    expect(notices).toEqual([]);
    expect(session).toMatchObject({ scenarioId: 'coffee-chain', seed: 'fixture-seed', months: 6, player: 'Ada', phase: 'plan' });
    expect(session?.decisions).toHaveLength(2);
    expect(session?.decisions[1]).toEqual({ spend: { commuters: { 'self-service': 1200 }, regulars: { 'personal-assistance': 2200, communities: 700 }, offices: { 'dedicated-personal-assistance': 600 } } });
    expect(session?.answers).toEqual([{ point: 'regulars-churn', option: 'a', month: 2, correct: true }]);
  });

  it.each([
    ['not JSON', '{"state": {"session": ', /not readable/],
    ['not a game', '[1,2,3]', /does not look like a Rapport game/],
    ['damaged', JSON.stringify({ state: { session: { scenarioId: 'coffee-chain', seed: 7 } }, version: 1 }), /it is damaged \(session/],
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
    await playMonths(first, 1);
    const raw = storage.getItem(SESSION_STORAGE_KEY)!;
    const changed = (l: LoadedScenario): LoadedScenario => ({ ...l, scenario: { ...l.scenario, startingCash: l.scenario.startingCash + 1 } });
    const second = makeStore(storage, changed).store;
    await second.getState().restoreRun();
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
    await playMonths(store, 2);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'storage-full' });
    expect(notices[0]?.message).toMatch(/storage for the site is full/);
    expect(store.getState().session?.decisions).toHaveLength(2);
  });
});
