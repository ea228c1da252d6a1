// The engine's public API: pure, deterministic simulation of a customer population, the game played
// on it (moves, replay, market), its formats and its analyses. Everything outside src/engine imports
// from here only (tests/unit/architecture checks it).
export { RELATIONSHIP_TYPES, isRelationshipType, typeIndex, type RelationshipTypeId } from './model/relationship-types';
export type { Scenario, Segment, TypeParams, CustomerModel, ScenarioEvent, EventEffect, Churn } from './model/scenario-types';
export type { Metrics, MonthReport } from './model/metrics-types';
export { NO_SPEND, DecisionsSchema, SpendSchema, SegmentSpendSchema, decisionsForMonth, decisionsToCents, type Decisions, type Plan, type Result, type Spend } from './model/decisions';
export { MAX_MONTHS, MAX_SPEND } from './model/limits';
export { InvalidInputError } from './model/errors';
export { createRun, cloneRun, reseedRun, type RunState } from './model/run-state';
export { step, stepInPlace, type StepOptions } from './model/step';
export { monthBudget, payableNow, spendProblem } from './model/budget';
export { clvHomogeneous, discountedExpectedLifetime, sbgSurvival } from './model/clv-math';
export { canonicalJson, hashJson, sha256Hex, type Json } from './model/canonical-hash';
export { ENGINE_VERSION } from './version';
export { GOAL_METRICS, GoalSchema, goalValue, type Goal, type GoalMetric } from './model/goals';
export { goalResults, type GoalResult } from './model/goals';
export { benchmarks, planValue, pointsFor, scoreGame, valueCreated, type Benchmarks, type Score } from './game/score';
export { customerEquity, type Equity } from './model/equity';
export { fitPlan, fitPolicy } from './model/fit-plan';
export { scenarioHash } from './model/scenario-hash';
export { cohortSurvival, type SurvivalCurve } from './model/survival';
export { issuePath, issueSentence } from './schema-issue';
export { formatMoney, formatCount, formatNumber, formatPercent, formatSigned, type MoneyOptions } from './number-format';

export { POINT_METRICS, firingPoints, pointFires, type DecisionPointRule, type PointMetric, type PointTrigger } from './game/decision-points';
export { resolveMarket, withoutQuestions, type Market, type MarketInput } from './game/market';
export { GAME_PHASES, newGame, type GameAnswer, type GamePhase, type GameState } from './game/game-state';
export { MoveSchema, applyMove, planMove, type Move, type MoveOptions, type MoveResult } from './game/moves';
export { MONTH_HASH_LENGTH, compactMoves, monthRecords, movesOf, planMoves, replay, type ReplayOptions, type ReplayResult } from './game/replay';
export { SURVEY_SIZES, RESPONSE_SPREAD, takeSurvey, type Survey, type SurveyEstimate, type SurveySize } from './game/survey';
export { compareBranches, type Branches } from './game/branches';
export { simulate, playAnswering, playPlan, planError, type Answerer, type Policy, type SimulationOutput, type SimulateOptions, type Strategy } from './game/simulate';

export { forecast, type Band, type ForecastMonth, type ForecastOptions } from './analysis/forecast';
export { causesRuns, monthCauses, type MonthCause, type MonthCausesOptions } from './analysis/month-causes';
export { runsFit, type CounterfactualRuns } from './analysis/counterfactual-runs';
export { customerVoices, type CustomerVoice, type VoiceGroup, type VoiceReason, type VoicesOptions } from './analysis/customer-voices';
export { retentionGain, type RetentionGain } from './analysis/retention-economics';
export { FINDING_METRICS, explainDecisions, findingText, type ExplainOptions, type Finding, type FindingMetric, type MetricEffect } from './analysis/counterfactual';
export { referenceBudget, referenceOutcomes, referenceStrategies, type ReferenceOptions, type ReferenceOutcome, type ReferenceStrategy } from './analysis/reference-strategies';

export { normalisePlayerName, playerNameProblem, MAX_PLAYER_NAME } from './formats/player-name';
export { CHALLENGE_VERSION, MAX_CODE_LENGTH, encodeChallenge, decodeChallenge, extractChallengeCode, challengeScenarioProblem, challengeLink, type Challenge, type ChallengeRules } from './formats/challenge-code';
export { ChallengeSchema, MAX_GOALS, MAX_INSTRUCTIONS, MAX_SEED, MAX_TITLE } from './formats/challenge-schema';
export { VARIANT_SPREAD, variantSeed, variantScenario, challengeMarket } from './formats/variants';
export { RESULT_FORMAT, RESULT_VERSION, buildResultFile, resultFileJson, resultFileName, displayPlayerName, encodeResultCode, decodeResultCode, looksLikeResultCode, type ResultFile, type ResultInput } from './formats/result-file';
export { GAME_MODES, type GameMode } from './formats/result-schema';
export { verifyResult, MAX_RESULT_SIZE, type Verdict, type VerifiedResult, type RejectedResult, type ResolveScenario, type ScenarioForVerify, type VerifyOptions } from './formats/result-verify';
export { REPLAY_COMPATIBLE_ENGINES } from './formats/result-migrations';
export { applyMigrations, type Migration, type MigrationOutcome } from './formats/migrations';
export { CLASS_COLUMNS, classRows, classCsv, type ClassRow, type ClassColumn, type NamedVerdict } from './formats/class-report';
