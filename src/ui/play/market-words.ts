// Short sentences about the market for the announcement queue: a segment in one sentence (the
// structured description says the rest), with the one number formatter.
import { formatCount, formatPercent } from '../../engine';
import type { SegmentStory } from '../../state/session/month-story';

const pct = (part: number, whole: number) => formatPercent(whole > 0 ? part / whole : 0);

export function segmentSummary(s: SegmentStory): string {
  if (s.active === 0) return `${s.name}: no customers.`;
  return `${s.name}: ${formatCount(s.active)} customers, ${pct(s.promoters, s.active)} promoters, ${pct(s.passives, s.active)} passives, ${pct(s.detractors, s.active)} detractors.`;
}
