// The engine's public API: pure, deterministic simulation of a customer population.
export { RELATIONSHIP_TYPES, isRelationshipType, typeIndex, type RelationshipTypeId } from './relationship-types';
export type { Scenario, Segment, TypeParams, CustomerModel, ScenarioEvent, EventEffect, Churn } from './scenario-types';
export type { Metrics, MonthReport } from './metrics-types';
export { NO_SPEND, decisionsForMonth, decisionsToCents, type Decisions, type Plan, type Result } from './decisions';
export { createRun, cloneRun, reseedRun, type RunState } from './run-state';
export { step, stepInPlace } from './step';
export { simulate, runPlan, planError, InvalidInputError, type SimulationOutput, type SimulateOptions } from './simulate';
export { clvHomogeneous, discountedExpectedLifetime, sbgSurvival } from './clv-math';
export { canonicalJson, hashJson, sha256Hex } from './canonical-hash';
export { ENGINE_VERSION } from './version';
export { GOAL_METRICS, goalValue, scoreRun, type Goal, type GoalMetric, type GoalResult, type Score } from './score';
export { scenarioHash } from './scenario-hash';
export { type StepOptions } from './step';
export { forecast, type Band, type ForecastMonth, type ForecastOptions } from './forecast';
export { formatMoney, formatCount, formatNumber, formatPercent, formatSigned, type MoneyOptions } from './format';
