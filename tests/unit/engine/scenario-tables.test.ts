// The per-type tables the monthly loops read must say what the scenario says, by type index.
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../src/engine';
import { scenarioTables } from '../../../src/engine/model/scenario-tables';
import { shipped } from './helpers';

const index = (id: (typeof RELATIONSHIP_TYPES)[number]): number => RELATIONSHIP_TYPES.indexOf(id);

describe('scenario tables', () => {
  const coffee = shipped('coffee-chain');
  const tables = scenarioTables(coffee);

  it('index every type like RELATIONSHIP_TYPES', () => {
    RELATIONSHIP_TYPES.forEach((id, k) => {
      expect(tables.types[k]).toBe(coffee.types[id]);
      expect(tables.acquisitionShare[k]).toBe(coffee.types[id].motivations.acquisition);
    });
    expect(tables.automated).toBe(index('automated-services'));
  });

  it('list dedicated personal assistance as meeting the expectation of personal assistance, and nothing else', () => {
    expect(tables.satisfiedBy[index('personal-assistance')]).toEqual([index('dedicated-personal-assistance')]);
    const others = RELATIONSHIP_TYPES.filter((id) => id !== 'personal-assistance');
    for (const id of others) expect(tables.satisfiedBy[index(id)]).toEqual([]);
  });

  it('give 0 for a preference or expectation the segment leaves out', () => {
    const offices = tables.segments[coffee.segments.findIndex((s) => s.id === 'offices')]!;
    // coffee-chain.yaml's offices: preferences name four types; expectations only personal assistance (0.6).
    expect(offices.preferences[index('dedicated-personal-assistance')]).toBe(1);
    expect(offices.preferences[index('transactional')]).toBe(0);
    expect(offices.expectations[index('personal-assistance')]).toBe(0.6);
    expect(Array.from(offices.expectations).filter((x) => x !== 0)).toEqual([0.6]);
  });

  it('are built once per scenario', () => {
    expect(scenarioTables(coffee)).toBe(tables);
  });
});
