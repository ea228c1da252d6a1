// The text twin of the market view: the same month story the canvas animates, told in sentences
// (for the live region and for anyone who prefers reading), with the one number formatter.
import { RELATIONSHIP_TYPES, formatCount, formatPercent, type RelationshipTypeId } from '../../engine';
import type { MonthStory, SegmentStory } from '../../state/session/month-story';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function serviceClause(s: SegmentStory, typeNames: Readonly<Record<RelationshipTypeId, string>>): string {
  const served = RELATIONSHIP_TYPES.filter((t) => s.serviceLevels[t] >= 0.005)
    .sort((a, b) => s.serviceLevels[b] - s.serviceLevels[a])
    .slice(0, 3)
    .map((t) => `${typeNames[t].toLowerCase()} ${formatPercent(s.serviceLevels[t])}`);
  return served.length === 0 ? 'no relationship type served them' : `service levels: ${served.join(', ')}`;
}

function satisfactionClause(s: SegmentStory): string {
  if (s.active === 0) return 'no customers left';
  return `${formatPercent(s.promoters / s.active)} promoters, ${formatPercent(s.detractors / s.active)} detractors`;
}

/** One sentence for a segment's month. */
export function segmentSentence(s: SegmentStory, typeNames: Readonly<Record<RelationshipTypeId, string>>): string {
  const arrivals = s.newCustomers === 0
    ? 'no new customers'
    : `${plural(s.newCustomers, 'new customer', 'new customers')}, ${formatCount(s.referrals)} through word of mouth`;
  return `${s.name}: ${arrivals}; ${formatCount(s.churned)} left; ${formatCount(s.active)} active now (${satisfactionClause(s)}); ${serviceClause(s, typeNames)}.`;
}

/** The whole month: a total first, then each segment, then the events. */
export function narrateMonth(story: MonthStory, typeNames: Readonly<Record<RelationshipTypeId, string>>): string[] {
  const sum = (f: (s: SegmentStory) => number) => story.segments.reduce((a, s) => a + f(s), 0);
  const total = `Month ${story.month}: ${plural(sum((s) => s.newCustomers), 'new customer', 'new customers')}, ${formatCount(sum((s) => s.referrals))} through word of mouth; ${formatCount(sum((s) => s.churned))} left; ${formatCount(sum((s) => s.active))} active customers in all.`;
  const events = story.events.map((e) => `Event: ${e.title}.`);
  return [total, ...story.segments.map((s) => segmentSentence(s, typeNames)), ...events];
}

/** The market before the first month. */
export function narrateOpening(story: MonthStory): string {
  const parts = story.segments.map((s) => `${s.name}: ${formatCount(s.active)} customers of a market of ${formatCount(s.marketSize)}`);
  return `Before month 1. ${parts.join('; ')}.`;
}
