// What the learner is told when a numeric answer matches a known wrong way of working it out
// (numeric-formulas.ts names the traps): one sentence per trap, saying what was done and what to
// do instead.
const EXPLANATIONS: Readonly<Record<string, string>> = {
  'nps:passives-left-out': 'It looks as if you left the passives out of the total. Passives count among the answers, even though they are neither promoters nor detractors.',
  'nps:counts-not-shares': 'It looks as if you subtracted the numbers of people. NPS subtracts percentages: the share of promoters minus the share of detractors.',
  'nps:promoters-only': 'That is the share of promoters alone. NPS then subtracts the share of detractors.',
  'csat:fraction': 'That is the share as a fraction. Multiply by 100 to give it as a percentage.',
  'csat:unsatisfied-share': 'That is the share of customers who were not satisfied. CSAT counts the answers of 4 or 5.',
  'churnRate:start-plus-new': 'It looks as if you divided by the customers at the start plus the new ones. The churn rate divides by the customers at the start of the period only: the new ones were not there to lose.',
  'churnRate:end-customers': 'It looks as if you divided by the customers at the end. The churn rate divides by the customers at the start of the period.',
  'churnRate:retention-given': 'That is the retention rate, the share who stayed. Churn is the share who left.',
  'churnRate:fraction': 'That is the churn rate as a fraction. Multiply by 100 to give it as a percentage.',
  'retentionRate:end-over-start': 'It looks as if you divided the customers at the end by those at the start. That is growth: it counts new customers as if they had been kept.',
  'retentionRate:start-plus-new': 'It looks as if you counted the new customers in the base. Retention only follows the customers who were there at the start.',
  'retentionRate:churn-given': 'That is the churn rate, the share who left. Retention is the share who stayed: 100% minus churn.',
  'retentionRate:fraction': 'That is the retention rate as a fraction. Multiply by 100 to give it as a percentage.',
  'survivingShare:linear': 'It looks as if you multiplied the monthly churn by the number of months. Churn compounds: each month a share of those still left leaves, so the cohort shrinks by a factor (1 − churn) every month.',
  'survivingShare:lost-share': 'That is the share who left. The question asks for the share still active.',
  'cumulativeChurn:linear': 'It looks as if you multiplied the monthly churn by the number of months. Churn compounds: each month takes a share of those still left, so the total lost is 1 − (1 − churn)^months.',
  'cumulativeChurn:kept-share': 'That is the share still active. The question asks for the share who left.',
  'averageLifetime:percent-number': 'It looks as if you divided by the churn rate written as a percentage. Use it as a fraction: 5% is 0.05.',
  'averageLifetime:in-years': 'That is the lifetime in years. With a monthly churn rate, 1 ÷ churn gives months.',
  'netMargin:no-cost-to-serve': 'You left out the cost to serve. Net margin per customer is margin plus expansion minus what it costs to serve the customer.',
  'netMargin:no-expansion': 'You left out the expansion revenue (upgrades and extra purchases), which adds to the monthly net margin.',
  'clv:no-discounting': 'That is margin ÷ churn, the undiscounted value. Predicted CLV discounts future months: margin × (1 + d) ÷ (d + churn).',
  'clv:one-month': 'That is one month of margin. Lifetime value adds up every month the customer is expected to stay, discounted.',
  'clvFromRevenue:revenue-not-margin': 'It looks as if you used revenue instead of margin. A customer is worth what is left after the cost of what they buy, so multiply revenue by the margin share first.',
  'clvFromRevenue:no-discounting': 'That is margin ÷ churn, the undiscounted value. Predicted CLV discounts future months: margin × (1 + d) ÷ (d + churn).',
  'blendedCac:inverted': 'That is customers per dollar. CAC is dollars per customer: spend ÷ new customers.',
  'paidCac:blended': 'That is the blended CAC, spend ÷ all new customers. Paid CAC divides only by the customers beyond the organic baseline, the ones the spend actually brought.',
  'paidCac:organic-only': 'It looks as if you divided by the organic customers. Paid CAC divides by the customers beyond the organic baseline: new customers minus those who would have come anyway.',
  'clvToCac:inverted': 'That is CAC ÷ CLV, the ratio upside down. CLV:CAC divides lifetime value by acquisition cost.',
  'clvToCac:difference': 'That is a difference in dollars. CLV:CAC is a ratio: CLV divided by CAC.',
  'paybackMonths:revenue-not-margin': 'It looks as if you divided by revenue. Payback uses the monthly margin, what is left of revenue after the cost of the goods.',
  'paybackMonths:in-years': 'That is the payback in years. The question asks for months: CAC ÷ monthly margin.',
  'conversionRate:fraction': 'That is the conversion rate as a fraction. Multiply by 100 to give it as a percentage.',
  'conversionRate:inverted': 'That is people per conversion, upside down. The rate is conversions ÷ people, times 100.',
  'referralCost:reward-only': 'That is the reward per referred customer. Some of them would have come anyway, so each extra customer costs the reward ÷ (1 − the share who would have come anyway).',
  'referralCost:reward-minus': 'It looks as if you took the customers who would have come anyway off the cost. They raise the cost of each extra customer: divide the reward by (1 − that share).',
};

export function explainTrap(formula: string, trapId: string): string {
  return EXPLANATIONS[`${formula}:${trapId}`] ?? 'This is a common slip in this calculation; compare your working with the one shown.';
}

/** Every trap explanation key, for the tests. */
export const TRAP_KEYS: readonly string[] = Object.keys(EXPLANATIONS);
