// The player's own numbers in a decision point: prompts, options and feedback may hold fields such
// as {regulars.churned}, {total.nps}, {month} or a quotient {regulars.churned / regulars.active},
// each with an optional format: {regulars.churnRate|percent}, {offices.cac|money}. The fields are
// checked when the scenario loads (the segment and the metric must exist) and filled from the report
// of the month after which the question is asked. No code runs: a field is a path or a quotient of two.
import { formatCount, formatMoney, formatNumber, formatPercent, type Metrics, type MonthReport } from '../../engine';

/** The metrics a field may read (the numbers of a month report). */
const FIELD_METRICS = [
  'prospects', 'customersStart', 'newCustomers', 'paidCustomers', 'active', 'churned', 'retentionRate', 'churnRate', 'revenue', 'cost',
  'costToServe', 'profit', 'cash', 'cac', 'blendedCac', 'clvPredicted', 'clvToCac', 'paybackMonths', 'nps', 'csat', 'referrals', 'conversionRate',
] as const satisfies readonly (keyof Metrics)[];
type FieldMetric = (typeof FIELD_METRICS)[number];

export const FIELD_FORMATS = ['count', 'money', 'percent', 'number', 'ratio'] as const;
type FieldFormat = (typeof FIELD_FORMATS)[number];

const FIELD = /\{([^{}]+)\}/g;

interface Path { readonly scope: string; readonly metric: FieldMetric }
type Field = { readonly kind: 'month' } | { readonly kind: 'value'; readonly top: Path; readonly bottom: Path | null; readonly format: FieldFormat };

function parsePath(text: string, segments: ReadonlySet<string>): Path | string {
  const [scope, metric, extra] = text.trim().split('.');
  if (extra !== undefined || !scope || !metric) return `"${text.trim()}" is not SEGMENT.METRIC or total.METRIC`;
  if (scope !== 'total' && !segments.has(scope)) return `"${scope}" is not a segment of this scenario`;
  if (!(FIELD_METRICS as readonly string[]).includes(metric)) return `"${metric}" is not a metric a prompt can show (${FIELD_METRICS.join(', ')})`;
  return { scope, metric: metric as FieldMetric };
}

function parseField(inner: string, segments: ReadonlySet<string>): Field | string {
  const [expression = '', format, extra] = inner.split('|').map((p) => p.trim());
  if (extra !== undefined) return `"{${inner}}" has more than one format`;
  if (expression === 'month' && format === undefined) return { kind: 'month' };
  if (format !== undefined && !(FIELD_FORMATS as readonly string[]).includes(format)) return `"${format}" is not a format (${FIELD_FORMATS.join(', ')})`;
  const [topText = '', bottomText, more] = expression.split('/');
  if (more !== undefined) return `"{${inner}}" divides more than once`;
  const top = parsePath(topText, segments);
  if (typeof top === 'string') return top;
  const bottom = bottomText === undefined ? null : parsePath(bottomText, segments);
  if (typeof bottom === 'string') return bottom;
  const fallback: FieldFormat = bottom !== null ? 'ratio' : /rate$/i.test(top.metric) ? 'percent' : ['revenue', 'cost', 'costToServe', 'profit', 'cash', 'cac', 'blendedCac', 'clvPredicted'].includes(top.metric) ? 'money' : 'number';
  return { kind: 'value', top, bottom, format: (format as FieldFormat | undefined) ?? fallback };
}

/** Problems with the fields of `text` (empty when every field reads a segment and metric that exist). */
export function templateProblems(text: string, segments: readonly string[]): string[] {
  const known = new Set(segments);
  const problems: string[] = [];
  for (const match of text.matchAll(FIELD)) {
    const field = parseField(match[1]!, known);
    if (typeof field === 'string') problems.push(field);
  }
  return problems;
}

function read(report: MonthReport, path: Path): number | null {
  const metrics = path.scope === 'total' ? report.total : report.segments[path.scope];
  const value = metrics?.[path.metric];
  return typeof value === 'number' ? value : null;
}

function format(value: number, as: FieldFormat, currency: string): string {
  switch (as) {
    case 'count': return formatCount(value);
    case 'money': return formatMoney(value, currency);
    case 'percent': return formatPercent(value, 1);
    case 'ratio': return formatNumber(value, 2);
    case 'number': return formatNumber(value, Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1);
  }
}

/** `text` with its fields filled from `report` (a value the month does not have reads "–"). */
export function fillTemplate(text: string, report: MonthReport, currency: string): string {
  return text.replace(FIELD, (whole, inner: string) => {
    const field = parseField(inner, new Set(Object.keys(report.segments)));
    if (typeof field === 'string') return whole;
    if (field.kind === 'month') return String(report.month);
    const top = read(report, field.top);
    const bottom = field.bottom === null ? 1 : read(report, field.bottom);
    if (top === null || bottom === null || bottom === 0) return '–';
    return format(top / bottom, field.format, currency);
  });
}

/** A decision point with every text (prompt, options, feedback, insight) filled from `report`. */
export function fillPoint<P extends { readonly prompt: string; readonly insight?: string | undefined; readonly options: readonly { readonly text: string; readonly feedback: string }[] }>(
  point: P, report: MonthReport, currency: string,
): P {
  const fill = (text: string) => fillTemplate(text, report, currency);
  return {
    ...point,
    prompt: fill(point.prompt),
    ...(point.insight === undefined ? {} : { insight: fill(point.insight) }),
    options: point.options.map((o) => ({ ...o, text: fill(o.text), feedback: fill(o.feedback) })),
  };
}

/**
 * `text` for a reader with no game of their own (the class debrief): each field becomes a neutral
 * phrase, since every student saw their own numbers there.
 */
export function classTemplate(text: string): string {
  return text.replace(FIELD, (_whole, inner: string) => (inner.split('|')[0]!.trim() === 'month' ? 'that month' : '(each student’s own figure)'));
}
