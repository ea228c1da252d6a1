// Raw counts and cents of one segment's month, before they become reported metrics.
export interface MonthTally {
  prospects: number;
  newCustomers: number;
  referrals: number;
  /** Customers who paid this month (start + new). */
  atRisk: number;
  active: number;
  churned: number;
  revenueCents: number;
  expansionCents: number;
  spendCents: number[];
  acquisitionSpendCents: number;
  /** Spend of every type that serves acquisition at all. */
  acquisitionTypeSpendCents: number;
  serveCents: number;
  eventCents: number;
  profitCents: number;
  cashCents: number;
  promoters: number;
  detractors: number;
  satisfied: number;
  satisfactionSum: number;
  engagement: number;
  levels: number[];
  /** Net margin per customer per month (currency) and CLV of a customer acquired now. */
  netMargin: number;
  clvPredicted: number;
  realizedValue: number;
  acquiredInGame: number;
}
