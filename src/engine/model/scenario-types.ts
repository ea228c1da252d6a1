// The resolved scenario the engine runs: plain readonly data, validated by src/content before it
// reaches the engine. Amounts are in the scenario's currency; rates are per month.
import type { RelationshipTypeId } from './relationship-types';

export type TypeRecord<T> = { readonly [K in RelationshipTypeId]: T };
export type PartialTypeRecord<T> = { readonly [K in RelationshipTypeId]?: T };

/** How a relationship type turns spend into a service level between 0 and 1. */
export type CostBehaviour = 'per-customer' | 'fixed' | 'per-interaction';

export interface TypeParams {
  readonly name: string;
  readonly cost: CostBehaviour;
  /** per-customer types: monthly spend that fully serves one customer. */
  readonly unitCost: number;
  /** fixed and per-interaction types: monthly spend per segment that reaches half the full level. */
  readonly halfSpend: number;
  /** Share of the gap between the current and the funded level closed each month (1 = immediate). */
  readonly ramp: number;
  /** How the spend is attributed to the three motivations (shares add up to 1). */
  readonly motivations: { readonly acquisition: number; readonly retention: number; readonly expansion: number };
  readonly effects: {
    /** Relative rise of the external adoption rate p at full strength. */
    readonly acquisition: number;
    /** Relative rise of the imitation rate q at full strength. */
    readonly wordOfMouth: number;
    /** Satisfaction points at full strength for a segment whose preference is 1. */
    readonly satisfaction: number;
    /** Extra margin per customer, as a share of the margin, at full strength. */
    readonly expansion: number;
    /** Share of the cost to serve removed at full strength. */
    readonly costToServe: number;
    /** Monthly rise of the value proposition (satisfaction points) at full strength, accumulating. */
    readonly valueGrowth: number;
    /** How much it shields against privacy incidents at full strength (0–1). */
    readonly trust: number;
  };
  /** Members (active customers) at which a network effect reaches half strength; 0 = none. */
  readonly networkHalf: number;
  /** Customers whose data make automated services reach half strength; 0 = none. */
  readonly dataHalf: number;
  /** Monthly probability of a privacy incident at full strength. */
  readonly privacyRisk: number;
  /** Other types whose expectations this type also meets (dedicated assistance meets personal). */
  readonly satisfies: readonly RelationshipTypeId[];
}

/** Constants of the customer model shared by all segments. */
export interface CustomerModel {
  /** Satisfaction (0–10) at which churn is exactly the customer's own propensity. */
  readonly neutralSatisfaction: number;
  /** Fall of the churn multiplier per satisfaction point above neutral. */
  readonly churnReliefPerPoint: number;
  /** Floor of the churn multiplier. */
  readonly minChurnMultiplier: number;
  /** Rise of the churn multiplier per satisfaction point below neutral. */
  readonly churnRisePerPoint: number;
  /** Extra word-of-mouth weight per point above neutral (promoters talk more). */
  readonly advocacyPerPoint: number;
  /** Lost word-of-mouth weight per point below neutral (detractors talk against). */
  readonly detractionPerPoint: number;
  /** Satisfaction points lost per unit of unmet expectation (expected level − level). */
  readonly expectationPenalty: number;
  /** Share of co-created value that fades each month. */
  readonly valueDecay: number;
  /** Upper bound of co-created value (satisfaction points). */
  readonly maxCoCreatedValue: number;
  /** Spread of answering styles: a customer's survey answer is their experience ± up to this. */
  readonly answerSpread: number;
  /** Effect of a privacy incident. */
  readonly privacyIncident: EventEffect & { readonly duration: number };
  /** Points added to every survey answer: where neutral service lands on the NPS scale in this
   * industry (docs/model.md, "NPS calibration"). Behaviour (churn, word of mouth) ignores it. */
  readonly answerShift: number;
  /** What one completed customer survey response costs (a survey of n customers costs n × this). */
  readonly surveyCostPerResponse: number;
  /** How a customer's value grows with tenure (0 = not at all). */
  readonly tenure: Tenure;
}

/** Tenure economics: per year as a customer, up to `maxYears`, a customer's margin grows, their
 * cost to serve falls and their word of mouth carries further (Reichheld & Sasser 1990). */
export interface Tenure {
  /** Relative rise of the margin per year of tenure. */
  readonly marginPerYear: number;
  /** Relative fall of the cost to serve per year of tenure. */
  readonly serveSavingPerYear: number;
  /** Relative rise of word-of-mouth weight per year of tenure. */
  readonly referralPerYear: number;
  readonly maxYears: number;
}

export type Churn = { readonly kind: 'beta'; readonly alpha: number; readonly beta: number } | { readonly kind: 'rate'; readonly rate: number };

export interface Segment {
  readonly id: string;
  readonly name: string;
  readonly persona: string;
  readonly marketSize: number;
  readonly initialCustomers: number;
  /** Margin per active customer per month. */
  readonly margin: number;
  /** Cost to serve one active customer per month before relationship savings. */
  readonly serveCost: number;
  readonly bass: { readonly p: number; readonly q: number };
  readonly churn: Churn;
  /** How much the segment values each type (−1 dislikes … 1 loves); missing = 0. */
  readonly preferences: PartialTypeRecord<number>;
  /** Minimum service level (0–1) the segment expects of a type; missing = none. */
  readonly expectations: PartialTypeRecord<number>;
  /** Satisfaction points the offer itself adds or removes. */
  readonly valueProposition: number;
  /** How much expansion revenue the segment can give (multiplies the types' expansion effects). */
  readonly expansionPotential: number;
  /** Spread of the customers' personal sensitivity to service (0 = all alike). */
  readonly tasteSpread: number;
  /** What fully serving one of this segment's customers costs per month, for per-customer types
   * (personal and dedicated assistance); missing = the type's default unit cost. */
  readonly unitCosts: PartialTypeRecord<number>;
}

export interface EventEffect {
  /** Relative change of the external adoption rate p. */
  readonly acquisition?: number;
  /** Relative change of the imitation rate q. */
  readonly wordOfMouth?: number;
  /** Satisfaction points added. */
  readonly satisfaction?: number;
  /** Relative change of every customer's churn probability. */
  readonly churn?: number;
  /** Relative change of the margin. */
  readonly margin?: number;
  /** One-off cost in the month the event starts. */
  readonly cost?: number;
}

export interface ScenarioEvent {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly description: string;
  /** Scripted: the month it starts. Random: omitted, and `probability` per month is given. */
  readonly month?: number;
  readonly probability?: number;
  /** Segment it hits; omitted = every segment. */
  readonly segment?: string;
  readonly duration: number;
  readonly effect: EventEffect;
}

/** The relationship budget: what may be spent on the seven types in a month. */
export interface Budget {
  /** Fixed part, per month. */
  readonly monthly: number;
  /** Plus this share of last month's revenue (0 = a fixed budget). */
  readonly revenueShare: number;
}

/** How cash binds: the company may overdraw up to a limit and pays interest on negative cash. */
export interface CashRules {
  /** How far below zero cash may go before no relationship spend can be paid. */
  readonly overdraftLimit: number;
  /** Monthly interest on negative cash (a share of it). */
  readonly overdraftRate: number;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly months: number;
  readonly currency: string;
  readonly startingCash: number;
  readonly budget: Budget;
  readonly cash: CashRules;
  /** Monthly discount rate used for customer lifetime value. */
  readonly discountRate: number;
  readonly segments: readonly Segment[];
  readonly types: TypeRecord<TypeParams>;
  readonly model: CustomerModel;
  readonly events: readonly ScenarioEvent[];
}
