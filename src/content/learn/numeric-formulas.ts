// The metric formulas a numeric question may use (docs/learn-content-format.md), with the inputs
// each one needs; the loader recomputes every numeric answer with them.
export const NUMERIC_FORMULAS = {
  nps: ['promoters', 'passives', 'detractors'],
  csat: ['satisfied', 'respondents'],
  churnRate: ['start', 'lost'],
  retentionRate: ['start', 'end', 'new'],
  clv: ['margin', 'retention', 'discount'],
  clvSimple: ['revenuePerPeriod', 'periods'],
  cac: ['spend', 'newCustomers'],
  clvToCac: ['clv', 'cac'],
  conversionRate: ['conversions', 'visitors'],
  paybackMonths: ['cac', 'monthlyMargin'],
  averageLifetime: ['churnRate'],
} as const;

export type NumericFormula = keyof typeof NUMERIC_FORMULAS;
export const NUMERIC_FORMULA_NAMES = Object.keys(NUMERIC_FORMULAS) as NumericFormula[];

type Inputs = Readonly<Record<string, number>>;

function input(inputs: Inputs, name: string): number {
  const value = inputs[name];
  if (value === undefined) throw new Error(`missing input "${name}"`);
  return value;
}

/** Evaluates `formula` on `inputs`; throws a readable error for a missing input. */
export function evaluateFormula(formula: NumericFormula, inputs: Inputs): number {
  const x = (name: string) => input(inputs, name);
  switch (formula) {
    case 'nps': {
      const total = x('promoters') + x('passives') + x('detractors');
      return (100 * (x('promoters') - x('detractors'))) / total;
    }
    case 'csat': return (100 * x('satisfied')) / x('respondents');
    case 'churnRate': return (100 * x('lost')) / x('start');
    case 'retentionRate': return (100 * (x('end') - x('new'))) / x('start');
    case 'clv': return (x('margin') * (1 + x('discount'))) / (1 + x('discount') - x('retention'));
    case 'clvSimple': return x('revenuePerPeriod') * x('periods');
    case 'cac': return x('spend') / x('newCustomers');
    case 'clvToCac': return x('clv') / x('cac');
    case 'conversionRate': return (100 * x('conversions')) / x('visitors');
    case 'paybackMonths': return x('cac') / x('monthlyMargin');
    case 'averageLifetime': return 1 / x('churnRate');
  }
}
