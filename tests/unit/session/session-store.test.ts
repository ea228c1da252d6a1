// The session store moves a game through its phases: briefing, plan, running, results, question,
// debrief; it plays exactly the decisions the player made and refuses actions out of turn.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import { CHALLENGE_VERSION, ENGINE_VERSION, encodeChallenge, scenarioHash, simulate, variantScenario, variantSeed } from '../../../src/engine';
import { currentMonth, currentQuestion, goalsOf } from '../../../src/state/session/session-selectors';
import { makeStore, someSpend } from './helpers';

const coffee = loadScenario('coffee-chain');

describe('session store', () => {
  it('starts a game at the briefing with the scenario, seed, length and suggested spend', async () => {
    const { store } = makeStore();
    const started = await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 's1', months: 4, player: 'Ada' });
    expect(started).toEqual({ ok: true });
    const { session, run, runStatus } = store.getState();
    expect(session).toMatchObject({
      scenarioId: 'coffee-chain', seed: 's1', months: 4, player: 'Ada',
      phase: 'briefing', decisions: [], answers: [], pendingPoints: [],
      scenarioHash: scenarioHash(coffee.scenario),
    });
    expect(session?.draft).toEqual({ spend: coffee.file.suggestedSpend ?? {} });
    expect(runStatus).toBe('ready');
    expect(run?.month).toBe(0);
    expect(run?.scenario.months).toBe(4);
  });

  it('refuses a length longer than the scenario and an unknown scenario, with readable reasons', async () => {
    const { store } = makeStore();
    const tooLong = await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 's', months: 999 });
    expect(tooLong).toEqual({ ok: false, error: expect.stringMatching(/lasts from 1 to 24 months/) });
    const unknown = await store.getState().startSession({ scenarioId: 'no-such-market', seed: 's' });
    expect(unknown).toEqual({ ok: false, error: expect.stringMatching(/"no-such-market" could not be loaded/) });
    expect(store.getState().session).toBeNull();
  });

  it('plays each month with the planned spend and matches a straight simulation of the same decisions', async () => {
    const { store } = makeStore();
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'same', months: 3 });
    const s = store.getState();
    expect(s.playMonth()).toEqual({ ok: false, error: 'There is no month being planned.' });
    s.beginPlanning();
    const plan = [someSpend(coffee), { spend: { regulars: { communities: 900 } } }, { spend: {} }];
    for (const [i, d] of plan.entries()) {
      expect(currentMonth(store.getState())).toBe(i + 1);
      store.getState().setDraft(d);
      expect(store.getState().playMonth()).toEqual({ ok: true });
      expect(store.getState().session?.phase).toBe('running');
      store.getState().showResults();
      expect(store.getState().session?.phase).toBe('results');
      // No decision point of coffee-chain is guaranteed here, so skip any question.
      while (store.getState().session?.phase === 'results' || store.getState().session?.phase === 'question') {
        if (store.getState().session?.phase === 'question') {
          const q = currentQuestion(store.getState())!;
          store.getState().answerQuestion(q.point.options[0]!.id);
          store.getState().continueFromQuestion();
        } else store.getState().continueFromResults();
      }
    }
    expect(store.getState().session?.phase).toBe('debrief');
    const expected = simulate(coffee.scenario, { months: plan }, 'same', { months: 3 });
    expect(store.getState().reports.map((r) => r.hash)).toEqual(expected.months.map((r) => r.hash));
    expect(store.getState().session?.decisions).toEqual(plan);
  });

  it('suggests last month\'s spend for the next month', async () => {
    const { store } = makeStore();
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'copy', months: 5 });
    store.getState().beginPlanning();
    const d = { spend: { offices: { 'dedicated-personal-assistance': 500 } } };
    store.getState().setDraft(d);
    store.getState().playMonth();
    store.getState().showResults();
    store.getState().continueFromResults();
    const { session } = store.getState();
    if (session?.phase === 'plan') expect(session.draft).toEqual(d);
    else expect(session?.phase).toBe('question');
  });

  it('uses a challenge\'s goals when given, otherwise the scenario\'s', async () => {
    const { store } = makeStore();
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'g' });
    expect(goalsOf(store.getState())).toEqual(coffee.file.goals);
    const goals = [{ id: 'cash', label: 'Keep $1 of cash', metric: 'finalCash' as const, target: 1, weight: 1 }];
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'g', goals });
    expect(goalsOf(store.getState())).toEqual(goals);
  });

  it('plays a challenge\'s own market: its seed, length and goals, and a student\'s variant when the rules ask for one', async () => {
    const goals = [{ id: 'cash', label: 'Keep $1 of cash', metric: 'finalCash' as const, target: 1, weight: 1 }];
    const challenge = (perStudentVariants: boolean) => encodeChallenge({
      version: CHALLENGE_VERSION, engineVersion: ENGINE_VERSION, scenario: { id: 'coffee-chain', hash: scenarioHash(coffee.scenario) },
      seed: 'class-7', months: 3, goals, rules: { attempts: null, perStudentVariants }, title: 'Week 7', instructions: '', roster: null,
    });
    const shared = challenge(false);
    if (!shared.ok) throw new Error(shared.error);
    const { store } = makeStore();
    expect(await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'class-7', months: 3, challengeCode: shared.value, player: 'Ada' })).toEqual({ ok: true });
    expect(store.getState().session).toMatchObject({ seed: 'class-7', months: 3, challengeCode: shared.value, player: 'Ada', goals });
    expect(store.getState().run?.scenario.segments).toEqual(coffee.scenario.segments);

    const own = challenge(true);
    if (!own.ok) throw new Error(own.error);
    expect(await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'class-7', challengeCode: own.value, player: 'Ada Lovelace' })).toEqual({ ok: true });
    const seed = variantSeed('class-7', 'Ada Lovelace');
    expect(store.getState().session?.seed).toBe(seed);
    expect(store.getState().run?.scenario.segments).toEqual(variantScenario(coffee.scenario, seed).segments);
    expect(store.getState().session?.scenarioHash).toBe(scenarioHash(coffee.scenario));

    const wrongSeed = await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'other', challengeCode: shared.value, player: 'Ada' });
    expect(wrongSeed).toEqual({ ok: false, error: 'The seed "other" is not the seed of this challenge.' });
  });

  it('"start over" forgets the game in play', async () => {
    const { store, storage } = makeStore();
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'x', months: 2 });
    store.getState().startOver();
    expect(store.getState().session).toBeNull();
    expect(store.getState().run).toBeNull();
    expect(JSON.parse(storage.getItem('rapport.session')!)).toEqual({ state: { session: null }, version: 1 });
  });
});
