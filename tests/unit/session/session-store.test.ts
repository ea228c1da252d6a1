// The session store moves a game through its screens (briefing, plan, running, results, question,
// debrief) with the engine's moves: it plays exactly the decisions the player made, logs every move
// and refuses actions out of turn.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import { CHALLENGE_VERSION, ENGINE_VERSION, encodeChallenge, scenarioHash, simulate, variantScenario, variantSeed } from '../../../src/engine';
import { currentMonth, currentQuestion, draftOf, goalsOf, phaseOf, reportsOf } from '../../../src/state/session/session-selectors';
import { makeStore, someSpend } from './helpers';

const coffee = loadScenario('coffee-chain');

describe('session store', () => {
  it('starts a game at the briefing with the scenario, seed, length and suggested spend as the first move', async () => {
    const { store } = makeStore();
    const started = await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 's1', months: 4, player: 'Ada' });
    expect(started).toEqual({ ok: true });
    const { session, game, gameStatus } = store.getState();
    expect(session).toMatchObject({
      game: { scenarioId: 'coffee-chain', seed: 's1', months: 4, player: 'Ada', mode: 'practice', scenarioHash: scenarioHash(coffee.scenario) },
      moves: coffee.file.suggestedSpend ? [{ type: 'plan', spend: coffee.file.suggestedSpend }] : [],
      view: { screen: 'briefing', feedback: null },
    });
    expect(phaseOf(store.getState())).toBe('briefing');
    expect(draftOf(store.getState())).toEqual({ spend: coffee.file.suggestedSpend ?? {} });
    expect(gameStatus).toBe('ready');
    expect(game?.run.month).toBe(0);
    expect(game?.market.scenario.months).toBe(4);
  });

  it('refuses an impossible length and an unknown scenario, with readable reasons', async () => {
    const { store } = makeStore();
    const tooLong = await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 's', months: 999 });
    expect(tooLong).toEqual({ ok: false, error: 'A game lasts a whole number of months from 1 to 600, not 999.' });
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
      expect(phaseOf(store.getState())).toBe('running');
      store.getState().showResults();
      expect(phaseOf(store.getState())).toBe('results');
      store.getState().continueFromResults();
      while (phaseOf(store.getState()) === 'question') {
        const q = currentQuestion(store.getState())!;
        store.getState().answerQuestion(q.point.options[0]!.id);
        store.getState().continueFromQuestion();
      }
    }
    expect(phaseOf(store.getState())).toBe('debrief');
    const expected = simulate(coffee.scenario, { months: plan }, 'same', { months: 3 });
    expect(reportsOf(store.getState()).map((r) => r.hash)).toEqual(expected.months.map((r) => r.hash));
    expect(store.getState().game?.decisions).toEqual(plan);
    // The log holds one plan move per month (a plan replaced before a play is dropped), the plays and the answers.
    expect(store.getState().session?.moves.filter((m) => m.type !== 'answer').map((m) => m.type)).toEqual(['plan', 'play', 'plan', 'play', 'plan', 'play']);
    expect(store.getState().session?.moves.filter((m) => m.type === 'answer')).toHaveLength(store.getState().game!.answers.length);
  });

  it('starts next month\'s plan from last month\'s spend', async () => {
    const { store } = makeStore();
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'copy', months: 5 });
    store.getState().beginPlanning();
    const d = { spend: { offices: { 'dedicated-personal-assistance': 500 } } };
    store.getState().setDraft(d);
    store.getState().playMonth();
    store.getState().showResults();
    store.getState().continueFromResults();
    expect(draftOf(store.getState())).toEqual(d);
  });

  it('refuses out-of-turn actions: a draft while the month runs, an answer without a question', async () => {
    const { store } = makeStore();
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'turns', months: 2 });
    store.getState().beginPlanning();
    store.getState().playMonth();
    const before = store.getState().session;
    store.getState().setDraft({ spend: { regulars: { communities: 1 } } });
    expect(store.getState().session).toBe(before);
    expect(store.getState().answerQuestion('a')).toEqual({ ok: false, error: 'No question is being asked.' });
  });

  it('uses goals chosen for the game when given, otherwise the scenario\'s', async () => {
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
    expect(await store.getState().startSession({ scenarioId: 'coffee-chain', challengeCode: shared.value, player: 'Ada' })).toEqual({ ok: true });
    expect(store.getState().session?.game).toMatchObject({ seed: 'class-7', months: 3, challengeCode: shared.value, player: 'Ada', goals, mode: 'attempt' });
    expect(store.getState().game?.market.scenario.segments).toEqual(coffee.scenario.segments);

    const own = challenge(true);
    if (!own.ok) throw new Error(own.error);
    expect(await store.getState().startSession({ scenarioId: 'coffee-chain', challengeCode: own.value, player: 'Ada Lovelace' })).toEqual({ ok: true });
    const seed = variantSeed('class-7', 'Ada Lovelace');
    expect(store.getState().session?.game.seed).toBe(seed);
    expect(store.getState().game?.market.scenario.segments).toEqual(variantScenario(coffee.scenario, seed).segments);
    expect(store.getState().session?.game.scenarioHash).toBe(scenarioHash(coffee.scenario));

    const noName = await store.getState().startSession({ scenarioId: 'coffee-chain', challengeCode: own.value, player: ' ' });
    expect(noName).toEqual({ ok: false, error: 'Enter your name: your teacher sees it next to your result.' });
  });

  it('"start over" forgets the game in play', async () => {
    const { store, storage } = makeStore();
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'x', months: 2 });
    store.getState().startOver();
    expect(store.getState().session).toBeNull();
    expect(store.getState().game).toBeNull();
    expect(JSON.parse(storage.getItem('rapport.session')!)).toEqual({ state: { session: null }, version: 3 });
  });
});
