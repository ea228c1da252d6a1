// The one number formatter: money, counts, percentages and signed differences, the same for what
// the screen shows, what is read aloud and the engine's explanations. Pure and locale-independent
// (always "1,234.5"), so a text is identical in every browser and in Node.
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', AUD: 'A$', CAD: 'C$' };

/** Digits of |x| rounded to `decimals`, with thousands separators. */
function digits(x: number, decimals: number): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** True when `x` would print as zero at `decimals` (so it gets no minus sign). */
function printsAsZero(x: number, decimals: number): boolean {
  return Number(Math.abs(x).toFixed(decimals)) === 0;
}

function sign(x: number, decimals: number): string {
  return x < 0 && !printsAsZero(x, decimals) ? '-' : '';
}

export interface MoneyOptions {
  /** Show cents (default: whole units). */
  readonly cents?: boolean;
}

/** "$8,300", "-$1,250", "€12.50" (with `cents`); unknown currencies as "CHF 8,300". */
export function formatMoney(x: number, currency: string, options: MoneyOptions = {}): string {
  if (!Number.isFinite(x)) return '–';
  const decimals = options.cents ? 2 : 0;
  const symbol = CURRENCY_SYMBOLS[currency];
  const body = digits(x, decimals);
  return symbol === undefined ? `${sign(x, decimals)}${currency} ${body}` : `${sign(x, decimals)}${symbol}${body}`;
}

/** A whole number of things: "1,234". */
export function formatCount(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return `${sign(x, 0)}${digits(x, 0)}`;
}

/** A number with a fixed number of decimals: formatNumber(3.14159, 1) = "3.1". */
export function formatNumber(x: number, decimals = 0): string {
  if (!Number.isFinite(x)) return '–';
  return `${sign(x, decimals)}${digits(x, decimals)}`;
}

/** A fraction as a percentage: formatPercent(0.123) = "12%", formatPercent(0.123, 1) = "12.3%". */
export function formatPercent(fraction: number, decimals = 0): string {
  if (!Number.isFinite(fraction)) return '–';
  return `${formatNumber(fraction * 100, decimals)}%`;
}

/**
 * A difference with its sign: formatSigned(12) = "+12", formatSigned(-8300, (v) => formatMoney(v, 'USD'))
 * = "-$8,300". `format` receives the absolute value; zero gets no sign.
 */
export function formatSigned(x: number, format: (absolute: number) => string = formatCount): string {
  if (!Number.isFinite(x)) return '–';
  const text = format(Math.abs(x));
  if (/^[^1-9]*$/.test(text)) return text;
  return `${x < 0 ? '-' : '+'}${text}`;
}
