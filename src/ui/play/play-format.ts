// Small shared helpers of the play pages: type names of a scenario, money in its currency, and
// signed changes, all through the engine's one number formatter.
import { RELATIONSHIP_TYPES, formatCount, formatMoney, formatNumber, formatPercent, formatSigned, type RelationshipTypeId, type Scenario } from '../../engine';

export function typeNamesOf(scenario: Scenario): Record<RelationshipTypeId, string> {
  const out = {} as Record<RelationshipTypeId, string>;
  for (const t of RELATIONSHIP_TYPES) out[t] = scenario.types[t].name;
  return out;
}

export const money = (scenario: Scenario) => (x: number) => formatMoney(x, scenario.currency);

/** Formats a metric value by kind; null becomes "–". */
export type ValueKind = 'count' | 'money' | 'rate' | 'score' | 'ratio' | 'months';

export function formatValue(value: number | null | undefined, kind: ValueKind, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  switch (kind) {
    case 'count': return formatCount(value);
    case 'money': return formatMoney(value, currency);
    case 'rate': return formatPercent(value, 1);
    case 'score': return formatNumber(value, 0);
    case 'ratio': return `${formatNumber(value, 1)}×`;
    case 'months': return formatNumber(value, 1);
  }
}

/** A change from `before` to `now` with its sign, in the same units; rates in percentage points. */
export function formatChange(now: number | null | undefined, before: number | null | undefined, kind: ValueKind, currency: string): string {
  if (now === null || now === undefined || before === null || before === undefined) return '';
  const d = now - before;
  if (kind === 'rate') return `${formatSigned(d * 100, (a) => formatNumber(a, 1))} pts`;
  return formatSigned(d, (a) => formatValue(a, kind, currency));
}
