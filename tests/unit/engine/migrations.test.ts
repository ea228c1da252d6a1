// The shared migration runner: old data is lifted one version at a time, and a gap is named.
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/engine/formats/migrations';

const migrations = {
  1: (d: unknown) => ({ ...(d as object), renamed: (d as { old: number }).old }),
  2: (d: unknown) => ({ ...(d as object), added: true }),
};

describe('applyMigrations', () => {
  it('applies each step from the data’s version up to the current one, in order', () => {
    expect(applyMigrations({ old: 5 }, 1, 3, migrations)).toEqual({ ok: true, value: { old: 5, renamed: 5, added: true } });
    expect(applyMigrations({ old: 5 }, 2, 3, migrations)).toEqual({ ok: true, value: { old: 5, added: true } });
    expect(applyMigrations({ old: 5 }, 3, 3, migrations)).toEqual({ ok: true, value: { old: 5 } });
  });

  it('stamps each step’s version when the format carries it inside the data', () => {
    expect(applyMigrations({ version: 1, old: 1 }, 1, 3, migrations, true)).toEqual({ ok: true, value: { version: 3, old: 1, renamed: 1, added: true } });
  });

  it('names the first version with no way forward', () => {
    expect(applyMigrations({}, 1, 4, migrations)).toEqual({ ok: false, missingFrom: 3 });
  });
});
