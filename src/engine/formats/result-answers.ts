// Rechecks the scenario questions a result file says were answered: each question at most once,
// in a month of the game, with an option the question has, and "correct" as the scenario says.
import type { ResultAnswer } from './result-file';

/** What the verifier needs of a decision point: its id and which options are correct. */
export interface DecisionPointKey {
  readonly id: string;
  readonly options: readonly { readonly id: string; readonly correct: boolean }[];
}

export function checkAnswers(
  answers: readonly ResultAnswer[],
  months: number,
  points: readonly DecisionPointKey[] | undefined,
): { ok: true } | { ok: false; error: string } {
  const seen = new Set<string>();
  for (const answer of answers) {
    if (seen.has(answer.point)) return { ok: false, error: `The question "${answer.point}" is answered more than once.` };
    seen.add(answer.point);
    if (answer.month > months) return { ok: false, error: `The answer to "${answer.point}" is dated month ${answer.month}, after the game's last month (${months}).` };
    if (!points) continue;
    const point = points.find((p) => p.id === answer.point);
    if (!point) return { ok: false, error: `The scenario has no question "${answer.point}".` };
    const option = point.options.find((o) => o.id === answer.option);
    if (!option) return { ok: false, error: `The question "${answer.point}" has no option "${answer.option}".` };
    if (option.correct !== answer.correct) {
      return { ok: false, error: `The answer "${answer.option}" to "${answer.point}" is marked ${answer.correct ? 'correct' : 'wrong'}, but it is ${option.correct ? 'correct' : 'wrong'}.` };
    }
  }
  return { ok: true };
}
