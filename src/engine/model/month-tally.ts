// Raw counts and cents of one segment's month, before they become reported metrics. A future
// (a forecast's throwaway copy of the run) tallies only the month itself; a kept run adds the
// service levels and the lifetime values it records.
export interface FutureTally {
  prospects: number;
  newCustomers: number;
  referrals: number;
  /** New customers beyond the organic baseline (expected share brought by relationship spend). */
  paidCustomers: number;
  /** Customers at the start of the month. */
  customersStart: number;
  /** Customers who paid this month (start + new). */
  atRisk: number;
  active: number;
  churned: number;
  /** Of the churned, those who were customers at the start of the month. */
  churnedStart: number;
  revenueCents: number;
  expansionCents: number;
  spendCents: readonly number[];
  acquisitionSpendCents: number;
  serveCents: number;
  eventCents: number;
  /** Interest on negative cash (this segment's share). */
  interestCents: number;
  /** Customer research (surveys) paid this month. */
  researchCents: number;
  profitCents: number;
  cashCents: number;
  promoters: number;
  detractors: number;
  engagement: number;
  /** Net margin per customer per month (currency). */
  netMargin: number;
}

export interface MonthTally extends FutureTally {
  /** Customers served this month who would rate their satisfaction 4 or 5 of 5. */
  satisfied: number;
  /** Σ survey answers (0–10) of the customers served this month. */
  satisfactionSum: number;
  levels: number[];
  /** CLV of a customer acquired now. */
  clvPredicted: number;
  realizedValue: number;
  acquiredInGame: number;
}
