// Typed amounts are whole cents from 0 to the month's budget; anything else gets a sentence saying
// what is wrong, and an amount is shown with cents only when it has some.
import { describe, expect, it } from 'vitest';
import { centsText, readAmount } from '../../../src/ui/play/budget/amounts';

describe('a typed amount', () => {
  it.each([
    ['', 0], ['0', 0], ['12.35', 1235], ['$1,200.50', 120050], [' 2 500 ', 250000], ['0.1', 10], ['2500', 250000],
  ])('reads %j as %i cents', (text, cents) => {
    expect(readAmount(text, 250000, 'USD')).toEqual({ ok: true, cents });
  });

  it.each([
    ['12.345', 'Amounts are in whole cents: use at most two decimals (for example $12.35).'],
    ['1e9', 'At most $2,500, this month\'s budget.'],
    ['2500.01', 'At most $2,500, this month\'s budget.'],
    ['-5', 'Enter an amount of 0 or more.'],
    ['abc', 'Enter an amount such as $250 or $99.50.'],
    ['12..5', 'Enter an amount such as $250 or $99.50.'],
  ])('refuses %j with a sentence', (text, error) => {
    expect(readAmount(text, 250000, 'USD')).toEqual({ ok: false, error });
  });

  it('shows cents only when there are some', () => {
    expect(centsText(120000, 'USD')).toBe('$1,200');
    expect(centsText(1235, 'EUR')).toBe('€12.35');
  });
});
