// Reading a typed amount of money: whole cents, zero or more, at most a limit (the month's budget),
// with a sentence saying what is wrong otherwise. Thousands separators and the currency sign are
// accepted ("$1,200.50"); amounts are shown with their cents when they have some.
import { formatMoney } from '../../../engine';

/** An amount in cents as money, with its cents only when it has some: "$1,200", "$12.35". */
export function centsText(cents: number, currency: string): string {
  return formatMoney(cents / 100, currency, { cents: Math.round(cents) % 100 !== 0 });
}

export type AmountRead = { readonly ok: true; readonly cents: number } | { readonly ok: false; readonly error: string };

export function readAmount(text: string, maxCents: number, currency: string): AmountRead {
  const money = (cents: number) => centsText(cents, currency);
  // Spaces, thousands separators and a leading currency sign are fine; letters are not.
  const cleaned = text.trim().replace(/[\s,]/g, '').replace(/^[$€£¥]/, '');
  if (cleaned === '') return { ok: true, cents: 0 };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return { ok: false, error: `Enter an amount such as ${money(25000)} or ${money(9950)}.` };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, error: `Enter an amount such as ${money(25000)}.` };
  if (value < 0) return { ok: false, error: 'Enter an amount of 0 or more.' };
  const cents = value * 100;
  if (Math.abs(cents - Math.round(cents)) > 1e-6 * Math.max(1, cents)) {
    return { ok: false, error: `Amounts are in whole cents: use at most two decimals (for example ${money(Math.round(cents))}).` };
  }
  if (Math.round(cents) > maxCents) return { ok: false, error: `At most ${money(maxCents)}, this month's budget.` };
  return { ok: true, cents: Math.round(cents) };
}
