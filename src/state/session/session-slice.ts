// The session slice: the saved game (its market and move log), the game folded from it, and the
// actions that move it on: each one applies a move with the engine's reducer (engine/game) and
// appends it to the log, or changes which screen is shown. The persist middleware saves every
// change, so a month played or a question answered is never lost.
import {
  applyMove, compactMoves, newGame, planMove, replay, resolveMarket, scenarioHash, SURVEY_SIZES,
  type Decisions, type GameState, type Market, type Move, type Result,
} from '../../engine';
import type { LoadedScenario } from '../../content/scenario/resolve-scenario';
import { NEW_VIEW, type GameRef, type Screen, type SessionData } from './session-schema';
import { phaseOf } from './session-selectors';
import type { GetState, Outcome, Phase, SessionSlice, SetState, SliceContext, StartOptions } from './store-types';

const fail = (error: string): Outcome => ({ ok: false, error });

/** The survey move for a segment and a size the engine offers, or null for another size. */
function surveyMove(segment: string, size: number): Move | null {
  const offered = (SURVEY_SIZES as readonly number[]).includes(size);
  return offered ? { type: 'survey', segment, size: size as (typeof SURVEY_SIZES)[number] } : null;
}

/** The market of a saved game, from its scenario as loaded now. */
export function marketOf(loaded: LoadedScenario, ref: GameRef): Result<Market> {
  return resolveMarket({
    scenario: loaded.scenario,
    goals: ref.goals ?? loaded.file.goals,
    points: loaded.points,
    scenarioHash: ref.scenarioHash,
    seed: ref.seed,
    months: ref.months,
    challengeCode: ref.challengeCode,
    player: ref.player,
    playerId: ref.playerId,
  });
}

type Context = SliceContext & { nextLoad(): number; isCurrentLoad(n: number): boolean };

export function createSessionSlice(set: SetState, get: GetState, context: Context): SessionSlice {
  let pending: { session: unknown; promise: Promise<void> } | null = null;

  /** Applies `move` to the game in play when it is on screen `phase`, and logs it. */
  const play = (phase: Phase, move: Move, view?: Partial<SessionData['view']>): Outcome => {
    const state = get();
    const { session, game } = state;
    if (!session || !game) return fail('No game is being played.');
    if (phaseOf(state) !== phase) return fail(phase === 'plan' ? 'There is no month being planned.' : 'No question is being asked.');
    const result = applyMove(game, move);
    if (!result.ok) return fail(`This cannot be played: ${result.error}.`);
    set({ game: result.state, session: { ...session, moves: compactMoves([...session.moves, move]), view: { ...session.view, ...view } } });
    return { ok: true };
  };

  /** Changes the screen shown when it is `from`. */
  const show = (from: Screen, to: Screen): void => {
    const { session } = get();
    if (session && session.view.screen === from) set({ session: { ...session, view: { ...session.view, screen: to } } });
  };

  async function rebuild(): Promise<void> {
    const session = get().session;
    if (!session) {
      set({ game: null, loaded: null, gameStatus: 'empty', gameError: null });
      return;
    }
    const load = context.nextLoad();
    set({ gameStatus: 'loading', gameError: null });
    let loaded: LoadedScenario;
    try {
      loaded = await context.loadScenario(session.game.scenarioId);
    } catch (error) {
      if (!context.isCurrentLoad(load)) return;
      const reason = error instanceof Error ? error.message : String(error);
      context.keepSessionAside(`its scenario "${session.game.scenarioId}" could not be loaded (${reason})`, 'scenario-missing');
      set({ gameStatus: 'failed', gameError: `The scenario "${session.game.scenarioId}" could not be loaded.` });
      return;
    }
    if (!context.isCurrentLoad(load) || get().session !== session) return;
    if (scenarioHash(loaded.scenario) !== session.game.scenarioHash) {
      context.keepSessionAside(`the scenario "${loaded.file.title}" has changed since the game was saved, so its months would not replay the same`, 'scenario-changed');
      set({ gameStatus: 'empty' });
      return;
    }
    const market = marketOf(loaded, session.game);
    const replayed = market.ok ? replay(market.value, session.moves) : { ok: false as const, error: market.error };
    if (!replayed.ok) {
      context.keepSessionAside(`it cannot be replayed (${replayed.error})`, 'damaged-save');
      set({ gameStatus: 'empty' });
      return;
    }
    const played = replayed.state.run.month;
    set({ loaded, game: replayed.state, gameStatus: 'ready', gameError: null, animatedMonth: session.view.screen === 'running' ? played - 1 : played });
  }

  return {
    session: null,
    game: null,
    loaded: null,
    gameStatus: 'empty',
    gameError: null,

    async startSession(options: StartOptions): Promise<Outcome> {
      const load = context.nextLoad();
      const settle = () => { if (context.isCurrentLoad(load)) set({ gameStatus: get().game ? 'ready' : 'empty' }); };
      set({ gameStatus: 'loading', gameError: null });
      let loaded: LoadedScenario;
      try {
        loaded = await context.loadScenario(options.scenarioId);
      } catch (error) {
        settle();
        return fail(`The scenario "${options.scenarioId}" could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!context.isCurrentLoad(load)) return fail('Another game was started meanwhile.');
      const challenge = options.challengeCode !== undefined && options.challengeCode !== '';
      const market = resolveMarket({
        scenario: loaded.scenario, goals: options.goals ?? loaded.file.goals, points: loaded.points,
        seed: challenge ? undefined : options.seed, months: options.months, challengeCode: options.challengeCode, player: options.player, playerId: options.playerId,
      });
      if (!market.ok) {
        settle();
        return fail(market.error);
      }
      const { seed, months, goals } = market.value;
      const moves: Move[] = options.resume ? [] : loaded.file.suggestedSpend ? [planMove({ spend: loaded.file.suggestedSpend })] : [];
      const prepared: Move[] = options.resume ? [...options.resume] : options.prepare
        ? [planMove({ spend: options.prepare.spend }), ...Array.from({ length: options.prepare.months }, () => ({ type: 'play' }) as const)]
        : [];
      let game: GameState = newGame(market.value);
      for (const [index, move] of [...moves, ...prepared].entries()) {
        const result = applyMove(game, move, { inPlace: true });
        if (!result.ok) {
          settle();
          return fail(index < moves.length
            ? `The scenario's suggested spend cannot be played: ${result.error}.`
            : options.resume ? `The saved game cannot be replayed: ${result.error}.` : `The lesson's prepared months cannot be played: ${result.error}.`);
        }
        game = result.state;
      }
      moves.push(...prepared);
      const session: SessionData = {
        game: {
          scenarioId: loaded.scenario.id,
          scenarioHash: scenarioHash(loaded.scenario),
          seed,
          months,
          ...(challenge ? { challengeCode: options.challengeCode } : {}),
          ...(options.player !== undefined ? { player: options.player } : {}),
          ...(options.playerId !== undefined ? { playerId: options.playerId } : {}),
          ...(challenge || options.goals !== undefined ? { goals: [...goals] } : {}),
          mode: options.mode ?? (challenge ? 'attempt' : 'practice'),
          ...(options.lesson !== undefined ? { lesson: options.lesson } : {}),
        },
        moves: compactMoves(moves),
        view: { ...NEW_VIEW, screen: options.prepare || options.resume?.some((m) => m.type === 'play') ? 'game' : 'briefing' },
      };
      set({ session, loaded, game, gameStatus: 'ready', gameError: null, animatedMonth: 0 });
      return { ok: true };
    },

    restoreGame(): Promise<void> {
      const { session, game, loaded, gameStatus } = get();
      if (session && game && loaded && gameStatus === 'ready' && loaded.scenario.id === session.game.scenarioId) return Promise.resolve();
      if (pending && pending.session === session) return pending.promise;
      const promise = rebuild().finally(() => { if (pending?.promise === promise) pending = null; });
      pending = { session, promise };
      return promise;
    },

    beginPlanning() {
      show('briefing', 'game');
    },

    setDraft(draft: Decisions) {
      play('plan', planMove({ spend: structuredClone(draft.spend) }));
    },

    orderSurvey(segmentId: string, size: number): Outcome {
      const move = surveyMove(segmentId, size);
      if (!move) return fail(`A survey asks ${SURVEY_SIZES.join(', ')} customers, not ${String(size)}.`);
      return play('plan', move);
    },

    playMonth(): Outcome {
      return play('plan', { type: 'play' }, { screen: 'running' });
    },

    showResults() {
      show('running', 'results');
    },

    continueFromResults() {
      show('results', 'game');
    },

    answerQuestion(optionId: string): Outcome {
      const point = get().game?.pending[0];
      if (point === undefined || get().session?.view.feedback) return fail('No question is being asked.');
      return play('question', { type: 'answer', point, option: optionId }, { feedback: point });
    },

    continueFromQuestion() {
      const { session } = get();
      if (session?.view.feedback) set({ session: { ...session, view: { ...session.view, feedback: null } } });
    },

    takeBack(): Outcome {
      const { session, game } = get();
      if (!session || !game) return fail('No game is being played.');
      if (session.game.mode !== 'practice') return fail('This is a challenge attempt, played once through: its months cannot be taken back.');
      const lastPlay = session.moves.map((m) => m.type).lastIndexOf('play');
      if (lastPlay < 0) return fail('No month has been played yet, so there is nothing to take back.');
      // The game before that month: its moves up to the month's play (the month's plan is the draft again).
      const moves = session.moves.slice(0, lastPlay);
      const replayed = replay(game.market, moves);
      if (!replayed.ok) return fail(`Month ${game.run.month} cannot be taken back: ${replayed.error}.`);
      const taken = game.decisions[game.decisions.length - 1]!;
      set({
        game: replayed.state,
        session: { ...session, moves, view: { ...session.view, screen: 'game', feedback: null, pinned: structuredClone(taken.spend) } },
        animatedMonth: replayed.state.run.month,
      });
      return { ok: true };
    },

    startOver() {
      context.nextLoad();
      set({ session: null, loaded: null, game: null, gameStatus: 'empty', gameError: null, animatedMonth: 0 });
    },

    keepGameAside(): string | null {
      return context.copySessionAside();
    },
  };
}
