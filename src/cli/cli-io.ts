// Shared command-line plumbing: usage errors, reading JSON files, one-line failures.
import { readFileSync, statSync } from 'node:fs';
import { ContentError } from '../content/issues';
import { InvalidInputError } from '../engine';

/** A failure the user caused: printed as one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const MAX_JSON_BYTES = 20_000_000;

export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    if (statSync(path).size > MAX_JSON_BYTES) throw new UsageError(`${path}: the ${what} file is larger than 20 MB`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: cannot read the ${what} file`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${path}: the ${what} file is not valid JSON`);
  }
}

/** Turns any error into the one line the user sees (no stack traces) and its exit status. */
export function describeFailure(error: unknown): { message: string; status: number } {
  if (error instanceof ContentError) return { message: error.problems[0] ?? error.message, status: 2 };
  if (error instanceof UsageError || error instanceof InvalidInputError) return { message: error.message, status: 2 };
  return { message: `unexpected failure: ${error instanceof Error ? error.message : String(error)}`, status: 3 };
}
