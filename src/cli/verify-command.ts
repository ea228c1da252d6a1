// `verify PATH… [--list FILE] [--challenge CODE|FILE] [--roster CSV] [--csv OUT] [--students OUT]
// [--moodle OUT] [--canvas OUT] [--decimal-comma] [--json]`: replays every result file in the
// files and folders given, prints one line per file, the flags (identity, likely copies) and a
// summary, and writes the CSVs asked for. Everything printed from a file has its control and
// bidirectional characters shown as escapes. Exit status 1 if any file is rejected, 2 for usage errors.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadScenario, scenarioIds } from '../content/scenario/load-node';
import {
  canvasCsv, classCsv, classReport, copyKindText, moodleCsv, parseRoster, readClassFile, studentsCsv, textOfBytes, verifyHandIn, visibleText,
  type ClassFile, type ClassRow, type NamedVerdict, type ResolveScenario, type RosterEntry, type ScenarioForVerify,
} from '../engine';
import { UsageError } from './cli-io';
import { collectItems, readPathList } from './verify-inputs';

/** Resolves shipped scenarios by id (cached), for the verifier. */
export function shippedScenarioResolver(): ResolveScenario {
  const cache = new Map<string, ScenarioForVerify | undefined>();
  return (id) => {
    if (!cache.has(id)) {
      let found: ScenarioForVerify | undefined;
      if (scenarioIds().includes(id)) {
        const { file, scenario, points } = loadScenario(id);
        found = { scenario, goals: file.goals, points };
      }
      cache.set(id, found);
    }
    return cache.get(id);
  };
}

function readText(path: string, what: string): string {
  try {
    if (statSync(path).size > 2_000_000) throw new UsageError(`${what} ${path}: the file is larger than 2 MB`);
    const text = textOfBytes(readFileSync(path));
    if (!text.ok) throw new UsageError(`${what} ${path}: ${text.error}`);
    return text.value;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${what} ${path}: cannot read the file`);
  }
}

/** --challenge: a code, a link, or a file holding one (or a class file from the builder). */
function challengeOption(value: string): ClassFile {
  const text = existsSync(value) && statSync(value).isFile() ? readText(value, '--challenge') : value;
  const read = readClassFile(text);
  if (!read.ok) throw new UsageError(`--challenge: ${visibleText(read.error)}`);
  return read.value;
}

function line(row: ClassRow): string {
  if (row.status === 'rejected') return `REJECTED  ${row.file}${row.student ? ` (${row.student})` : ''}: ${row.reason}`;
  const who = `${row.student || 'anonymous'}${row.studentId ? ` [${row.studentId}]` : ''}`;
  const answers = row.answersTotal ? `, answers ${row.answersCorrect} of ${row.answersTotal} good` : '';
  return `VERIFIED  ${row.file}: ${who}, score ${row.score}, ${row.goalsMet}/${row.goalsTotal} goals${answers}${row.challenge ? `, "${row.challenge}" (code …${row.challengeCode})` : `, free game of ${row.scenario}`}`;
}

function write(path: string | undefined, text: () => string, what: string): string | null {
  if (!path) return null;
  try {
    writeFileSync(path, text());
  } catch {
    throw new UsageError(`${path}: cannot write the ${what}`);
  }
  return `${what} written to ${path}`;
}

export function runVerify(argv: string[]): { output: string; status: number } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      csv: { type: 'string' }, students: { type: 'string' }, moodle: { type: 'string' }, canvas: { type: 'string' }, 'grade-item': { type: 'string' },
      challenge: { type: 'string' }, roster: { type: 'string' }, list: { type: 'string', multiple: true }, 'decimal-comma': { type: 'boolean' }, json: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  const paths = [...positionals, ...(values.list ?? []).flatMap(readPathList)];
  if (paths.length === 0) throw new UsageError('verify needs at least one result FILE or FOLDER (or --list FILE)');
  const bound = values.challenge !== undefined ? challengeOption(values.challenge) : null;
  let roster: readonly RosterEntry[] | null = bound?.roster ?? null;
  if (values.roster) {
    const parsed = parseRoster(readText(values.roster, '--roster'));
    if (!parsed.ok) throw new UsageError(`--roster ${values.roster}: ${visibleText(parsed.error)}`);
    roster = parsed.value.students;
  }
  const resolve = shippedScenarioResolver();
  const entries: NamedVerdict[] = collectItems(paths).map(({ name, input }) => ({
    name,
    verdict: typeof input === 'object' && !(input instanceof Uint8Array) ? input : verifyHandIn(input, resolve, bound?.code),
  }));
  const { rows, copies } = classReport(entries, { roster });
  const style = values['decimal-comma'] ? 'comma' : 'point';
  const item = values['grade-item'] ?? (bound ? `Rapport: ${bound.challenge.title}` : 'Rapport');
  const written = [
    write(values.csv, () => classCsv(rows, style), 'class table'),
    write(values.students, () => studentsCsv(rows, roster, style), 'student table'),
    write(values.moodle, () => moodleCsv(rows, roster, item), 'Moodle gradebook CSV'),
    write(values.canvas, () => canvasCsv(rows, roster, item), 'Canvas gradebook CSV'),
  ].filter((w): w is string => w !== null);
  const rejected = rows.filter((r) => r.status === 'rejected').length;
  const status = rejected > 0 ? 1 : 0;
  if (values.json) return { output: JSON.stringify(rows.map(({ result: _result, ...row }) => row), null, 2), status };
  const flags = rows.flatMap((r, i) => (r.flags ? [`  row ${i + 1} (${r.file}): ${r.flags}`] : []));
  const pairs = copies.map((p) => `  ${rows[p.a]!.file} (${rows[p.a]!.student}) and ${rows[p.b]!.file} (${rows[p.b]!.student}): ${copyKindText(p)}, similarity ${(p.similarity * 100).toFixed(1)}%`);
  const summary = `${rows.length - rejected} verified, ${rejected} rejected${written.length ? `; ${written.join('; ')}` : ''}`;
  const out = [
    ...rows.map(line),
    ...(pairs.length ? [`Possible copies (${pairs.length}; for you to look at, nothing was rejected for it):`, ...pairs] : []),
    ...(flags.length ? ['Notes:', ...flags] : []),
    summary,
  ];
  // Rows are escaped already; the whole text is escaped once more line by line for anything else.
  return { output: out.map(visibleText).join('\n'), status };
}
