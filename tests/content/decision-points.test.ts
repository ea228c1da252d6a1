// The decision points of every shipped scenario are fair questions (issue 13): the right option is
// spread over the positions and is not given away by its length, each point has exactly one best
// answer (so a miss can go to Review), triggers on acquisition cost and lifetime value lead to the
// lesson on relationship economics, and some points ask for a figure worked from the month's numbers.
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../src/content/scenario/load-node';
import { templateProblems } from '../../src/content/scenario/prompt-template';
import { median } from './raw-content';

const points = scenarioIds().flatMap((id) => {
  const { file } = loadScenario(id);
  return file.decisionPoints.map((point) => ({ scenario: id, segments: file.segments.map((s) => s.id), point }));
});
const name = (p: (typeof points)[number]) => `${p.scenario}/${p.point.id}`;

describe('decision points', () => {
  it('are many enough to judge, each with exactly one best answer', () => {
    expect(points.length).toBeGreaterThanOrEqual(20);
    for (const p of points) expect(p.point.options.filter((o) => o.correct).length, name(p)).toBe(1);
  });

  it('spread their keys over the positions: none holds more than 40 % of the points', () => {
    const positions = points.map((p) => p.point.options.findIndex((o) => o.correct));
    for (let position = 0; position < 4; position++) {
      const share = positions.filter((x) => x === position).length / positions.length;
      expect(share, `share of keys at position ${'abcd'[position]}`).toBeLessThanOrEqual(0.4);
    }
  });

  it('make the key the longest option in at most 40 % of points, and no option a length outlier', () => {
    const longest = points.filter((p) => {
      const lengths = p.point.options.map((o) => o.text.length);
      const key = p.point.options.findIndex((o) => o.correct);
      return lengths[key] === Math.max(...lengths) && lengths.filter((l) => l === lengths[key]).length === 1;
    });
    expect(longest.length / points.length, longest.map(name).join(' ')).toBeLessThanOrEqual(0.4);
    const outliers = points.flatMap((p) => {
      const middle = median(p.point.options.map((o) => o.text.length));
      return p.point.options.filter((o) => o.text.length < 0.35 * middle || o.text.length > 2.5 * middle).map((o) => `${name(p)}/${o.id}`);
    });
    expect(outliers).toEqual([]);
  });

  it('read only fields that exist in their scenario', () => {
    for (const p of points) {
      const texts = [p.point.prompt, p.point.insight ?? '', ...p.point.options.flatMap((o) => [o.text, o.feedback])];
      expect(texts.flatMap((t) => templateProblems(t, p.segments)), name(p)).toEqual([]);
    }
  });

  it('lead from acquisition cost, lifetime value and payback triggers to the lesson on relationship economics', () => {
    const economic = points.filter((p) => 'metric' in p.point.when && ['cac', 'blendedCac', 'clvToCac', 'paybackMonths', 'clvPredicted'].includes(p.point.when.metric));
    expect(economic.length).toBeGreaterThanOrEqual(1);
    for (const p of economic) expect(p.point.lesson, name(p)).toBe('relationship-economics');
  });

  it('include points that quote the player\'s own numbers and points that ask for a figure worked from them', () => {
    const quoting = points.filter((p) => /\{[a-z-]+\.[a-zA-Z]+/.test(p.point.prompt));
    expect(quoting.length, 'points quoting the month').toBeGreaterThanOrEqual(5);
    const computing = points.filter((p) => p.point.options.filter((o) => /\{[^}]+\}/.test(o.text)).length >= 2);
    expect(computing.map(name).length, 'points whose options are figures worked from the month').toBeGreaterThanOrEqual(1);
  });
});
