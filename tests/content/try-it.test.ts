// Every lesson ends with a "Try it" block that works in the game: its scenario exists, the
// segments and relationship types of its prepared spend exist in that scenario, the prepared
// months leave part of the game to play, the spend is modest, and the texts say what to change,
// what to predict and what to look for. The compiled course resolves the names shown.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../src/engine/model/relationship-types';
import { loadScenario, scenarioIds } from '../../src/content/scenario/load-node';
import { loadCourse } from '../../src/content/learn/load-course';
import { rawLessons } from './raw-content';
import { planMove, replay, resolveMarket, type Move } from '../../src/engine';
import { trySeed } from '../../src/state/session/session-selectors';

const shipped = new Set(scenarioIds());
const course = loadCourse(path.resolve('content'));

describe('Try it blocks', () => {
  it('are in every lesson', () => {
    expect(rawLessons.filter((l) => l.meta.tryIt === undefined).map((l) => l.meta.id)).toEqual([]);
  });

  it('use several scenarios across the course', () => {
    expect(new Set(rawLessons.map((l) => l.meta.tryIt?.scenario)).size).toBeGreaterThanOrEqual(6);
  });

  for (const lesson of rawLessons) {
    it(`${lesson.meta.id}: names a shipped scenario, its segments and types, fewer months than it has, and a modest spend`, () => {
      const tryIt = lesson.meta.tryIt!;
      expect(shipped.has(tryIt.scenario), tryIt.scenario).toBe(true);
      const { file } = loadScenario(tryIt.scenario);
      const segments = new Set(file.segments.map((s) => s.id));
      if (tryIt.prepare) {
        expect(Number.isInteger(tryIt.prepare.months)).toBe(true);
        expect(tryIt.prepare.months).toBeGreaterThanOrEqual(1);
        expect(tryIt.prepare.months).toBeLessThan(file.months);
        let total = 0;
        for (const [segment, byType] of Object.entries(tryIt.prepare.spend)) {
          expect(segments.has(segment), `${segment} in ${tryIt.scenario}`).toBe(true);
          for (const [type, amount] of Object.entries(byType)) {
            expect((RELATIONSHIP_TYPES as readonly string[]).includes(type), type).toBe(true);
            expect(amount).toBeGreaterThan(0);
            total += amount;
          }
        }
        expect(total, 'monthly spend of the prepared months').toBeLessThanOrEqual(5000);
      }
      for (const text of [tryIt.change, tryIt.predict, tryIt.lookFor]) expect(text.length).toBeGreaterThan(40);
      expect(tryIt.predict).toMatch(/\?|write/i);
    });
  }

  it('prepare a game that plays: within the budget, and no question asked before the learner takes over', () => {
    for (const lesson of rawLessons) {
      const tryIt = lesson.meta.tryIt!;
      if (!tryIt.prepare) continue;
      const { scenario, file, points } = loadScenario(tryIt.scenario);
      const market = resolveMarket({ scenario, goals: file.goals, points, seed: trySeed(lesson.meta.id) });
      if (!market.ok) throw new Error(market.error);
      const moves: Move[] = [planMove({ spend: tryIt.prepare.spend }), ...Array.from({ length: tryIt.prepare.months }, () => ({ type: 'play' }) as const)];
      const game = replay(market.value, moves);
      expect(game.ok ? game.state.phase : game.error, lesson.meta.id).toBe('plan');
      // Named here so a failure says which lesson; the replay above would refuse it too.
      const prepared = Object.values(tryIt.prepare.spend).reduce((a, byType) => a + Object.values(byType).reduce((b, x) => b + x, 0), 0);
      expect(prepared, `${lesson.meta.id}: prepared spend within the budget`).toBeLessThanOrEqual(scenario.budget.monthly);
    }
  });

  it('compile with the scenario title and the segment and type names resolved', () => {
    if (!course.ok) return expect.fail('the course does not load');
    for (const lesson of course.course.lessons) {
      const tryIt = lesson.tryIt!;
      expect(tryIt.scenarioTitle, lesson.id).toBe(loadScenario(tryIt.scenario).file.title);
      for (const row of tryIt.prepare?.spend ?? []) {
        expect(row.segmentName, lesson.id).toBe(loadScenario(tryIt.scenario).file.segments.find((s) => s.id === row.segment)!.name);
        expect(row.typeName.length).toBeGreaterThan(3);
      }
    }
  });
});
