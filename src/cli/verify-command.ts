// `verify FILE… [--csv OUT] [--challenge CODE] [--json]`: replays every result file, prints one
// line per file and a summary, optionally writes the class table as CSV; exit status 1 if any
// file is rejected, 2 for usage errors.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadScenario, scenarioIds } from '../content/scenario/load-node';
import { classCsv, classRows, decodeChallenge, MAX_RESULT_SIZE, verifyResult, type NamedVerdict, type ResolveScenario, type ScenarioForVerify, type Verdict } from '../engine';
import { UsageError } from './cli-io';

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

function readResult(path: string): Uint8Array | Verdict {
  const rejected = (reason: string): Verdict => ({ status: 'rejected', reason, player: null, challengeTitle: null });
  try {
    const size = statSync(path).size;
    if (size > MAX_RESULT_SIZE) return rejected(`The file is too large to be a result file (${(size / 1_000_000).toFixed(1)} MB; the limit is ${MAX_RESULT_SIZE / 1_000_000} MB).`);
    return readFileSync(path);
  } catch {
    return rejected('The file cannot be read (it does not exist or is not a file).');
  }
}

function line(entry: NamedVerdict): string {
  const v = entry.verdict;
  if (v.status === 'rejected') return `REJECTED  ${entry.name}${v.player ? ` (${v.player})` : ''}: ${v.reason}`;
  const met = `${v.goalsMet}/${v.goals.length} goals`;
  const answers = v.answersTotal > 0 ? `, answers ${v.answersCorrect} of ${v.answersTotal} good` : '';
  return `VERIFIED  ${entry.name}: ${v.player || 'anonymous'}, score ${v.score}, ${met}${answers}${v.challengeTitle ? `, "${v.challengeTitle}"` : `, free game of ${v.scenarioId}`}`;
}

export function runVerify(argv: string[]): { output: string; status: number } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { csv: { type: 'string' }, challenge: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('verify needs at least one result FILE');
  if (values.challenge !== undefined) {
    const check = decodeChallenge(values.challenge);
    if (!check.ok) throw new UsageError(`--challenge: ${check.error}`);
  }
  const resolve = shippedScenarioResolver();
  const entries: NamedVerdict[] = positionals.map((path) => {
    const input = readResult(path);
    const verdict = input instanceof Uint8Array ? verifyResult(input, resolve, { expectedChallenge: values.challenge }) : input;
    return { name: basename(path), verdict };
  });
  const rows = classRows(entries);
  if (values.csv) {
    try {
      writeFileSync(values.csv, classCsv(rows));
    } catch {
      throw new UsageError(`${values.csv}: cannot write the CSV file`);
    }
  }
  const rejected = entries.filter((e) => e.verdict.status === 'rejected').length;
  const status = rejected > 0 ? 1 : 0;
  if (values.json) return { output: JSON.stringify(rows, null, 2), status };
  const summary = `${entries.length - rejected} verified, ${rejected} rejected${values.csv ? `; class table written to ${values.csv}` : ''}`;
  return { output: [...entries.map(line), summary].join('\n'), status };
}
