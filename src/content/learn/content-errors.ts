// Content problems as data: every error names the file, the field path and what was expected,
// and formats as one readable line (used by the build, the tests and the Vite plugin).
import * as v from 'valibot';

export interface ContentError {
  /** Path of the file relative to the project root, e.g. `content/questions/seven-types.yaml`. */
  readonly file: string;
  /** Field path inside the file, e.g. `[3].options[1].correct`; empty for whole-file problems. */
  readonly field: string;
  /** What was expected, as a sentence fragment starting in lower case. */
  readonly message: string;
}

export function contentError(file: string, field: string, message: string): ContentError {
  return { file, field, message };
}

export function formatContentError(error: ContentError): string {
  return error.field === ''
    ? `${error.file}: ${error.message}`
    : `${error.file}: field "${error.field}": ${error.message}`;
}

export function formatContentErrors(errors: readonly ContentError[]): string {
  const lines = errors.map((e) => `  - ${formatContentError(e)}`);
  const noun = errors.length === 1 ? 'problem' : 'problems';
  return `The learning content has ${errors.length} ${noun}:\n${lines.join('\n')}`;
}

/** Joins valibot path keys as `a.b[2].c`, prefixed by `prefix` (e.g. `[4]` for a list item). */
export function fieldPath(keys: readonly unknown[], prefix = ''): string {
  let out = prefix;
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

type AnyIssue = v.BaseIssue<unknown>;

/** Turns one valibot issue into a clear "expected …" message. */
export function describeIssue(issue: AnyIssue): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return `unknown field (check its spelling; allowed fields are listed in docs/learn-content-format.md)`;
  }
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if ((issue.type === 'object' || issue.type === 'strict_object') && issue.received === 'undefined') {
    return 'this field is required';
  }
  if (issue.kind === 'schema' && issue.received === 'undefined') {
    return `this field is required (expected ${readableExpected(issue.expected)})`;
  }
  if (issue.kind === 'schema') {
    return `expected ${readableExpected(issue.expected)}, got ${issue.received}`;
  }
  return issue.message;
}

function readableExpected(expected: string | null): string {
  switch (expected) {
    case 'string': return 'text';
    case 'number': return 'a number';
    case 'boolean': return 'true or false';
    case 'Array': return 'a list';
    case 'Object': return 'a mapping of fields';
    case null: return 'a valid value';
    default: return expected;
  }
}

/** Converts valibot issues to content errors for `file`, with every path prefixed by `prefix`. */
export function issuesToErrors(file: string, issues: readonly AnyIssue[], prefix = ''): ContentError[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key);
    return contentError(file, fieldPath(keys, prefix), describeIssue(issue));
  });
}
