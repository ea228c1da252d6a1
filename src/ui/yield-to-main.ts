// Ends the current task so that the browser can paint and handle input before the rest of the work
// runs: a page that builds in several tasks never blocks a phone's main thread for long (the
// "total blocking time" Lighthouse measures). scheduler.yield() where the browser has it (it
// resumes ahead of other queued tasks); otherwise a message to ourselves, which is not throttled
// like setTimeout.

interface Scheduler {
  yield(): Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
