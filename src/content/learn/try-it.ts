// Node-side checks of a lesson's "Try it" block against the scenario it names: the scenario, its
// segments and the relationship types must exist, the prepared months must leave some of the game
// to play, and the prepared spend must stay modest. Resolves the names the lesson page shows.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentError, type ContentError } from './content-errors';
import type { TryItBlock } from './course-types';
import type { TryIt } from './schema-lesson';

/** The most a prepared month may spend in total (the brief of a Try-it is a small experiment). */
export const MAX_PREPARED_MONTHLY_SPEND = 5000;

export interface ScenarioInfo {
  readonly id: string;
  readonly title: string;
  readonly months: number;
  readonly currency: string;
  readonly segments: readonly { readonly id: string; readonly name: string }[];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {};
}

/** The title, length and segments of `content/scenarios/ID.yaml`, or null when there is none. */
export function readScenarioInfo(contentDir: string, id: string): ScenarioInfo | null {
  const file = path.join(contentDir, 'scenarios', `${id}.yaml`);
  if (!existsSync(file)) return null;
  const data = record(parse(readFileSync(file, 'utf8')));
  const segments = Array.isArray(data.segments) ? data.segments.map(record) : [];
  return {
    id,
    title: String(data.title ?? id),
    months: Number(data.months ?? 0),
    currency: String(data.currency ?? 'USD'),
    segments: segments.map((s) => ({ id: String(s.id ?? ''), name: String(s.name ?? s.id ?? '') })),
  };
}

/** Relationship type id → name, from content/relationships.yaml (empty when the file is missing). */
export function readTypeNames(contentDir: string): Record<string, string> {
  const file = path.join(contentDir, 'relationships.yaml');
  if (!existsSync(file)) return {};
  const types = record(record(parse(readFileSync(file, 'utf8'))).types);
  return Object.fromEntries(Object.entries(types).map(([id, spec]) => [id, String(record(spec).name ?? id)]));
}

export function resolveTryIt(
  file: string,
  tryIt: TryIt,
  scenario: ScenarioInfo | null,
  typeNames: Readonly<Record<string, string>>,
): { block?: TryItBlock; errors: ContentError[] } {
  if (!scenario) {
    return { errors: [contentError(file, 'tryIt.scenario', `expected a scenario id of content/scenarios, but "${tryIt.scenario}" has no file there`)] };
  }
  const errors: ContentError[] = [];
  const spend: NonNullable<TryItBlock['prepare']>['spend'][number][] = [];
  if (tryIt.prepare) {
    if (tryIt.prepare.months >= scenario.months) {
      errors.push(contentError(file, 'tryIt.prepare.months', `expected fewer months than the scenario's ${scenario.months}, got ${tryIt.prepare.months}`));
    }
    let total = 0;
    for (const [segment, byType] of Object.entries(tryIt.prepare.spend)) {
      const found = scenario.segments.find((s) => s.id === segment);
      if (!found) {
        errors.push(contentError(file, `tryIt.prepare.spend.${segment}`, `expected a segment of "${scenario.id}" (${scenario.segments.map((s) => s.id).join(', ')})`));
        continue;
      }
      for (const [type, amount] of Object.entries(byType)) {
        if (!Object.hasOwn(typeNames, type)) {
          errors.push(contentError(file, `tryIt.prepare.spend.${segment}.${type}`, `expected a relationship type (${Object.keys(typeNames).join(', ')})`));
          continue;
        }
        total += amount;
        spend.push({ segment, segmentName: found.name, type, typeName: typeNames[type]!, amount });
      }
    }
    if (total > MAX_PREPARED_MONTHLY_SPEND) {
      errors.push(contentError(file, 'tryIt.prepare.spend', `expected at most ${MAX_PREPARED_MONTHLY_SPEND} a month in total, got ${total}`));
    }
  }
  if (errors.length > 0) return { errors };
  return {
    errors,
    block: {
      scenario: scenario.id,
      scenarioTitle: scenario.title,
      currency: scenario.currency,
      ...(tryIt.prepare ? { prepare: { months: tryIt.prepare.months, spend } } : {}),
      change: tryIt.change,
      predict: tryIt.predict,
      lookFor: tryIt.lookFor,
    },
  };
}
