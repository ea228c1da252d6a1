// `challenge create|show|play`: make a challenge code and its link, read one back, and play one
// with a plan file to produce a result file (for rehearsing a class or testing the verifier).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadScenario, scenarioIds } from '../content/scenario/load-node';
import {
  buildResultFile, CHALLENGE_VERSION, challengeLink, challengeScenarioProblem, decodeChallenge, encodeChallenge, encodeResultCode, ENGINE_VERSION, GOAL_METRICS,
  MAX_MONTHS, playAnswering, planError, resolveMarket, resultFileJson, scenarioHash, type Answerer, type Challenge, type Goal, type GoalMetric, type Plan,
} from '../engine';
import { readJsonFile, UsageError } from './cli-io';
import { runScorm } from './scorm-command';

const USAGE = `usage:
  rapport challenge create --scenario ID --seed S [--months N] [--title T] [--instructions I]
                           [--goal [SEGMENT:]METRIC>=VALUE[@WEIGHT] …] [--variants] [--attempts N] [--base URL] [--json]
  rapport challenge show CODE [--json]
  rapport challenge play CODE --plan FILE [--answers FILE] [--name NAME] [--id STUDENT_ID] --out RESULT.json [--code]
  rapport challenge scorm CODE --out FILE.zip [--scorm2004] [--dist DIR]`;

function shippedScenario(id: string) {
  if (!scenarioIds().includes(id)) throw new UsageError(`no shipped scenario "${id}": challenges use the scenarios the app ships (${scenarioIds().join(', ')})`);
  return loadScenario(id);
}

function wholeNumber(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** Parses `regulars:finalNps>=30@2` into a goal. */
export function parseGoal(text: string, index: number): Goal {
  const match = /^(?:([a-z0-9-]+):)?([A-Za-z]+)\s*>=\s*(-?[\d.]+(?:e[-+]?\d+)?)(?:@([\d.]+))?$/.exec(text.trim());
  if (!match) throw new UsageError(`--goal "${text}": expected [SEGMENT:]METRIC>=VALUE[@WEIGHT], e.g. cumulativeProfit>=60000 or regulars:finalNps>=30`);
  const [, segment, metric, value, weight] = match;
  if (!(GOAL_METRICS as readonly string[]).includes(metric!)) throw new UsageError(`--goal "${text}": unknown metric "${metric}" (known: ${GOAL_METRICS.join(', ')})`);
  const target = Number(value);
  const w = weight === undefined ? 1 : Number(weight);
  if (!Number.isFinite(target)) throw new UsageError(`--goal "${text}": the target is not a number`);
  if (!(w > 0 && w <= 100)) throw new UsageError(`--goal "${text}": the weight must be above 0 and at most 100`);
  const where = segment ? ` (${segment})` : '';
  return { id: `goal-${index + 1}`, label: `${metric}${where} of at least ${target}`, metric: metric as GoalMetric, ...(segment ? { segment } : {}), target, weight: w };
}

function create(argv: string[]): string {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string' }, seed: { type: 'string' }, months: { type: 'string' }, title: { type: 'string' }, instructions: { type: 'string' },
      goal: { type: 'string', multiple: true }, variants: { type: 'boolean' }, attempts: { type: 'string' }, base: { type: 'string' }, json: { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.scenario) throw new UsageError('challenge create needs --scenario ID');
  if (!values.seed) throw new UsageError('challenge create needs --seed S (any text; the same seed gives the same market)');
  const { file, scenario } = shippedScenario(values.scenario);
  const goals = values.goal?.length ? values.goal.map(parseGoal) : (file.goals as readonly Goal[]);
  const challenge: Challenge = {
    version: CHALLENGE_VERSION,
    engineVersion: ENGINE_VERSION,
    scenario: { id: scenario.id, hash: scenarioHash(scenario) },
    seed: values.seed,
    months: wholeNumber(values.months, 'months', 1, MAX_MONTHS) ?? scenario.months,
    goals,
    rules: { attempts: wholeNumber(values.attempts, 'attempts', 1, 99) ?? null, perStudentVariants: values.variants ?? false },
    title: values.title ?? scenario.title,
    instructions: values.instructions ?? '',
    roster: null,
  };
  const problem = challengeScenarioProblem(challenge, scenario);
  if (problem) throw new UsageError(problem);
  const code = encodeChallenge(challenge);
  if (!code.ok) throw new UsageError(code.error);
  const relative = challengeLink(code.value);
  const link = values.base ? challengeLink(code.value, values.base) : `https://HOST/${relative}`;
  if (values.json) return JSON.stringify({ code: code.value, link, relativeLink: relative, challenge }, null, 2);
  return [
    `Challenge: ${challenge.title}`,
    `Code: ${code.value}`,
    `Link: ${link}${values.base ? '' : '   (replace HOST with where Rapport is published, or pass --base URL)'}`,
    `Relative link: ${relative}`,
  ].join('\n');
}

function describeGoal(g: Goal): string {
  return `  - ${g.label} [${g.segment ? `${g.segment}:` : ''}${g.metric} >= ${g.target}, weight ${g.weight}]`;
}

function show(argv: string[]): string {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('challenge show needs exactly one CODE (or link)');
  const decoded = decodeChallenge(positionals[0]);
  if (!decoded.ok) throw new UsageError(decoded.error);
  const c = decoded.value;
  let status = '';
  if (!scenarioIds().includes(c.scenario.id)) status = `not shipped with this version of Rapport`;
  else {
    const problem = challengeScenarioProblem(c, loadScenario(c.scenario.id).scenario);
    status = problem ?? 'matches the shipped scenario';
  }
  if (values.json) return JSON.stringify({ challenge: c, scenarioStatus: status }, null, 2);
  return [
    `Title: ${c.title}`,
    ...(c.instructions ? ['Instructions:', ...c.instructions.split('\n').map((l) => `  ${l}`)] : []),
    `Scenario: ${c.scenario.id} (content hash ${c.scenario.hash}: ${status})`,
    `Seed: ${c.seed}`,
    `Months: ${c.months}`,
    `Goals:`,
    ...c.goals.map(describeGoal),
    `Attempts: ${c.rules.attempts ?? 'unlimited'}`,
    `Per-student variants: ${c.rules.perStudentVariants ? 'yes (each name gets its own market)' : 'no (everyone plays the same market)'}`,
    `Engine version: ${c.engineVersion}${c.engineVersion === ENGINE_VERSION ? '' : ` (this is ${ENGINE_VERSION})`}`,
  ].join('\n');
}

/**
 * Reads `--answers FILE`: JSON, either {"QUESTION": "OPTION", …} or [{"point": …, "option": …}, …];
 * each question that fires is answered from it.
 */
function readAnswers(path: string): Answerer {
  const data = readJsonFile(path, 'answers');
  const given = new Map<string, string>();
  const bad = () => new UsageError(`${path}: expected {"QUESTION": "OPTION", …} or [{"point": "QUESTION", "option": "OPTION"}, …]`);
  if (Array.isArray(data)) {
    for (const entry of data) {
      const { point, option } = (entry ?? {}) as { point?: unknown; option?: unknown };
      if (typeof point !== 'string' || typeof option !== 'string') throw bad();
      given.set(point, option);
    }
  } else if (typeof data === 'object' && data !== null) {
    for (const [point, option] of Object.entries(data)) {
      if (typeof option !== 'string') throw bad();
      given.set(point, option);
    }
  } else throw bad();
  return (point) => given.get(point.id) ?? null;
}

function play(argv: string[]): string {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { plan: { type: 'string' }, answers: { type: 'string' }, name: { type: 'string' }, id: { type: 'string' }, out: { type: 'string' }, code: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('challenge play needs exactly one CODE (or link)');
  if (!values.plan) throw new UsageError('challenge play needs --plan FILE');
  if (!values.out) throw new UsageError('challenge play needs --out RESULT.json');
  const decoded = decodeChallenge(positionals[0]);
  if (!decoded.ok) throw new UsageError(decoded.error);
  const challenge = decoded.value;
  const { file, scenario, points } = shippedScenario(challenge.scenario.id);
  const plan = readJsonFile(values.plan, 'plan') as Plan;
  if (typeof plan !== 'object' || plan === null) throw new UsageError(`${values.plan}: the plan must be a JSON object`);
  const planProblem = planError(scenario, plan, challenge.months);
  if (planProblem) throw new UsageError(`${values.plan}: ${planProblem}`);
  // With a roster, --id picks the student (their roster name unless --name is given).
  const student = values.id !== undefined ? challenge.roster?.find((s) => s.id.toLowerCase() === values.id!.trim().toLowerCase()) : undefined;
  if (values.id !== undefined && challenge.roster && !student) throw new UsageError(`--id "${values.id}" is not on the challenge's roster`);
  const market = resolveMarket({ scenario, goals: file.goals, points, challengeCode: positionals[0], player: values.name ?? student?.name ?? '', playerId: student?.id ?? values.id });
  if (!market.ok) throw new UsageError(market.error);
  const answer = values.answers ? readAnswers(values.answers) : () => null;
  const played = playAnswering(market.value, plan, answer);
  if (!played.ok) throw new UsageError(`${played.error}${values.answers ? ` in ${values.answers}` : ': pass --answers FILE'}`);
  const result = buildResultFile({ market: market.value, moves: played.value.moves, mode: 'attempt', playerId: student?.id ?? values.id });
  try {
    writeFileSync(values.out, resultFileJson(result));
  } catch {
    throw new UsageError(`${values.out}: cannot write the result file`);
  }
  const met = result.final.score.goals.filter((g) => g.met).length;
  const answers = played.value.state.answers;
  const lines = [`Wrote ${values.out}: ${result.player || 'anonymous'} scored ${result.final.score.points} (goals met ${met} of ${result.final.score.goals.length}; questions answered well ${answers.filter((a) => a.correct).length} of ${answers.length}).`];
  if (values.code) lines.push(`Result code: ${encodeResultCode(result)}`);
  return lines.join('\n');
}

export function runChallenge(argv: string[]): string {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'create': return create(rest);
    case 'show': return show(rest);
    case 'play': return play(rest);
    case 'scorm': return runScorm(rest);
    default: throw new UsageError(sub ? `unknown challenge command "${sub}"\n${USAGE}` : USAGE);
  }
}
