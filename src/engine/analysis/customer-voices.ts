// The voice of the customer: after a month, a few of each segment's actual simulated customers say
// how likely they are to recommend the company (their survey answer, 0–10) and why, the reasons
// taken from what drives that customer's experience in the model: the types the segment values or
// dislikes at the service levels reached, the expectations left unmet, the events under way, their
// tenure, and the offer itself.
//
// Customers are picked by hashing the seed, the month and the segment, never by drawing from the
// model's streams, so listening changes nothing in the market. One promoter, one passive and one
// detractor are sought first, so the quotes show the spread of the segment, not only its average.
import { cohortOfTag, sensitivityOf, SENSITIVITY_MASK, styleOf, SENSITIVITY_BITS, tasteOfTag, type Population } from '../model/population';
import { RELATIONSHIP_TYPES, type RelationshipTypeId } from '../model/relationship-types';
import type { RunState } from '../model/run-state';
import { scenarioTables } from '../model/scenario-tables';
import { strengths } from '../model/service-effects';
import { clamp } from '../model/saturation';
import { DETRACTOR_BELOW, PROMOTER_FROM } from '../model/satisfaction';
import { voiceText } from './voice-phrases';

export type VoiceGroup = 'promoter' | 'passive' | 'detractor';

export type VoiceReason =
  | { readonly kind: 'valued-type' | 'disliked-type' | 'unmet-expectation'; readonly type: RelationshipTypeId }
  | { readonly kind: 'event'; readonly event: string; readonly title: string; readonly good: boolean }
  | { readonly kind: 'tenure' }
  | { readonly kind: 'offer'; readonly good: boolean };

export interface CustomerVoice {
  readonly segment: string;
  /** The month the customer was acquired (0: a customer when the scenario began). */
  readonly cohort: number;
  /** Months as a customer at the end of this month. */
  readonly tenureMonths: number;
  /** Their answer to "how likely are you to recommend us?" (0–10). */
  readonly answer: number;
  readonly group: VoiceGroup;
  /** What drives their experience, the strongest first. */
  readonly reasons: readonly VoiceReason[];
  /** What they say, in one or two sentences. */
  readonly text: string;
}

export interface VoicesOptions {
  /** Quotes per segment (default 3). */
  readonly perSegment?: number;
}

/** One driver of a segment's satisfaction this month, in satisfaction points. */
interface Driver {
  readonly reason: VoiceReason;
  readonly points: number;
}

/** A 32-bit hash of a string (FNV-1a, then MurmurHash3's finaliser): integer operations only. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The slot of the i-th customer (in band order). */
function slotOf(pop: Population, i: number): number {
  let rest = i;
  for (let b = 0; b < pop.bandCount.length; b++) {
    const n = pop.bandCount[b]!;
    if (rest < n) return pop.bandStart[b]! + rest;
    rest -= n;
  }
  return -1;
}

/** The drivers of segment `s`'s satisfaction in the run's last month (they add up to its shift from neutral). */
function drivers(run: RunState, s: number): Driver[] {
  const { scenario } = run;
  const segment = scenario.segments[s]!;
  const tables = scenarioTables(scenario);
  const { preferences, expectations } = tables.segments[s]!;
  const state = run.segments[s]!;
  const report = run.reports[run.reports.length - 1]!;
  const levels = state.levels;
  const strength = strengths(tables, levels, report.segments[segment.id]!.customersStart);
  const out: Driver[] = [{ reason: { kind: 'offer', good: segment.valueProposition >= 0 }, points: segment.valueProposition }];
  RELATIONSHIP_TYPES.forEach((type, k) => {
    let points = preferences[k]! * tables.types[k]!.effects.satisfaction * strength[k]!;
    if (type === 'co-creation') points += state.coCreated;
    if (points > 0) out.push({ reason: { kind: 'valued-type', type }, points });
    else if (points < 0) out.push({ reason: { kind: 'disliked-type', type }, points });
    const expected = expectations[k]!;
    if (expected > 0) {
      let met = levels[k]!;
      for (const j of tables.satisfiedBy[k]!) if (levels[j]! > met) met = levels[j]!;
      if (met < expected) out.push({ reason: { kind: 'unmet-expectation', type }, points: -scenario.model.expectationPenalty * (expected - met) });
    }
  });
  for (const e of report.events) {
    if (e.segment !== null && e.segment !== segment.id) continue;
    const effect = e.id === 'privacy-incident' ? scenario.model.privacyIncident : scenario.events.find((x) => x.id === e.id)?.effect;
    const points = effect?.satisfaction ?? 0;
    if (points !== 0) out.push({ reason: { kind: 'event', event: e.id, title: e.title, good: points > 0 }, points });
  }
  return out;
}

function groupOf(answer: number): VoiceGroup {
  return answer >= PROMOTER_FROM ? 'promoter' : answer < DETRACTOR_BELOW ? 'detractor' : 'passive';
}

/** The reasons a customer of `group` gives: the strongest drivers on their side (at most two), and tenure for a loyal one. */
function reasonsFor(group: VoiceGroup, all: readonly Driver[], tenureMonths: number): VoiceReason[] {
  const notable = (d: Driver) => Math.abs(d.points) >= 0.05;
  const good = all.filter((d) => d.points > 0 && notable(d) && d.reason.kind !== 'offer').sort((a, b) => b.points - a.points);
  const bad = all.filter((d) => d.points < 0 && notable(d) && d.reason.kind !== 'offer').sort((a, b) => a.points - b.points);
  const offer = all.find((d) => d.reason.kind === 'offer')!;
  const picked: Driver[] = group === 'promoter' ? good.slice(0, 2) : group === 'detractor' ? bad.slice(0, 2) : [...good.slice(0, 1), ...bad.slice(0, 1)];
  const reasons = picked.map((d) => d.reason);
  if (reasons.length === 0) reasons.push({ kind: 'offer', good: group !== 'detractor' && offer.points >= 0 });
  if (group !== 'detractor' && tenureMonths >= 12) reasons.push({ kind: 'tenure' });
  return reasons;
}

/**
 * A few customers of each segment after the run's last month, with their answers and reasons.
 * Empty before month 1; a segment without customers has no voices.
 */
export function customerVoices(run: RunState, options: VoicesOptions = {}): CustomerVoice[] {
  if (run.reports.length === 0) return [];
  const perSegment = Math.max(0, Math.floor(options.perSegment ?? 3));
  const { scenario } = run;
  const model = scenario.model;
  const month = run.month;
  const voices: CustomerVoice[] = [];
  scenario.segments.forEach((segment, s) => {
    const pop = run.segments[s]!.pop;
    if (pop.count === 0 || perSegment === 0) return;
    const segmentDrivers = drivers(run, s);
    const shift = segmentDrivers.reduce((a, d) => a + d.points, 0);
    const seen = new Set<number>();
    const found: { slot: number; answer: number; group: VoiceGroup }[] = [];
    const wanted: VoiceGroup[] = ['promoter', 'passive', 'detractor'];
    const tries = Math.min(pop.count, 96);
    for (let i = 0; i < tries * 2 && found.length < perSegment; i++) {
      const slot = slotOf(pop, hash32(`${run.seed}/voices/${segment.id}/${month}/${i}`) % pop.count);
      if (seen.has(slot)) continue;
      seen.add(slot);
      const taste = tasteOfTag(pop.tag[slot]!);
      const felt = clamp(model.neutralSatisfaction + (1 + sensitivityOf(taste & SENSITIVITY_MASK, segment.tasteSpread)) * shift, 0, 10);
      const answer = Math.round(clamp(felt + styleOf(taste >>> SENSITIVITY_BITS, model.answerSpread) + model.answerShift, 0, 10));
      const group = groupOf(answer);
      // The first of each group while groups are missing; then anyone (after half the tries).
      const missing = wanted.filter((g) => !found.some((f) => f.group === g));
      if (missing.includes(group) || i >= tries) found.push({ slot, answer, group });
    }
    for (const { slot, answer, group } of found) {
      const cohort = cohortOfTag(pop.tag[slot]!);
      const tenureMonths = cohort === 0 ? month : month - cohort + 1;
      const reasons = reasonsFor(group, segmentDrivers, tenureMonths);
      const variant = hash32(`${run.seed}/voice-text/${segment.id}/${month}/${slot}`);
      voices.push({ segment: segment.id, cohort, tenureMonths, answer, group, reasons, text: voiceText(group, reasons, tenureMonths, variant) });
    }
  });
  return voices;
}
