// The metric formulas a numeric question may use (docs/learn-content-format.md): for each, the
// inputs it needs and how they read in a prompt, the values derived from them that prompts and
// feedback may quote, a validity rule for drawn inputs, and the common wrong answers it
// recognises (each tied to a misconception tag of content/misconceptions.yaml). The definitions
// are the course's one set (content/glossary.yaml) and the game's.
import { explainTrap } from './numeric-traps';

/** How an input reads in a prompt: a count ("1,200"), money ("$12.50"), a share (0.05 → "5%"). */
export type InputKind = 'count' | 'money' | 'share' | 'number';

export type Inputs = Readonly<Record<string, number>>;

export interface Trap {
  /** Stable id of this wrong answer, e.g. `start-plus-new`. */
  readonly id: string;
  /** Misconception tag (content/misconceptions.yaml). */
  readonly misconception: string;
  /** The number a learner with this misconception would give, in the question's unit. */
  readonly value: number;
}

interface FormulaSpec {
  readonly inputs: Readonly<Record<string, InputKind>>;
  /** Values a prompt or feedback may quote besides the inputs (e.g. the customers at the end). */
  readonly derived?: (x: (name: string) => number) => Readonly<Record<string, { value: number; kind: InputKind }>>;
  readonly compute: (x: (name: string) => number) => number;
  /** A sentence saying why drawn inputs make no sense, or null when they do. */
  readonly invalid?: (x: (name: string) => number) => string | null;
  readonly traps: (x: (name: string) => number) => readonly Trap[];
}

const pct = (part: number, whole: number) => (100 * part) / whole;

const SPECS = {
  nps: {
    inputs: { promoters: 'count', passives: 'count', detractors: 'count' },
    derived: (x) => {
      const n = x('promoters') + x('passives') + x('detractors');
      return {
        respondents: { value: n, kind: 'count' },
        promoterShare: { value: x('promoters') / n, kind: 'share' },
        detractorShare: { value: x('detractors') / n, kind: 'share' },
      };
    },
    compute: (x) => pct(x('promoters') - x('detractors'), x('promoters') + x('passives') + x('detractors')),
    traps: (x) => [
      { id: 'passives-left-out', misconception: 'wrong-denominator', value: pct(x('promoters') - x('detractors'), x('promoters') + x('detractors')) },
      { id: 'counts-not-shares', misconception: 'percent-vs-fraction', value: x('promoters') - x('detractors') },
      { id: 'promoters-only', misconception: 'nps-is-average', value: pct(x('promoters'), x('promoters') + x('passives') + x('detractors')) },
    ],
  },
  csat: {
    inputs: { satisfied: 'count', respondents: 'count' },
    compute: (x) => pct(x('satisfied'), x('respondents')),
    invalid: (x) => (x('satisfied') > x('respondents') ? 'more satisfied answers than answers' : null),
    traps: (x) => [
      { id: 'fraction', misconception: 'percent-vs-fraction', value: x('satisfied') / x('respondents') },
      { id: 'unsatisfied-share', misconception: 'csat-direction', value: pct(x('respondents') - x('satisfied'), x('respondents')) },
    ],
  },
  churnRate: {
    inputs: { start: 'count', lost: 'count', new: 'count' },
    derived: (x) => ({ end: { value: x('start') - x('lost') + x('new'), kind: 'count' } }),
    compute: (x) => pct(x('lost'), x('start')),
    invalid: (x) => (x('lost') >= x('start') ? 'more customers lost than there were at the start' : null),
    traps: (x) => [
      { id: 'start-plus-new', misconception: 'wrong-denominator', value: pct(x('lost'), x('start') + x('new')) },
      { id: 'end-customers', misconception: 'wrong-denominator', value: pct(x('lost'), x('start') - x('lost') + x('new')) },
      { id: 'retention-given', misconception: 'churn-vs-retention', value: 100 - pct(x('lost'), x('start')) },
      { id: 'fraction', misconception: 'percent-vs-fraction', value: x('lost') / x('start') },
    ],
  },
  retentionRate: {
    inputs: { start: 'count', lost: 'count', new: 'count' },
    derived: (x) => ({ end: { value: x('start') - x('lost') + x('new'), kind: 'count' } }),
    compute: (x) => pct(x('start') - x('lost'), x('start')),
    invalid: (x) => (x('lost') >= x('start') ? 'more customers lost than there were at the start' : null),
    traps: (x) => [
      { id: 'end-over-start', misconception: 'growth-as-retention', value: pct(x('start') - x('lost') + x('new'), x('start')) },
      { id: 'start-plus-new', misconception: 'wrong-denominator', value: pct(x('start') - x('lost') + x('new'), x('start') + x('new')) },
      { id: 'churn-given', misconception: 'churn-vs-retention', value: pct(x('lost'), x('start')) },
      { id: 'fraction', misconception: 'percent-vs-fraction', value: (x('start') - x('lost')) / x('start') },
    ],
  },
  survivingShare: {
    inputs: { churn: 'share', months: 'count' },
    compute: (x) => 100 * (1 - x('churn')) ** x('months'),
    invalid: (x) => (x('churn') <= 0 || x('churn') >= 1 ? 'a monthly churn rate outside 0–100%' : null),
    traps: (x) => [
      { id: 'linear', misconception: 'linear-churn', value: 100 * (1 - x('months') * x('churn')) },
      { id: 'lost-share', misconception: 'churn-vs-retention', value: 100 - 100 * (1 - x('churn')) ** x('months') },
    ],
  },
  cumulativeChurn: {
    inputs: { churn: 'share', months: 'count' },
    compute: (x) => 100 * (1 - (1 - x('churn')) ** x('months')),
    invalid: (x) => (x('churn') <= 0 || x('churn') >= 1 ? 'a monthly churn rate outside 0–100%' : null),
    traps: (x) => [
      { id: 'linear', misconception: 'linear-churn', value: 100 * x('months') * x('churn') },
      { id: 'kept-share', misconception: 'churn-vs-retention', value: 100 * (1 - x('churn')) ** x('months') },
    ],
  },
  averageLifetime: {
    inputs: { churn: 'share' },
    compute: (x) => 1 / x('churn'),
    invalid: (x) => (x('churn') <= 0 || x('churn') > 1 ? 'a churn rate outside 0–100%' : null),
    traps: (x) => [
      { id: 'percent-number', misconception: 'percent-vs-fraction', value: 1 / (100 * x('churn')) },
      { id: 'in-years', misconception: 'months-vs-years', value: 1 / x('churn') / 12 },
    ],
  },
  netMargin: {
    inputs: { margin: 'money', expansion: 'money', serveCost: 'money' },
    compute: (x) => x('margin') + x('expansion') - x('serveCost'),
    traps: (x) => [
      { id: 'no-cost-to-serve', misconception: 'forgets-cost-to-serve', value: x('margin') + x('expansion') },
      { id: 'no-expansion', misconception: 'forgets-expansion', value: x('margin') - x('serveCost') },
    ],
  },
  clv: {
    inputs: { margin: 'money', churn: 'share', discount: 'share' },
    derived: (x) => ({ lifetime: { value: (1 + x('discount')) / (x('discount') + x('churn')), kind: 'number' } }),
    compute: (x) => (x('margin') * (1 + x('discount'))) / (x('discount') + x('churn')),
    invalid: (x) => (x('churn') <= 0 || x('churn') >= 1 || x('discount') < 0 ? 'a churn or discount rate out of range' : null),
    traps: (x) => [
      { id: 'no-discounting', misconception: 'ignores-discounting', value: x('margin') / x('churn') },
      { id: 'one-month', misconception: 'clv-is-one-purchase', value: x('margin') },
    ],
  },
  clvFromRevenue: {
    inputs: { revenue: 'money', marginShare: 'share', churn: 'share', discount: 'share' },
    derived: (x) => ({
      margin: { value: x('revenue') * x('marginShare'), kind: 'money' },
      lifetime: { value: (1 + x('discount')) / (x('discount') + x('churn')), kind: 'number' },
    }),
    compute: (x) => (x('revenue') * x('marginShare') * (1 + x('discount'))) / (x('discount') + x('churn')),
    invalid: (x) => (x('churn') <= 0 || x('churn') >= 1 || x('discount') < 0 || x('marginShare') <= 0 || x('marginShare') > 1 ? 'a rate out of range' : null),
    traps: (x) => [
      { id: 'revenue-not-margin', misconception: 'margin-vs-revenue', value: (x('revenue') * (1 + x('discount'))) / (x('discount') + x('churn')) },
      { id: 'no-discounting', misconception: 'ignores-discounting', value: (x('revenue') * x('marginShare')) / x('churn') },
    ],
  },
  blendedCac: {
    inputs: { spend: 'money', newCustomers: 'count' },
    compute: (x) => x('spend') / x('newCustomers'),
    invalid: (x) => (x('newCustomers') <= 0 ? 'no new customers' : null),
    traps: (x) => [
      { id: 'inverted', misconception: 'ratio-upside-down', value: x('newCustomers') / x('spend') },
    ],
  },
  paidCac: {
    inputs: { spend: 'money', newCustomers: 'count', organic: 'count' },
    derived: (x) => ({ paidCustomers: { value: x('newCustomers') - x('organic'), kind: 'count' } }),
    compute: (x) => x('spend') / (x('newCustomers') - x('organic')),
    invalid: (x) => (x('organic') >= x('newCustomers') ? 'no customers beyond the organic baseline' : null),
    traps: (x) => [
      { id: 'blended', misconception: 'blended-vs-paid-cac', value: x('spend') / x('newCustomers') },
      { id: 'organic-only', misconception: 'wrong-denominator', value: x('spend') / x('organic') },
    ],
  },
  clvToCac: {
    inputs: { clv: 'money', cac: 'money' },
    compute: (x) => x('clv') / x('cac'),
    invalid: (x) => (x('cac') <= 0 ? 'a CAC of zero' : null),
    traps: (x) => [
      { id: 'inverted', misconception: 'ratio-upside-down', value: x('cac') / x('clv') },
      { id: 'difference', misconception: 'ratio-upside-down', value: x('clv') - x('cac') },
    ],
  },
  paybackMonths: {
    inputs: { cac: 'money', revenue: 'money', marginShare: 'share' },
    derived: (x) => ({ margin: { value: x('revenue') * x('marginShare'), kind: 'money' } }),
    compute: (x) => x('cac') / (x('revenue') * x('marginShare')),
    invalid: (x) => (x('marginShare') <= 0 || x('marginShare') > 1 ? 'a margin share out of range' : null),
    traps: (x) => [
      { id: 'revenue-not-margin', misconception: 'margin-vs-revenue', value: x('cac') / x('revenue') },
      { id: 'in-years', misconception: 'months-vs-years', value: x('cac') / (x('revenue') * x('marginShare')) / 12 },
    ],
  },
  conversionRate: {
    inputs: { conversions: 'count', visitors: 'count' },
    compute: (x) => pct(x('conversions'), x('visitors')),
    invalid: (x) => (x('conversions') > x('visitors') ? 'more conversions than people' : null),
    traps: (x) => [
      { id: 'fraction', misconception: 'percent-vs-fraction', value: x('conversions') / x('visitors') },
      { id: 'inverted', misconception: 'ratio-upside-down', value: x('visitors') / x('conversions') },
    ],
  },
  referralCost: {
    inputs: { reward: 'money', anyway: 'share' },
    compute: (x) => x('reward') / (1 - x('anyway')),
    invalid: (x) => (x('anyway') < 0 || x('anyway') >= 1 ? 'a share out of range' : null),
    traps: (x) => [
      { id: 'reward-only', misconception: 'ignores-organic-baseline', value: x('reward') },
      { id: 'reward-minus', misconception: 'ignores-organic-baseline', value: x('reward') * (1 - x('anyway')) },
    ],
  },
} satisfies Record<string, FormulaSpec>;

export type NumericFormula = keyof typeof SPECS;
export const NUMERIC_FORMULA_NAMES = Object.keys(SPECS) as NumericFormula[];

/** The inputs each formula needs, by name, with how each reads in a prompt. */
export const NUMERIC_FORMULAS: Readonly<Record<NumericFormula, Readonly<Record<string, InputKind>>>> =
  Object.fromEntries(NUMERIC_FORMULA_NAMES.map((name) => [name, SPECS[name].inputs])) as unknown as Record<NumericFormula, Record<string, InputKind>>;

function reader(inputs: Inputs): (name: string) => number {
  return (name) => {
    const value = inputs[name];
    if (value === undefined) throw new Error(`missing input "${name}"`);
    return value;
  };
}

/** Evaluates `formula` on `inputs`; throws a readable error for a missing input. */
export function evaluateFormula(formula: NumericFormula, inputs: Inputs): number {
  return SPECS[formula].compute(reader(inputs));
}

/** Why these inputs make no sense for the formula (e.g. more customers lost than there were), or null. */
export function invalidInputs(formula: NumericFormula, inputs: Inputs): string | null {
  const spec: FormulaSpec = SPECS[formula];
  return spec.invalid ? spec.invalid(reader(inputs)) : null;
}

/** Inputs and derived values, each with how it reads, for filling in a prompt or feedback. */
export function formulaValues(formula: NumericFormula, inputs: Inputs): Record<string, { value: number; kind: InputKind }> {
  const spec: FormulaSpec = SPECS[formula];
  const values: Record<string, { value: number; kind: InputKind }> = {};
  for (const [name, kind] of Object.entries(spec.inputs)) values[name] = { value: reader(inputs)(name), kind };
  return { ...values, ...(spec.derived ? spec.derived(reader(inputs)) : {}) };
}

/** The common wrong answers for these inputs, with the sentence that explains each. */
export function formulaTraps(formula: NumericFormula, inputs: Inputs): (Trap & { explanation: string })[] {
  const spec: FormulaSpec = SPECS[formula];
  return spec.traps(reader(inputs)).map((trap) => ({ ...trap, explanation: explainTrap(formula, trap.id) }));
}
