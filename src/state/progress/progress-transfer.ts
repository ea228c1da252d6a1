// Export and import of progress as a JSON file: the file names its format and version, and an
// import is fully validated (and migrated) before anything already saved is replaced.
import { migrateProgress, PROGRESS_VERSION } from './progress-migrations';
import type { ProgressData } from './progress-schema';

export const PROGRESS_FILE_FORMAT = 'rapport-progress';

export interface ProgressFile {
  readonly format: typeof PROGRESS_FILE_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly progress: ProgressData;
}

export function exportProgressFile(data: ProgressData, now: number): string {
  const file: ProgressFile = { format: PROGRESS_FILE_FORMAT, version: PROGRESS_VERSION, exportedAt: new Date(now).toISOString(), progress: data };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function progressFileName(now: number): string {
  return `rapport-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; data: ProgressData } | { ok: false; message: string };

/** Reads an exported progress file; on failure the message says what is wrong in a sentence. */
export function parseProgressFile(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so it cannot be a Rapport progress file. Nothing was changed.' };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== PROGRESS_FILE_FORMAT) {
    return { ok: false, message: `This is not a Rapport progress file (it should contain "format": "${PROGRESS_FILE_FORMAT}"). Nothing was changed.` };
  }
  const { version, progress } = parsed as { version?: unknown; progress?: unknown };
  if (typeof version !== 'number') {
    return { ok: false, message: 'This progress file has no version number, so it cannot be read safely. Nothing was changed.' };
  }
  if (progress === undefined) {
    return { ok: false, message: 'This progress file has no "progress" section. Nothing was changed.' };
  }
  const migrated = migrateProgress(progress, version);
  if (!migrated.ok) return { ok: false, message: `This progress file cannot be imported because ${migrated.problem}. Nothing was changed.` };
  return { ok: true, data: migrated.data };
}
