// Web Worker of the verifier page: replays each result file it is sent against the shipped
// scenarios (sent once at start) and replies with the verdict, one file at a time.
import { verifyResult, type ScenarioForVerify } from '../../engine';
import type { VerifyReply, VerifyRequest } from './verify-protocol';

const scenarios = new Map<string, ScenarioForVerify>();

self.onmessage = (event: MessageEvent<VerifyRequest>) => {
  const message = event.data;
  if (message.type === 'init') {
    for (const s of message.scenarios) scenarios.set(s.scenario.id, s);
    return;
  }
  const verdict = verifyResult(message.input, (id) => scenarios.get(id), { expectedChallenge: message.expectedChallenge });
  const reply: VerifyReply = { type: 'verdict', id: message.id, verdict };
  (self as unknown as Worker).postMessage(reply);
};
