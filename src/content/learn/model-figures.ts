// Figures a lesson quotes from the model itself, computed when the course is built (never typed in
// by hand, so a recalibrated scenario updates the lessons): the worked example of each "How Rapport
// measures this" box, read from a month of the coffee chain played with the plan the course teaches,
// and the retention-economics table (what five more points of annual retention are worth).
import { formatCount, formatMoney, formatNumber, formatPercent, fitPolicy, playPlan, resolveMarket, retentionGain, type Metrics, type Scenario } from '../../engine';
import type { MeasuredMetric } from './render-markdown';

/** The game the examples come from: the coffee chain, the fit plan, this seed, month 6, the regulars. */
export const EXAMPLE_GAME = { scenario: 'coffee-chain', seed: 'measures', month: 6, segment: 'regulars' } as const;

export interface MeasureExample {
  readonly metric: MeasuredMetric;
  readonly name: string;
  /** How Rapport computes it, in words and symbols. */
  readonly formula: string;
  /** What the reader should keep in mind (a definition's trap). */
  readonly note: string;
  /** Where the example comes from, e.g. "Coffee chain, Neighbourhood regulars, month 6". */
  readonly source: string;
  /** The numbers of the example, label and formatted value, ending with the result. */
  readonly rows: readonly (readonly [string, string])[];
  /** The result as the game's results table shows it. */
  readonly value: string;
}

export interface RetentionRow {
  readonly segment: string;
  readonly annualBefore: string;
  readonly annualAfter: string;
  readonly clvBefore: string;
  readonly clvAfter: string;
  readonly change: string;
}

export interface RetentionTable {
  readonly scenario: string;
  readonly scenarioTitle: string;
  readonly rows: readonly RetentionRow[];
}

const DEFINITIONS: Record<MeasuredMetric, { name: string; formula: string; note: string }> = {
  'churn-rate': { name: 'Churn rate (monthly)', formula: 'customers at the start of the month who left during it ÷ customers at the start of the month', note: 'Newcomers who leave in their first month are lost customers, but they are not in the rate: they were not in the base it is measured against.' },
  'retention-rate': { name: 'Retention rate (monthly)', formula: 'customers at the start of the month still there at its end ÷ customers at the start of the month = 1 − churn rate', note: 'Retention and churn describe the same customers from two sides; a year keeps (monthly retention)¹² only if churn stays the same, and a cohort\'s survivors are the loyal ones, so real cohorts keep a little more.' },
  nps: { name: 'Net Promoter Score', formula: '% of customers answering 9 or 10 − % answering 0 to 6 ("How likely are you to recommend us?")', note: 'NPS is not an average: it counts promoters minus detractors, from −100 to +100, so it can move a lot while the mean answer barely changes.' },
  csat: { name: 'Customer satisfaction (CSAT)', formula: '% of customers answering 4 or 5 to "How satisfied are you?" (1 to 5)', note: 'CSAT asks about satisfaction now, NPS about recommending: a customer can be satisfied and still not recommend.' },
  'conversion-rate': { name: 'Conversion rate', formula: 'new customers this month ÷ people in the market who had not yet become customers', note: 'The base is the prospects left, so the rate rises and falls with what is left of the market, not only with the effort.' },
  'net-margin': { name: 'Monthly net margin per customer', formula: '(revenue, expansion included − cost to serve) ÷ customers who paid this month', note: 'The relationship spend is not in it: net margin is what a customer brings before the money spent to win and keep them.' },
  clv: { name: 'Predicted customer lifetime value', formula: 'net margin per month × discounted expected lifetime (from the churn distribution at this month\'s service), plus what tenure adds', note: 'It is a prediction at today\'s service: if service falls, so does the churn it assumes, and the CLV with it.' },
  'paid-cac': { name: 'Paid customer acquisition cost', formula: 'acquisition part of the relationship spend ÷ new customers the spend brought beyond those who would have come anyway', note: 'Paid CAC leaves out the customers who came on their own (brand and word of mouth): it is the price of the customers the money actually bought.' },
  'blended-cac': { name: 'Blended customer acquisition cost', formula: 'acquisition part of the relationship spend ÷ all new customers', note: 'Blended CAC divides by customers who would have come anyway, so it always looks cheaper than paid CAC.' },
  'clv-to-cac': { name: 'CLV:CAC ratio', formula: 'predicted CLV ÷ paid CAC', note: 'Above 1 the customer pays back what they cost; practitioners look for about 3 to leave room for the cost to serve and for a CLV that proves optimistic.' },
  'payback-months': { name: 'Payback period', formula: 'paid CAC ÷ net margin per customer per month', note: 'Months until a new customer has repaid what winning them cost, before discounting.' },
};

/** The month of the example game: the coffee chain played with the fit policy. */
function exampleMonth(scenario: Scenario): { metrics: Metrics; segmentName: string; currency: string } {
  const market = resolveMarket({ scenario, goals: [], seed: EXAMPLE_GAME.seed, months: EXAMPLE_GAME.month });
  if (!market.ok) throw new Error(market.error);
  const game = playPlan(market.value, fitPolicy(scenario), { hash: false, affordable: true });
  const report = game.run.reports[EXAMPLE_GAME.month - 1]!;
  const segmentName = scenario.segments.find((s) => s.id === EXAMPLE_GAME.segment)!.name;
  return { metrics: report.segments[EXAMPLE_GAME.segment]!, segmentName, currency: scenario.currency };
}

const dash = (x: number | null, f: (x: number) => string) => (x === null ? '–' : f(x));

/** The worked example of every metric a lesson can measure, from the coffee chain (`coffee`). */
export function measureExamples(coffee: Scenario): Record<MeasuredMetric, MeasureExample> {
  const { metrics: m, segmentName, currency } = exampleMonth(coffee);
  const money = (x: number) => formatMoney(x, currency, { cents: Math.abs(x) < 100 });
  const pct = (x: number) => formatPercent(x, 1);
  const churnedStart = Math.round((m.churnRate ?? 0) * m.customersStart);
  const paying = m.active + m.churned;
  const netMargin = paying > 0 ? (m.revenue - m.costToServe) / paying : 0;
  const acquisitionSpend = m.blendedCac === null ? 0 : m.blendedCac * m.newCustomers;
  const rows: Record<MeasuredMetric, (readonly [string, string])[]> = {
    'churn-rate': [['Customers at the start of the month', formatCount(m.customersStart)], ['Of them, left during the month', formatCount(churnedStart)], ['New customers who left in their first month (not in the rate)', formatCount(m.churned - churnedStart)], ['Churn rate', dash(m.churnRate, pct)]],
    'retention-rate': [['Customers at the start of the month', formatCount(m.customersStart)], ['Of them, still there at the end', formatCount(m.customersStart - churnedStart)], ['Retention rate', dash(m.retentionRate, pct)]],
    nps: [['Customers served this month', formatCount(paying)], ['Net Promoter Score', dash(m.nps, (x) => formatNumber(x, 0))]],
    csat: [['Customers served this month', formatCount(paying)], ['CSAT', dash(m.csat, (x) => `${formatNumber(x, 0)}%`)]],
    'conversion-rate': [['People in the market not yet customers', formatCount(m.prospects)], ['New customers', formatCount(m.newCustomers)], ['Conversion rate', dash(m.conversionRate, (x) => formatPercent(x, 2))]],
    'net-margin': [['Revenue (expansion included)', money(m.revenue)], ['Cost to serve', money(m.costToServe)], ['Customers who paid', formatCount(paying)], ['Net margin per customer', money(netMargin)]],
    clv: [['Net margin per customer per month', money(netMargin)], ['Predicted CLV of a customer acquired this month', money(m.clvPredicted)]],
    'paid-cac': [['Acquisition part of the spend', money(acquisitionSpend)], ['New customers the spend brought', formatNumber(m.paidCustomers, 1)], ['Paid CAC', dash(m.cac, money)]],
    'blended-cac': [['Acquisition part of the spend', money(acquisitionSpend)], ['All new customers', formatCount(m.newCustomers)], ['Blended CAC', dash(m.blendedCac, money)]],
    'clv-to-cac': [['Predicted CLV', money(m.clvPredicted)], ['Paid CAC', dash(m.cac, money)], ['CLV:CAC', dash(m.clvToCac, (x) => formatNumber(x, 1))]],
    'payback-months': [['Paid CAC', dash(m.cac, money)], ['Net margin per customer per month', money(netMargin)], ['Payback', dash(m.paybackMonths, (x) => `${formatNumber(x, 1)} months`)]],
  };
  const source = `${coffee.title}, ${segmentName}, month ${EXAMPLE_GAME.month}, played with the plan that fits each segment`;
  const out = {} as Record<MeasuredMetric, MeasureExample>;
  for (const metric of Object.keys(DEFINITIONS) as MeasuredMetric[]) {
    const list = rows[metric];
    out[metric] = { metric, ...DEFINITIONS[metric], source, rows: list, value: list[list.length - 1]![1] };
  }
  return out;
}

/** What five more points of annual retention are worth in each segment of `scenario`, in the model's numbers. */
export function retentionTable(scenario: Scenario): RetentionTable {
  const rows = scenario.segments.map((segment) => {
    const gain = retentionGain(scenario, segment.id);
    const money = (x: number) => formatMoney(x, scenario.currency, { cents: false });
    return {
      segment: segment.name,
      annualBefore: formatPercent(gain.annualBefore, 0),
      annualAfter: formatPercent(gain.annualAfter, 0),
      clvBefore: money(gain.clvBefore),
      clvAfter: money(gain.clvAfter),
      change: `+${formatPercent(gain.change, 0)}`,
    };
  });
  return { scenario: scenario.id, scenarioTitle: scenario.title, rows };
}
