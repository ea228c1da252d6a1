// The player's sound and voicing choices on the play page (off by default), kept in this browser
// beside the game but not part of it; listeners hear every change.
export interface PlayPreferences {
  /** Charts can be heard as short tone sweeps. */
  readonly sound: boolean;
  /** Announcements are also spoken with the browser's speech synthesis. */
  readonly voicing: boolean;
}

const KEY = 'rapport.play-preferences';
const DEFAULTS: PlayPreferences = { sound: false, voicing: false };
let current: PlayPreferences | null = null;
const listeners = new Set<(p: PlayPreferences) => void>();

function read(): PlayPreferences {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PlayPreferences> | null;
    return { sound: raw?.sound === true, voicing: raw?.voicing === true };
  } catch {
    return DEFAULTS;
  }
}

export function preferences(): PlayPreferences {
  current ??= read();
  return current;
}

export function setPreference<K extends keyof PlayPreferences>(key: K, value: PlayPreferences[K]): void {
  current = { ...preferences(), [key]: value };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage refused: the choice holds for this page only.
  }
  for (const l of listeners) l(current);
}

export function onPreferences(listener: (p: PlayPreferences) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
