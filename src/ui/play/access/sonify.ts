// Hearing a chart: its values as a short sweep of tones (higher is more), one after another, with
// plain Web Audio (an oscillator and a gain envelope per tone; no library). Off until the player
// turns sounds on. Missing values are a short silence.
const TONE_MS = 140;
const LOW_HZ = 220;
const HIGH_HZ = 880;
let context: AudioContext | null = null;

/** Frequencies for `values` on a musical (logarithmic) scale from LOW_HZ to HIGH_HZ. */
export function toneFrequencies(values: readonly (number | null)[]): (number | null)[] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    const t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
    return LOW_HZ * (HIGH_HZ / LOW_HZ) ** t;
  });
}

/** Plays `values` as tones; resolves when the sweep has ended. At most 24 tones (longer series are sampled). */
export async function playSweep(values: readonly (number | null)[]): Promise<void> {
  const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) throw new Error('This browser cannot play sounds.');
  context ??= new Ctor();
  if (context.state === 'suspended') await context.resume();
  const step = Math.max(1, Math.ceil(values.length / 24));
  const sampled = values.filter((_, i) => i % step === 0 || i === values.length - 1);
  const start = context.currentTime + 0.05;
  toneFrequencies(sampled).forEach((hz, i) => {
    if (hz === null || !context) return;
    const at = start + (i * TONE_MS) / 1000;
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'triangle';
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.18, at + 0.015);
    gain.gain.linearRampToValueAtTime(0, at + (TONE_MS * 0.85) / 1000);
    osc.connect(gain).connect(context.destination);
    osc.start(at);
    osc.stop(at + TONE_MS / 1000);
  });
  await new Promise((resolve) => window.setTimeout(resolve, sampled.length * TONE_MS + 80));
}
