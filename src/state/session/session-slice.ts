// The session slice: the saved game and the actions that move it through its phases
// (briefing → plan → running → results → question → … → debrief). Every change is saved by the
// persist middleware, so a month played or a question answered is never lost.
import { scenarioHash, step, type Decisions } from '../../engine';
import { firingPoints } from './decision-points';
import { gameMarket, rebuildRun } from './rebuild-run';
import type { SessionData } from './session-schema';
import type { GetState, Outcome, SessionSlice, SetState, SliceContext, StartOptions } from './store-types';

const fail = (error: string): Outcome => ({ ok: false, error });

/** Where a game goes once the month's results (and any questions) have been seen. */
function afterMonth(session: SessionData): SessionData {
  if (session.pendingPoints.length > 0) return { ...session, phase: 'question' };
  if (session.decisions.length >= session.months) return { ...session, phase: 'debrief' };
  const last = session.decisions[session.decisions.length - 1];
  return { ...session, phase: 'plan', draft: last ?? session.draft };
}

export function createSessionSlice(set: SetState, get: GetState, context: SliceContext & { nextLoad(): number; isCurrentLoad(n: number): boolean }): SessionSlice {
  /** Applies `change` to the game in play if it is in `phase`. */
  const update = (phase: SessionData['phase'], change: (s: SessionData) => SessionData): void => {
    const { session } = get();
    if (session && session.phase === phase) set({ session: change(session) });
  };

  return {
    session: null,

    async startSession(options: StartOptions): Promise<Outcome> {
      const load = context.nextLoad();
      set({ runStatus: 'loading', runError: null });
      let loaded;
      try {
        loaded = await context.loadScenario(options.scenarioId);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (context.isCurrentLoad(load)) set({ runStatus: get().run ? 'ready' : 'empty' });
        return fail(`The scenario "${options.scenarioId}" could not be loaded: ${message}`);
      }
      if (!context.isCurrentLoad(load)) return fail('Another game was started meanwhile.');
      if (options.seed.length === 0) return fail('The game needs a seed (any text).');
      const market = gameMarket(loaded, options);
      if (!market.ok) {
        set({ runStatus: get().run ? 'ready' : 'empty' });
        return fail(market.error);
      }
      const { seed, months, goals } = market.value;
      const built = rebuildRun(market.value, []);
      if (!built.ok) return fail(built.error);
      const session: SessionData = {
        scenarioId: loaded.scenario.id,
        scenarioHash: scenarioHash(loaded.scenario),
        seed,
        months,
        ...(options.challengeCode !== undefined ? { challengeCode: options.challengeCode } : {}),
        ...(options.player !== undefined ? { player: options.player } : {}),
        ...(options.playerId !== undefined ? { playerId: options.playerId } : {}),
        ...(options.challengeCode !== undefined || options.goals !== undefined ? { goals: goals.map((g) => ({ ...g, weight: g.weight })) } : {}),
        decisions: [],
        answers: [],
        pendingPoints: [],
        draft: { spend: structuredClone(loaded.file.suggestedSpend ?? {}) },
        phase: 'briefing',
      };
      set({ session, loaded, run: built.value, reports: [], runStatus: 'ready', runError: null, animatedMonth: 0 });
      return { ok: true };
    },

    beginPlanning() {
      update('briefing', (s) => ({ ...s, phase: 'plan' }));
    },

    setDraft(draft: Decisions) {
      update('plan', (s) => ({ ...s, draft: { spend: structuredClone(draft.spend) } as SessionData['draft'] }));
    },

    playMonth(): Outcome {
      const { session, run, loaded } = get();
      if (!session || session.phase !== 'plan') return fail('There is no month being planned.');
      if (!run || !loaded) return fail('The game is still loading.');
      const result = step(run, session.draft);
      if (!result.ok) return fail(`This plan cannot be played: ${result.error}.`);
      const { state, report } = result.value;
      const asked = new Set([...session.answers.map((a) => a.point), ...session.pendingPoints]);
      const firing = firingPoints(loaded.file.decisionPoints, report, asked);
      set({
        run: state,
        reports: state.reports.slice(),
        session: {
          ...session,
          decisions: [...session.decisions, session.draft],
          pendingPoints: [...session.pendingPoints, ...firing],
          phase: 'running',
        },
      });
      return { ok: true };
    },

    showResults() {
      update('running', (s) => ({ ...s, phase: 'results' }));
    },

    continueFromResults() {
      update('results', afterMonth);
    },

    answerQuestion(optionId: string): Outcome {
      const { session, loaded } = get();
      if (!session || session.phase !== 'question' || !loaded) return fail('No question is being asked.');
      const pointId = session.pendingPoints[0];
      const point = loaded.file.decisionPoints.find((p) => p.id === pointId);
      if (!point) return fail('No question is being asked.');
      if (session.answers.some((a) => a.point === point.id)) return fail('This question has already been answered.');
      const option = point.options.find((o) => o.id === optionId);
      if (!option) return fail(`"${optionId}" is not one of the answers to this question.`);
      const answer = { point: point.id, option: option.id, month: session.decisions.length, correct: option.correct };
      set({ session: { ...session, answers: [...session.answers, answer] } });
      return { ok: true };
    },

    continueFromQuestion() {
      update('question', (s) => {
        const current = s.pendingPoints[0];
        if (current === undefined) return afterMonth(s);
        if (!s.answers.some((a) => a.point === current)) return s;
        return afterMonth({ ...s, pendingPoints: s.pendingPoints.slice(1) });
      });
    },

    startOver() {
      context.nextLoad();
      set({ session: null, loaded: null, run: null, reports: [], runStatus: 'empty', runError: null, animatedMonth: 0 });
    },
  };
}
