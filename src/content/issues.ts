// Turns schema issues into one readable line per problem: "FILE: field.path: what was expected".
import type { BaseIssue } from 'valibot';
import { issuePath } from '../engine';

export { issuePath };

export function describeIssue(file: string, issue: BaseIssue<unknown>): string {
  const path = issuePath(issue);
  return `${file}: ${path || '(top level)'}: ${issue.message}`;
}

/** A content file that failed validation; `problems` has one line per issue. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}
