// Turns the first valibot issue of a failed parse into one readable sentence naming the field,
// for the challenge-code and result-file boundaries.
import type { BaseIssue } from 'valibot';

export function firstIssue(issues: readonly BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'the data does not have the expected shape';
  const keys = (issue.path ?? []).map((item) => String(item.key));
  const path = keys.reduce((acc, key) => (/^\d+$/.test(key) ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
  return path ? `${path}: ${issue.message}` : issue.message;
}
