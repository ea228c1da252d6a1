// Scenario questions link to lessons: every linked lesson must exist in content/lessons.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../src/content/scenario/load-node';

const lessonIds = new Set(readdirSync('content/lessons').map((f) => f.replace(/^\d+-/, '').replace(/\.md$/, '')));

describe('scenario decision points link to real lessons', () => {
  for (const id of scenarioIds()) {
    it(`${id}: every decision point's lesson exists`, () => {
      const { file } = loadScenario(id);
      for (const point of file.decisionPoints) {
        if (point.lesson !== undefined) expect(lessonIds.has(point.lesson), `${point.id} → ${point.lesson}`).toBe(true);
      }
    });
  }
});
