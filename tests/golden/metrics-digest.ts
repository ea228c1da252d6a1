// One SHA-256 over every reported metric of a run, so goldens also catch changes in reporting.
import { hashJson, type Json, type SimulationOutput } from '../../src/engine';

export function metricsDigest(out: SimulationOutput): string {
  return hashJson(out.months.map((m) => ({ total: m.total, segments: m.segments })) as unknown as Json);
}
