// Decision points quote the player's own numbers: every field of every shipped prompt, option,
// feedback and insight reads a segment and a metric that exist, and a filled template shows the
// month's own values (a quotient where asked, in the format asked); a wrong field is refused when
// the scenario loads, naming the point and the text.
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../src/content/scenario/load-node';
import { fillTemplate, templateProblems } from '../../src/content/scenario/prompt-template';
import { ContentError } from '../../src/content/issues';
import { resolveScenario } from '../../src/content/scenario/resolve-scenario';
import { loadRelationships } from '../../src/content/scenario/load-node';
import { simulate } from '../../src/engine';

describe('decision-point templates', () => {
  it('every field of every shipped decision point exists', () => {
    let fields = 0;
    for (const id of scenarioIds()) {
      const { file } = loadScenario(id);
      const segments = file.segments.map((s) => s.id);
      for (const d of file.decisionPoints) {
        for (const text of [d.prompt, d.insight ?? '', ...d.options.flatMap((o) => [o.text, o.feedback])]) {
          expect(templateProblems(text, segments), `${id}/${d.id}: ${text}`).toEqual([]);
          fields += (text.match(/\{[^{}]+\}/g) ?? []).length;
        }
      }
    }
    expect(fields).toBeGreaterThan(10);
  });

  it('fills a prompt with the month’s own numbers, quotients and formats', () => {
    const { scenario } = loadScenario('coffee-chain');
    const report = simulate(scenario, { spend: { regulars: { 'personal-assistance': 1500 } } }, 'templates', { months: 3 }).months[2]!;
    const r = report.segments.regulars!;
    expect(fillTemplate('{regulars.churned} of {regulars.customersStart} left in month {month}', report, 'USD')).toBe(`${r.churned.toLocaleString('en-US')} of ${r.customersStart.toLocaleString('en-US')} left in month 3`);
    expect(fillTemplate('{regulars.churnRate|percent}', report, 'USD')).toBe(`${(r.churnRate! * 100).toFixed(1)}%`);
    expect(fillTemplate('{regulars.churned / regulars.active|percent}', report, 'USD')).toBe(`${((100 * r.churned) / r.active).toFixed(1)}%`);
    expect(fillTemplate('{total.cash|money}', report, 'USD')).toMatch(/^-?\$[\d,]+$/);
    expect(fillTemplate('{offices.cac|money}', report, 'USD')).toBe('–');
  });

  it('refuses a field that reads a segment or a metric that does not exist, naming the point', () => {
    expect(templateProblems('{tourists.churned}', ['regulars'])).toEqual(['"tourists" is not a segment of this scenario']);
    expect(templateProblems('{regulars.mood}', ['regulars'])[0]).toMatch(/^"mood" is not a metric/);
    expect(templateProblems('{regulars.nps|fancy}', ['regulars'])[0]).toMatch(/^"fancy" is not a format/);
    const { file } = loadScenario('coffee-chain');
    const broken = { ...file, decisionPoints: [{ ...file.decisionPoints[0]!, prompt: 'Why did {tourists.churned} leave?' }] };
    expect(() => resolveScenario(broken, loadRelationships(), 'broken.yaml')).toThrow(ContentError);
    try {
      resolveScenario(broken, loadRelationships(), 'broken.yaml');
    } catch (error) {
      expect((error as ContentError).problems).toContain('broken.yaml: decisionPoints[0].prompt: "tourists" is not a segment of this scenario');
    }
  });
});
