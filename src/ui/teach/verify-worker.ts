// A Web Worker of the verifier's pool: replays each result file, result code or short code it is
// sent against the shipped scenarios (sent once at start), reading QR codes from images first,
// and replies with the verdict. The decoding is bounded, so no input can stall it for long.
import jsQR from 'jsqr';
import { looksLikeShortResult, verifyResult, verifyShortResult, type ScenarioForVerify, type Verdict } from '../../engine';
import type { VerifyInput, VerifyReply, VerifyRequest } from './verify-protocol';

const scenarios = new Map<string, ScenarioForVerify>();
const resolve = (id: string) => scenarios.get(id);
const rejected = (reason: string): Verdict => ({ status: 'rejected', reason, player: null, challengeTitle: null });

/** The text of the QR code in an image (a phone screenshot), or null. */
async function qrText(blob: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(blob);
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  const pixels = context.getImageData(0, 0, width, height);
  return jsQR(pixels.data, width, height)?.data ?? null;
}

async function verdictOf(input: VerifyInput, expected: string | undefined): Promise<Verdict> {
  let value: ArrayBuffer | string;
  if (input.kind === 'image') {
    let text: string | null;
    try {
      text = await qrText(input.blob);
    } catch {
      return rejected('The image cannot be read.');
    }
    if (text === null) return rejected('No QR code was found in the image: take the screenshot with the whole code in view.');
    value = text.trim().replace(/^.*[?&#]r=/, '');
  } else value = input.kind === 'bytes' ? input.bytes : input.text;
  if (typeof value === 'string' && looksLikeShortResult(value)) return verifyShortResult(value, resolve, expected);
  return verifyResult(value, resolve, { expectedChallenge: expected });
}

self.onmessage = (event: MessageEvent<VerifyRequest>) => {
  const message = event.data;
  if (message.type === 'init') {
    for (const s of message.scenarios) scenarios.set(s.scenario.id, s);
    return;
  }
  const t0 = performance.now();
  void verdictOf(message.input, message.expectedChallenge).then((verdict) => {
    const reply: VerifyReply = { type: 'verdict', id: message.id, verdict, ms: performance.now() - t0 };
    (self as unknown as Worker).postMessage(reply);
  });
};
