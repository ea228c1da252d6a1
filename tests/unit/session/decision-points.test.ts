// Decision points are asked after their month or after the first month their metric crosses the
// threshold (from `fromMonth`), each at most once, and the answers are recorded with the month.
import { describe, expect, it } from 'vitest';
import type { LoadedScenario } from '../../../src/content/scenario/resolve-scenario';
import type { DecisionPoint } from '../../../src/content/scenario/scenario-schema';
import { pointFires } from '../../../src/state/session/decision-points';
import { currentQuestion } from '../../../src/state/session/session-selectors';
import { makeStore } from './helpers';
import type { MonthReport } from '../../../src/engine';

const options = [
  { id: 'yes', text: 'Yes', correct: true, feedback: 'Right.' },
  { id: 'no', text: 'No', correct: false, feedback: 'Not quite.' },
];
const points: DecisionPoint[] = [
  { id: 'at-two', when: { month: 2 }, prompt: 'Month two?', options },
  { id: 'many-customers', when: { metric: 'active', above: 0, fromMonth: 3 }, prompt: 'Customers?', options },
  { id: 'never', when: { metric: 'cash', below: -1e12, fromMonth: 1 }, prompt: 'Never asked', options },
];
const withPoints = (loaded: LoadedScenario): LoadedScenario => ({ ...loaded, file: { ...loaded.file, decisionPoints: points } });

function report(month: number, active: number, segmentActive: number): MonthReport {
  return { month, total: { active } , segments: { regulars: { active: segmentActive } }, events: [], hash: '' } as unknown as MonthReport;
}

describe('decision points', () => {
  it('fire on their month, or on a metric crossing its threshold from fromMonth on, for a segment or the total', () => {
    expect(pointFires(points[0]!, report(1, 10, 10))).toBe(false);
    expect(pointFires(points[0]!, report(2, 10, 10))).toBe(true);
    expect(pointFires(points[1]!, report(2, 10, 10))).toBe(false);
    expect(pointFires(points[1]!, report(3, 10, 10))).toBe(true);
    expect(pointFires(points[1]!, report(3, 0, 10))).toBe(false);
    const segmentBelow: DecisionPoint = { id: 'few', when: { metric: 'active', segment: 'regulars', below: 5, fromMonth: 1 }, prompt: 'Few?', options };
    expect(pointFires(segmentBelow, report(1, 100, 4))).toBe(true);
    expect(pointFires(segmentBelow, report(1, 1, 6))).toBe(false);
  });

  it('are asked after the month they fire, at most once, and the answers are kept with their month', async () => {
    const { store } = makeStore(undefined, withPoints);
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'dp', months: 5 });
    store.getState().beginPlanning();
    const asked: string[] = [];
    for (let month = 1; month <= 5; month++) {
      store.getState().playMonth();
      store.getState().showResults();
      store.getState().continueFromResults();
      while (store.getState().session?.phase === 'question') {
        const q = currentQuestion(store.getState())!;
        asked.push(`${month}:${q.point.id}`);
        expect(store.getState().answerQuestion(month === 2 ? 'yes' : 'no')).toEqual({ ok: true });
        expect(store.getState().answerQuestion('yes')).toEqual({ ok: false, error: 'This question has already been answered.' });
        store.getState().continueFromQuestion();
      }
    }
    expect(asked).toEqual(['2:at-two', '3:many-customers']);
    expect(store.getState().session?.phase).toBe('debrief');
    expect(store.getState().session?.answers).toEqual([
      { point: 'at-two', option: 'yes', month: 2, correct: true },
      { point: 'many-customers', option: 'no', month: 3, correct: false },
    ]);
  });

  it('cannot move past a question before it is answered', async () => {
    const { store } = makeStore(undefined, withPoints);
    await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'dp2', months: 3 });
    store.getState().beginPlanning();
    for (let month = 1; month <= 2; month++) {
      store.getState().playMonth();
      store.getState().showResults();
      store.getState().continueFromResults();
    }
    expect(store.getState().session?.phase).toBe('question');
    store.getState().continueFromQuestion();
    expect(store.getState().session?.phase).toBe('question');
    expect(store.getState().answerQuestion('maybe')).toEqual({ ok: false, error: '"maybe" is not one of the answers to this question.' });
  });
});
