// The one number formatter: the same text in every browser and in Node, whatever the locale.
import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, formatNumber, formatPercent, formatSigned } from '../../../src/engine';

describe('format', () => {
  it('money: currency symbol, thousands separators, whole units unless cents are asked for', () => {
    expect(formatMoney(8300.4, 'USD')).toBe('$8,300');
    expect(formatMoney(-1234567.891, 'EUR')).toBe('-€1,234,568');
    expect(formatMoney(12.5, 'GBP', { cents: true })).toBe('£12.50');
    expect(formatMoney(950, 'CHF')).toBe('CHF 950');
    expect(formatMoney(-0.2, 'USD')).toBe('$0');
  });

  it('counts, numbers and percentages', () => {
    expect(formatCount(1234.6)).toBe('1,235');
    expect(formatCount(999)).toBe('999');
    expect(formatNumber(-3.14159, 2)).toBe('-3.14');
    expect(formatPercent(0.1234)).toBe('12%');
    expect(formatPercent(0.1234, 1)).toBe('12.3%');
    expect(formatCount(Number.NaN)).toBe('–');
  });

  it('signed differences: + or -, and no sign on zero', () => {
    expect(formatSigned(412)).toBe('+412');
    expect(formatSigned(-8300, (v) => formatMoney(v, 'USD'))).toBe('-$8,300');
    expect(formatSigned(0.3)).toBe('0');
    expect(formatSigned(-0.02, (v) => formatPercent(v, 1))).toBe('-2.0%');
  });
});
