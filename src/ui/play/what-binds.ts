// What binds a month, read from its report: for each segment, the service level it expects of a
// type (the model's strongest lever) beside the level it got, the reach of per-customer types
// (capacity that runs out as the base grows), and the month's events with their descriptions.
import { RELATIONSHIP_TYPES, formatPercent, type MonthReport, type RelationshipTypeId, type Scenario } from '../../engine';

export interface Expectation {
  readonly segment: string;
  readonly type: RelationshipTypeId;
  readonly expected: number;
  /** The level that counts for it: the type's own, or a type that stands in for it if higher. */
  readonly reached: number;
  readonly by: RelationshipTypeId;
  readonly short: boolean;
}

/** Every expectation of every segment in `report`'s month, with the level reached (none before month 1). */
export function expectations(scenario: Scenario, report: MonthReport | null): Expectation[] {
  const out: Expectation[] = [];
  const none = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<RelationshipTypeId, number>;
  for (const segment of scenario.segments) {
    const levels = report ? report.segments[segment.id]!.serviceLevels : none;
    for (const type of RELATIONSHIP_TYPES) {
      const expected = segment.expectations[type] ?? 0;
      if (expected <= 0) continue;
      let reached = levels[type];
      let by = type;
      for (const other of RELATIONSHIP_TYPES) {
        if (scenario.types[other].satisfies.includes(type) && levels[other] > reached) {
          reached = levels[other];
          by = other;
        }
      }
      out.push({ segment: segment.id, type, expected, reached, by, short: reached + 1e-9 < expected });
    }
  }
  return out;
}

/** Sentences saying what bound the month: expectations met or missed, and stretched capacity. */
export function bindingSentences(scenario: Scenario, report: MonthReport): string[] {
  const name = (t: RelationshipTypeId) => scenario.types[t].name.toLowerCase();
  const segName = (id: string) => scenario.segments.find((s) => s.id === id)!.name;
  const lines = expectations(scenario, report).map((e) => {
    const how = e.by === e.type ? '' : ` (through ${name(e.by)})`;
    return e.short
      ? `${segName(e.segment)} expect ${name(e.type)} at ${formatPercent(e.expected)} or more; it reached ${formatPercent(e.reached)}${how}, ${formatPercent(e.expected - e.reached)} short: an unmet expectation costs satisfaction, and they leave sooner.`
      : `${segName(e.segment)} expect ${name(e.type)} at ${formatPercent(e.expected)} or more; it reached ${formatPercent(e.reached)}${how}.`;
  });
  for (const segment of scenario.segments) {
    const m = report.segments[segment.id]!;
    for (const type of RELATIONSHIP_TYPES) {
      if (scenario.types[type].cost !== 'per-customer') continue;
      const level = m.serviceLevels[type];
      if (m.costByType[type] > 0 && level < 0.995) lines.push(`${scenario.types[type].name} reached ${formatPercent(level)} of ${segment.name}: a per-customer service is stretched as the base grows.`);
    }
  }
  return lines;
}

/** The month's events, each with its description when the scenario has one. */
export function eventSentences(scenario: Scenario, report: MonthReport): string[] {
  return report.events.map((e) => {
    const where = e.segment === null ? '' : ` (${scenario.segments.find((s) => s.id === e.segment)?.name ?? e.segment})`;
    const description = e.id === 'privacy-incident'
      ? 'Customer data leaked from your automated services: satisfaction falls, fewer people sign up and more leave for a few months.'
      : scenario.events.find((x) => x.id === e.id)?.description;
    return `${e.title}${where}${description ? `: ${description}` : '.'}`;
  });
}
