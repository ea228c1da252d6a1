// The `rapport` command line: a table of commands over the engine and content.
import { describeFailure, UsageError } from './cli-io';
import { runMonteCarlo, runSimulate } from './simulate-command';
import { runChallenge } from './challenge-command';
import { runDebrief } from './debrief-command';
import { runVerify } from './verify-command';
import { visibleText } from '../engine';

/** Every line printed shows control and bidirectional characters as escapes (codes and files are untrusted). */
const safe = (text: string): string => text.split('\n').map(visibleText).join('\n');

type Command = (argv: string[]) => string | Promise<string> | { output: string; status: number } | Promise<{ output: string; status: number }>;

const commands: Record<string, Command> = {
  simulate: runSimulate,
  montecarlo: runMonteCarlo,
  challenge: runChallenge,
  debrief: runDebrief,
  verify: runVerify,
};

const USAGE = `usage: rapport COMMAND [options]
  simulate   --scenario ID|FILE --seed S [--plan FILE] [--months N] [--json]
  montecarlo --scenario ID|FILE --plan FILE --seeds N [--json]
  debrief    --scenario ID|FILE --plan FILE --seed S [--months N] [--markets N] [--json]
  challenge  create --scenario ID --seed S [--months N] [--title T] [--instructions I] [--goal METRIC>=VALUE …] [--variants] [--attempts N]
  challenge  show CODE | play CODE --plan FILE [--answers FILE] [--name NAME] [--id ID] --out RESULT [--code]
  challenge  scorm CODE --out FILE.zip [--scorm2004] [--dist DIR]
  verify     FILE|FOLDER… [--list FILE] [--challenge CODE|FILE] [--roster CSV] [--csv OUT] [--students OUT]
             [--moodle OUT] [--canvas OUT] [--grade-item NAME] [--decimal-comma] [--json]`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}" (try: ${Object.keys(commands).join(', ')})`);
    const result = await command(rest);
    if (typeof result === 'string') {
      process.stdout.write(`${safe(result)}\n`);
      return 0;
    }
    process.stdout.write(`${safe(result.output)}\n`);
    return result.status;
  } catch (error) {
    const message = error instanceof TypeError && /parseArgs|option/i.test(error.message) ? error.message : null;
    const failure = message ? { message, status: 2 } : describeFailure(error);
    process.stderr.write(`rapport ${safe(name)}: ${safe(failure.message)}\n`);
    return failure.status;
  }
}

main(process.argv.slice(2)).then((status) => { process.exitCode = status; });
