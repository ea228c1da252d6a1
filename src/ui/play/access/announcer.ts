// One announcement queue for the play page (PhET's utterance queue, in small): short messages are
// written one at a time to the page's polite live region, at least GAP_MS apart so that none is
// cut off; a message with the key of one still waiting replaces it (a slider dragged through ten
// values is announced once, at the value it stops on), and each waits QUIET_MS for its key to
// settle. With voicing on, each message is also spoken with the browser's speech synthesis.
import { preferences } from './preferences';

const GAP_MS = 900;
const QUIET_MS = 350;

interface Pending {
  readonly key: string;
  text: string;
  ready: number;
}

export interface Announcer {
  /** Queues `text`; an earlier message with the same key that has not been said yet is replaced. */
  say(text: string, key?: string): void;
  /** Drops everything not yet said. */
  clear(): void;
  destroy(): void;
}

function speak(text: string): void {
  if (!preferences().voicing || typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return;
  speechSynthesis.cancel();
  speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

export function createAnnouncer(region: () => HTMLElement | null = () => document.getElementById('announcer')): Announcer {
  const queue: Pending[] = [];
  let timer: number | undefined;
  let lastSaid = 0;
  let serial = 0;

  const schedule = () => {
    window.clearTimeout(timer);
    const next = queue[0];
    if (!next) return;
    const at = Math.max(next.ready, lastSaid + GAP_MS);
    timer = window.setTimeout(flush, Math.max(0, at - Date.now()));
  };

  function flush(): void {
    const next = queue.shift();
    if (!next) return;
    const el = region();
    if (el) {
      // A fresh text node each time, so a repeated message is announced again.
      el.textContent = '';
      el.append(document.createTextNode(next.text));
      el.dataset.serial = String(++serial);
    }
    speak(next.text);
    lastSaid = Date.now();
    schedule();
  }

  return {
    say(text: string, key = `once-${serial++}`) {
      const ready = Date.now() + QUIET_MS;
      const waiting = queue.find((p) => p.key === key);
      if (waiting) {
        waiting.text = text;
        waiting.ready = ready;
      } else queue.push({ key, text, ready });
      schedule();
    },
    clear() {
      queue.length = 0;
      window.clearTimeout(timer);
    },
    destroy() {
      queue.length = 0;
      window.clearTimeout(timer);
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    },
  };
}
