// The verifier's class worker: keeps every verdict of the batch and computes what needs all of
// them (attempts, identities against the roster, likely copies, the CSV exports) away from the
// page, so a class of 10,000 never blocks it. It simulates nothing: replays run in the engine
// workers.
import { canvasCsv, classCsv, classReport, moodleCsv, studentsCsv, type ClassRow, type NamedVerdict, type RosterEntry } from '../../engine';
import type { ClassReply, ClassRequest, DebriefGroup } from './class-protocol';

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

/** One game per student (the best of their counted attempts), grouped by the game they played. */
function debriefGroups(rows: readonly ClassRow[]): DebriefGroup[] {
  const best = new Map<string, ClassRow>();
  for (const row of rows) {
    if (!row.counted || !row.result) continue;
    const held = best.get(row.studentKey);
    if (!held || (row.score ?? 0) > (held.score ?? 0)) best.set(row.studentKey, row);
  }
  const groups = new Map<string, DebriefGroup & { entries: DebriefGroup['entries'][number][] }>();
  for (const { result } of best.values()) {
    if (!result) continue;
    const key = result.challengeCode ?? `${result.scenarioId}\u0000${result.seed}\u0000${result.months}`;
    let group = groups.get(key);
    if (!group) {
      group = { challengeCode: result.challengeCode, challengeTitle: result.challengeTitle, scenarioId: result.scenarioId, seed: result.seed, months: result.months, entries: [] };
      groups.set(key, group);
    }
    group.entries.push({
      player: result.player, score: result.score, goals: result.goals, decisions: result.decisions,
      answers: result.answers.map((a) => ({ point: a.point, option: a.option, correct: a.correct })),
    });
  }
  return [...groups.values()].sort((a, b) => b.entries.length - a.entries.length);
}

self.onmessage = (event: MessageEvent<ClassRequest>) => {
  const m = event.data;
  switch (m.type) {
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
    case 'result': {
      const row = report().rows[m.row];
      post({ type: 'result', id: m.id, student: row?.student ?? '', result: row?.result ?? null });
      return;
    }
    case 'debrief':
      post({ type: 'debrief', id: m.id, groups: debriefGroups(report().rows) });
  }
};
