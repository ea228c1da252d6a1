// Practice games can take back the last month: the game is then exactly the game before that
// month (same state hashes, same draft, same questions asked), the month's plan is the draft again
// and is kept to compare with; a challenge attempt refuses with a sentence; a reload replays the
// shortened log to the same game.
import { describe, expect, it } from 'vitest';
import { monthRecords, type Decisions, type GameState } from '../../../src/engine';
import { canTakeBack, phaseOf } from '../../../src/state/session/session-selectors';
import type { SessionStore } from '../../../src/state/session/store-types';
import { makeStore, playMonths, someSpend, withDecisionPoints } from './helpers';

const hashes = (game: GameState | null) => game?.run.reports.map((r) => r.hash) ?? [];

/** Plans `decisions` and plays the month up to its results (answering nothing yet). */
function playOne(store: SessionStore, decisions: Decisions): void {
  store.getState().setDraft(decisions);
  store.getState().playMonth();
  store.getState().showResults();
  store.getState().continueFromResults();
}

describe('taking back a month', () => {
  it('restores exactly the game before the month: state hashes, records, draft, questions and log', async () => {
    const point = withDecisionPoints([{ id: 'third', when: { month: 3 }, prompt: 'Q?', options: [{ id: 'a', text: 'A', correct: true, feedback: 'Yes.' }, { id: 'b', text: 'B', correct: false, feedback: 'No.' }] }]);
    const { store, storage } = makeStore(undefined, point);
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'take-back', months: 6 });
    playMonths(store, 2);
    const third: Decisions = { spend: { regulars: { 'personal-assistance': 900, communities: 300 }, offices: { 'dedicated-personal-assistance': 700 } } };
    store.getState().setDraft(third);
    const before = store.getState().game!;
    const movesBefore = store.getState().session!.moves;
    playOne(store, third);
    expect(phaseOf(store.getState())).toBe('question');
    store.getState().answerQuestion('b');
    store.getState().continueFromQuestion();
    store.getState().setDraft({ spend: { commuters: { transactional: 50 } } });
    expect(store.getState().game!.run.month).toBe(3);

    expect(store.getState().takeBack()).toEqual({ ok: true });
    const after = store.getState().game!;
    expect(hashes(after)).toEqual(hashes(before));
    expect(monthRecords(after)).toEqual(monthRecords(before));
    // Everything of the game but the run's spare array capacity is the same; the run's state hash
    // covers every number that carries into the next month.
    const { run: runAfter, ...restAfter } = after;
    const { run: runBefore, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expect(runAfter.reports).toEqual(runBefore.reports);
    expect([runAfter.month, runAfter.cashCents, runAfter.lastRevenueCents, runAfter.events, runAfter.eventStream]).toEqual([runBefore.month, runBefore.cashCents, runBefore.lastRevenueCents, runBefore.events, runBefore.eventStream]);
    expect(runAfter.segments.map((s) => s.streams)).toEqual(runBefore.segments.map((s) => s.streams));
    expect(after.draft).toEqual(third);
    expect(store.getState().session!.moves).toEqual(movesBefore);
    expect(phaseOf(store.getState())).toBe('plan');
    expect(store.getState().session!.view.pinned).toEqual(third.spend);
    expect(store.getState().animatedMonth).toBe(2);

    // Played again with the same plan, the month comes out as it did (the luck is the game's).
    const month3 = hashes(store.getState().game).length;
    expect(month3).toBe(2);
    const first = store.getState();
    playOne(store, third);
    const replayedHash = hashes(store.getState().game)[2];
    store.getState().takeBack();
    expect(store.getState().game).not.toBe(first.game);
    playOne(store, third);
    expect(hashes(store.getState().game)[2]).toBe(replayedHash);
    store.getState().takeBack();

    // A reload replays the shortened log to the same game.
    const again = makeStore(storage, point).store;
    await again.getState().restoreGame();
    expect(hashes(again.getState().game)).toEqual(hashes(before));
    expect(again.getState().game!.draft).toEqual(third);
  });

  it('takes back month after month down to the first, then has nothing left to take back', async () => {
    const { store } = makeStore();
    await store.getState().startSession({ scenarioId: 'tutorial', seed: 'down', months: 5 });
    const start = store.getState().game!;
    playMonths(store, 2);
    expect(canTakeBack(store.getState())).toBe(true);
    expect(store.getState().takeBack()).toEqual({ ok: true });
    expect(store.getState().game!.run.month).toBe(1);
    expect(store.getState().takeBack()).toEqual({ ok: true });
    expect(store.getState().game!.run.month).toBe(0);
    expect(hashes(store.getState().game)).toEqual(hashes(start));
    expect(store.getState().game!.draft).toEqual(someSpend(store.getState().loaded!));
    expect(canTakeBack(store.getState())).toBe(false);
    expect(store.getState().takeBack()).toEqual({ ok: false, error: 'No month has been played yet, so there is nothing to take back.' });
  });

  it('takes back the last month of a finished game, back to planning it', async () => {
    const { store } = makeStore();
    await store.getState().startSession({ scenarioId: 'tutorial', seed: 'end', months: 2 });
    playMonths(store, 2);
    expect(phaseOf(store.getState())).toBe('debrief');
    expect(store.getState().takeBack()).toEqual({ ok: true });
    expect(phaseOf(store.getState())).toBe('plan');
    expect(store.getState().game!.run.month).toBe(1);
  });

  it('is refused in a challenge attempt, with a sentence, and changes nothing', async () => {
    const { store } = makeStore();
    await store.getState().startSession({ scenarioId: 'tutorial', seed: 'attempt', months: 3, mode: 'attempt' });
    playMonths(store, 1);
    const session = store.getState().session;
    expect(canTakeBack(store.getState())).toBe(false);
    expect(store.getState().takeBack()).toEqual({ ok: false, error: 'This is a challenge attempt, played once through: its months cannot be taken back.' });
    expect(store.getState().session).toBe(session);
    store.getState().pinPlan({ regulars: { communities: 5 } });
    expect(store.getState().session!.view.pinned).toBeNull();
  });
});

describe('screen state and a game kept aside', () => {
  it('keeps the segment in focus, the open details and a kept plan in the saved game', async () => {
    const { store, storage } = makeStore();
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'view', months: 4 });
    store.getState().selectSegment('regulars');
    store.getState().selectSegment('no-such-segment');
    store.getState().setDetails(true);
    store.getState().pinPlan({ regulars: { communities: 400 } });
    const saved = JSON.parse(storage.getItem('rapport.session')!) as { state: { session: { view: unknown } } };
    expect(saved.state.session.view).toEqual({ screen: 'briefing', feedback: null, segment: 'regulars', details: true, pinned: { regulars: { communities: 400 } } });
  });

  it('shows the results as soon as the month has played out (no extra action)', async () => {
    const { store } = makeStore();
    await store.getState().startSession({ scenarioId: 'tutorial', seed: 'auto', months: 3 });
    store.getState().beginPlanning();
    store.getState().playMonth();
    expect(phaseOf(store.getState())).toBe('running');
    store.getState().markAnimated(1);
    expect(phaseOf(store.getState())).toBe('results');
  });

  it('copies a game aside before another replaces it, with a notice that offers it as a download', async () => {
    const { store, storage } = makeStore();
    await store.getState().startSession({ scenarioId: 'tutorial', seed: 'old', months: 5 });
    playMonths(store, 2);
    const old = storage.getItem('rapport.session');
    const key = store.getState().keepGameAside();
    expect(key).toBe('rapport.session.kept.1');
    expect(storage.getItem('rapport.session.kept.1')).toBe(old);
    const notice = store.getState().notices.at(-1)!;
    expect(notice).toMatchObject({ kind: 'kept-game', asideKey: 'rapport.session.kept.1' });
    expect(notice.message).toContain('after 2 of 5 months');
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'new' });
    expect(store.getState().session!.game.scenarioId).toBe('coffee-chain');
    expect(storage.getItem('rapport.session.kept.1')).toBe(old);
    expect(store.getState().keepGameAside()).toBe('rapport.session.kept.2');
  });
});

describe('a survey before a month', () => {
  it('is a move of the plan phase: logged, saved, paid in the coming month, and kept when that month is taken back', async () => {
    const { store, storage } = makeStore();
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'survey', months: 4 });
    store.getState().beginPlanning();
    expect(store.getState().orderSurvey('regulars', 30)).toEqual({ ok: false, error: 'A survey asks 25, 50, 100, 200 customers, not 30.' });
    expect(store.getState().orderSurvey('regulars', 50)).toEqual({ ok: true });
    const survey = store.getState().game!.surveys[0]!;
    expect(survey).toMatchObject({ month: 0, segment: 'regulars', size: 50 });
    expect(survey.cost).toBeGreaterThan(0);
    const saved = JSON.parse(storage.getItem('rapport.session')!) as { state: { session: { moves: unknown[] } } };
    expect(saved.state.session.moves.at(-1)).toEqual({ type: 'survey', segment: 'regulars', size: 50 });
    store.getState().playMonth();
    store.getState().showResults();
    expect(store.getState().takeBack()).toEqual({ ok: true });
    expect(store.getState().game!.surveys).toEqual([survey]);
    expect(store.getState().session!.moves.at(-1)).toEqual({ type: 'survey', segment: 'regulars', size: 50 });
  });
});
