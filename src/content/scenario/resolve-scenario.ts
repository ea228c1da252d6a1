// Validates a scenario object and resolves it against the relationship-type defaults into the
// engine's Scenario, checking the cross-references a schema cannot (ids, segments, sizes).
import * as v from 'valibot';
import { RELATIONSHIP_TYPES, type DecisionPointRule, type RelationshipTypeId, type Scenario, type TypeParams } from '../../engine';
import { ContentError, describeIssue } from '../issues';
import { RelationshipsFileSchema, type RelationshipsFile } from './relationships-schema';
import { templateProblems } from './prompt-template';
import { ScenarioFileSchema, type DecisionPoint, type ScenarioFile } from './scenario-schema';

export interface LoadedScenario {
  /** Everything the file says (briefing, goals, decision points…), with defaults filled in. */
  readonly file: ScenarioFile;
  /** What the engine runs. */
  readonly scenario: Scenario;
  /** The decision points as the engine fires and checks them (the words stay in `file`). */
  readonly points: readonly DecisionPointRule[];
}

export function parseRelationships(data: unknown, fileName = 'content/relationships.yaml'): RelationshipsFile {
  const result = v.safeParse(RelationshipsFileSchema, data);
  if (!result.success) throw new ContentError(result.issues.map((i) => describeIssue(fileName, i)));
  return result.output;
}

function crossCheck(file: ScenarioFile): string[] {
  const problems: string[] = [];
  const segmentIds = new Set<string>();
  file.segments.forEach((s, i) => {
    if (segmentIds.has(s.id)) problems.push(`segments[${i}].id: the id "${s.id}" is used twice`);
    segmentIds.add(s.id);
    if (s.initialCustomers > s.marketSize) problems.push(`segments[${i}].initialCustomers: expected at most marketSize (${s.marketSize})`);
  });
  const unknownSegment = (where: string, segment: string | undefined) => {
    if (segment !== undefined && !segmentIds.has(segment)) problems.push(`${where}.segment: no segment has the id "${segment}"`);
  };
  file.events.forEach((e, i) => {
    unknownSegment(`events[${i}]`, e.segment);
    if (e.month !== undefined && e.month > file.months) problems.push(`events[${i}].month: expected at most months (${file.months})`);
  });
  file.goals.forEach((g, i) => unknownSegment(`goals[${i}]`, g.segment));
  const pointIds = new Set<string>();
  file.decisionPoints.forEach((d, i) => {
    if (pointIds.has(d.id)) problems.push(`decisionPoints[${i}].id: the id "${d.id}" is used twice`);
    pointIds.add(d.id);
    if ('segment' in d.when) unknownSegment(`decisionPoints[${i}].when`, d.when.segment);
    if ('month' in d.when && d.when.month > file.months) problems.push(`decisionPoints[${i}].when.month: expected at most months (${file.months})`);
    if ('metric' in d.when && d.when.above === undefined && d.when.below === undefined && d.when.drop === undefined) problems.push(`decisionPoints[${i}].when: expected "above", "below" or "drop"`);
    if (!d.options.some((o) => o.correct)) problems.push(`decisionPoints[${i}].options: expected at least one correct option`);
    const texts: [string, string][] = [['prompt', d.prompt], ...(d.insight ? [['insight', d.insight] as [string, string]] : []), ...d.options.flatMap((o, k): [string, string][] => [[`options[${k}].text`, o.text], [`options[${k}].feedback`, o.feedback]])];
    for (const [field, text] of texts) for (const problem of templateProblems(text, file.segments.map((s) => s.id))) problems.push(`decisionPoints[${i}].${field}: ${problem}`);
  });
  for (const segment of Object.keys(file.suggestedSpend ?? {})) unknownSegment('suggestedSpend', segment);
  return problems;
}

/** The decision points as the engine sees them: when each fires and which options are right. */
export function pointRules(points: readonly DecisionPoint[]): DecisionPointRule[] {
  return points.map((d) => ({ id: d.id, when: d.when, options: d.options.map((o) => ({ id: o.id, correct: o.correct })) }));
}

/** Validates `data` (parsed from `fileName`) and resolves it; throws ContentError naming file and field. */
export function resolveScenario(data: unknown, relationships: RelationshipsFile, fileName: string): LoadedScenario {
  const result = v.safeParse(ScenarioFileSchema, data);
  if (!result.success) throw new ContentError(result.issues.map((i) => describeIssue(fileName, i)));
  const file = result.output;
  const problems = crossCheck(file);
  if (problems.length > 0) throw new ContentError(problems.map((p) => `${fileName}: ${p}`));
  const types = {} as Record<RelationshipTypeId, TypeParams>;
  for (const t of RELATIONSHIP_TYPES) {
    const base = relationships.types[t];
    const o = file.types[t] ?? {};
    types[t] = {
      ...base,
      ...o,
      motivations: { ...base.motivations, ...o.motivations },
      effects: { ...base.effects, ...o.effects },
      satisfies: o.satisfies ?? base.satisfies,
    } as TypeParams;
  }
  const scenario: Scenario = {
    id: file.id,
    title: file.title,
    months: file.months,
    currency: file.currency,
    startingCash: file.startingCash,
    budget: { monthly: file.budget.monthly, revenueShare: file.budget.revenueShare },
    cash: file.cash,
    discountRate: file.discountRate,
    segments: file.segments.map((s) => ({
      id: s.id,
      name: s.name,
      persona: s.persona,
      marketSize: s.marketSize,
      initialCustomers: s.initialCustomers,
      margin: s.margin,
      serveCost: s.serveCost,
      bass: s.bass,
      churn: 'rate' in s.churn ? { kind: 'rate', rate: s.churn.rate } : { kind: 'beta', alpha: s.churn.alpha, beta: s.churn.beta },
      preferences: s.preferences,
      expectations: s.expectations,
      valueProposition: s.valueProposition,
      expansionPotential: s.expansionPotential,
      tasteSpread: s.tasteSpread,
      unitCosts: s.unitCosts,
    })),
    types: types as Scenario['types'],
    model: { ...relationships.model, ...file.model },
    events: file.events,
  };
  return { file, scenario, points: pointRules(file.decisionPoints) };
}
