// A paid customer survey: before planning a month, the player may ask some of a segment's customers
// how much they value each relationship type. The answers estimate the segment's preferences with
// honest sampling error (a 90 % interval from the sample's own spread), and the survey's cost counts
// against the coming month's budget, so listening to customers is a decision with a price.
//
// Respondents are drawn from the survey's own stream (seeded by the game's seed, the segment and the
// month), never from the model's streams: taking a survey does not change the market's luck.
import { formatMoney } from '../number-format';
import type { Result } from '../model/decisions';
import { RELATIONSHIP_TYPES, type RelationshipTypeId } from '../model/relationship-types';
import { createStream, uniform, type Stream } from '../model/rng';
import type { RunState } from '../model/run-state';
import { scenarioTables } from '../model/scenario-tables';

/** The survey sizes offered: customers asked. */
export const SURVEY_SIZES = [25, 50, 100, 200] as const;
export type SurveySize = (typeof SURVEY_SIZES)[number];

/** Standard deviation of one respondent's stated value of a type around the segment's preference
 * (on the preference scale, −1 … 1): people in a segment differ, and say so imprecisely. */
export const RESPONSE_SPREAD = 0.6;

/** The two-sided 90 % point of the standard normal distribution. */
const Z90 = 1.6448536269514722;

export interface SurveyEstimate {
  /** The sample's mean stated value (−1 … 1 scale, like a segment's preference). */
  readonly mean: number;
  /** The 90 % confidence interval of the segment's preference. */
  readonly low: number;
  readonly high: number;
}

export interface Survey {
  /** Months played when the survey was taken; it is paid in the month after. */
  readonly month: number;
  readonly segment: string;
  /** Customers asked. */
  readonly size: number;
  /** Customers who answered: the size, or every customer of a smaller segment. */
  readonly respondents: number;
  /** What it cost, in the scenario's currency. */
  readonly cost: number;
  readonly estimates: Readonly<Record<RelationshipTypeId, SurveyEstimate>>;
}

/** One respondent's deviation: the sum of four uniforms, centred and scaled to RESPONSE_SPREAD
 * (Irwin–Hall, close to normal; + × only, so every JS engine draws the same numbers). */
function deviation(stream: Stream): number {
  const sum = uniform(stream) + uniform(stream) + uniform(stream) + uniform(stream);
  // Var(sum of 4 uniforms) = 4/12, so (sum − 2) × √3 has unit variance.
  return (sum - 2) * 1.7320508075688772 * RESPONSE_SPREAD;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The survey of `size` customers of `segmentId`, taken now (after `run.month` months), or why not. */
export function takeSurvey(run: RunState, segmentId: string, size: number): Result<Survey> {
  const { scenario } = run;
  const s = scenario.segments.findIndex((segment) => segment.id === segmentId);
  if (s < 0) return { ok: false, error: `there is no segment "${segmentId}" to survey` };
  if (!(SURVEY_SIZES as readonly number[]).includes(size)) return { ok: false, error: `a survey asks ${SURVEY_SIZES.join(', ')} customers, not ${String(size)}` };
  const customers = run.segments[s]!.pop.count;
  const segment = scenario.segments[s]!;
  if (customers === 0) return { ok: false, error: `${segment.name} has no customers to survey` };
  const respondents = Math.min(size, customers);
  const stream = createStream(`${run.seed}/survey/${segmentId}/${run.month}`);
  const preferences = scenarioTables(scenario).segments[s]!.preferences;
  const sums = new Float64Array(RELATIONSHIP_TYPES.length);
  const squares = new Float64Array(RELATIONSHIP_TYPES.length);
  for (let r = 0; r < respondents; r++) {
    for (let k = 0; k < RELATIONSHIP_TYPES.length; k++) {
      const stated = preferences[k]! + deviation(stream);
      sums[k]! += stated;
      squares[k]! += stated * stated;
    }
  }
  const estimates = {} as Record<RelationshipTypeId, SurveyEstimate>;
  RELATIONSHIP_TYPES.forEach((type, k) => {
    const mean = sums[k]! / respondents;
    const variance = respondents > 1 ? Math.max(0, (squares[k]! - respondents * mean * mean) / (respondents - 1)) : RESPONSE_SPREAD * RESPONSE_SPREAD;
    const half = (Z90 * Math.sqrt(variance)) / Math.sqrt(respondents);
    estimates[type] = { mean: round3(mean), low: round3(mean - half), high: round3(mean + half) };
  });
  const cost = Math.round(respondents * scenario.model.surveyCostPerResponse * 100) / 100;
  return { ok: true, value: { month: run.month, segment: segmentId, size, respondents, cost, estimates } };
}

/** What the surveys taken now cost the coming month, in cents per segment index. */
export function surveyCents(run: RunState, surveys: readonly Survey[]): number[] {
  return run.scenario.segments.map((segment) => surveys
    .filter((survey) => survey.month === run.month && survey.segment === segment.id)
    .reduce((cents, survey) => cents + Math.round(survey.cost * 100), 0));
}

/** The survey's cost in words, for messages. */
export function surveyCostText(run: RunState, survey: Pick<Survey, 'cost' | 'respondents'>): string {
  return `${formatMoney(survey.cost, run.scenario.currency)} (${survey.respondents} answers at ${formatMoney(run.scenario.model.surveyCostPerResponse, run.scenario.currency)} each)`;
}
