// One way to turn a valibot issue into words, for every boundary that validates data (challenge
// codes, result files, scenario and lesson files, saved games and progress): "field.path: message".
import type { BaseIssue } from 'valibot';

/** The issue's path as `segments[2].churn` (array indexes in brackets); '' at the top level. */
export function issuePath(issue: BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => String(item.key));
  return keys.reduce((acc, key) => (/^\d+$/.test(key) ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
}

/** The first issue as one phrase naming the field: "segments[2].churn: expected a number". */
export function issueSentence(issues: readonly BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'the data does not have the expected shape';
  const path = issuePath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
