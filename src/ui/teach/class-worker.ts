// The verifier's class worker: keeps every verdict of the batch and computes what needs all of
// them (attempts, identities against the roster, likely copies, the CSV exports, a student's
// timeline) away from the page, so a class of 10,000 never blocks it.
import {
  canvasCsv, classCsv, classReport, moodleCsv, studentsCsv, studentTimeline,
  type ClassRow, type NamedVerdict, type RosterEntry, type ScenarioForVerify,
} from '../../engine';
import type { ClassReply, ClassRequest } from './verify-protocol';

const scenarios = new Map<string, ScenarioForVerify>();
const entries: NamedVerdict[] = [];
let roster: readonly RosterEntry[] | null = null;
let gradeItem = 'Rapport';
let cached: { count: number; rows: ClassRow[]; copies: ReturnType<typeof classReport>['copies'] } | null = null;

const post = (reply: ClassReply) => (self as unknown as Worker).postMessage(reply);

function report() {
  if (!cached || cached.count !== entries.length) {
    const r = classReport(entries, { roster });
    cached = { count: entries.length, rows: r.rows, copies: r.copies };
  }
  return cached;
}

self.onmessage = (event: MessageEvent<ClassRequest>) => {
  const m = event.data;
  switch (m.type) {
    case 'init':
      for (const s of m.scenarios) scenarios.set(s.scenario.id, s);
      return;
    case 'add':
      entries.push({ name: m.name, verdict: m.verdict });
      return;
    case 'clear':
      entries.length = 0;
      cached = null;
      return;
    case 'roster':
      roster = m.roster;
      gradeItem = m.gradeItem;
      cached = null;
      return;
    case 'report': {
      const { rows, copies } = report();
      post({ type: 'report', id: m.id, rows: rows.map(({ result: _result, ...row }) => row), copies });
      return;
    }
    case 'export': {
      const { rows } = report();
      const style = m.decimalComma ? 'comma' : 'point';
      const text = m.kind === 'class' ? classCsv(rows, style) : m.kind === 'students' ? studentsCsv(rows, roster, style) : m.kind === 'moodle' ? moodleCsv(rows, roster, gradeItem) : canvasCsv(rows, roster, gradeItem);
      post({ type: 'export', id: m.id, text });
      return;
    }
    case 'timeline': {
      const row = report().rows[m.row];
      const resolved = row?.result ? scenarios.get(row.result.scenarioId) : undefined;
      if (!row?.result || !resolved) {
        post({ type: 'timeline', id: m.id, student: row?.student ?? '', months: [], error: 'This row has no verified game to show.' });
        return;
      }
      const t = studentTimeline(row.result, resolved);
      post({ type: 'timeline', id: m.id, student: row.student, months: t.ok ? t.months : [], error: t.ok ? null : t.error });
    }
  }
};
