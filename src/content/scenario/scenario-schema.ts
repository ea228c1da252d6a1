// Schema of a scenario file (content/scenarios/ID.yaml or .json): the market, its segments and
// events, plus what the game needs (briefing, goals, decision points). Field names as in product.md.
import * as v from 'valibot';
import { GoalSchema, MAX_MONTHS, POINT_METRICS, RELATIONSHIP_TYPES } from '../../engine';
import { CustomerModelSchema, EventEffectSchema, TypeParamsSchema } from './relationships-schema';

const text = v.pipe(v.string('expected text'), v.trim(), v.minLength(1, 'expected non-empty text'), v.maxLength(4000, 'expected at most 4000 characters'));
const id = v.pipe(v.string('expected an id'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, -)'), v.maxLength(60));
const nonNegative = v.pipe(v.number('expected a number'), v.finite('expected a finite number'), v.minValue(0, 'expected 0 or more'));
const probability = v.pipe(v.number('expected a number'), v.minValue(0, 'expected 0 or more'), v.maxValue(1, 'expected at most 1'));
const positiveInt = v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more'));
const typeId = v.picklist(RELATIONSHIP_TYPES, `expected one of ${RELATIONSHIP_TYPES.join(', ')}`);

function byType<T extends v.GenericSchema>(schema: T) {
  const entries = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, v.optional(schema)])) as {
    [K in (typeof RELATIONSHIP_TYPES)[number]]: v.OptionalSchema<T, undefined>;
  };
  return v.strictObject(entries);
}

const ChurnSchema = v.union(
  [
    v.strictObject({ alpha: v.pipe(v.number(), v.gtValue(0, 'expected more than 0')), beta: v.pipe(v.number(), v.gtValue(0, 'expected more than 0')) }),
    v.strictObject({ rate: probability }),
  ],
  'expected {alpha, beta} (heterogeneous churn) or {rate} (one churn rate for all)',
);

export const SegmentSchema = v.strictObject({
  id,
  name: text,
  persona: v.optional(text, 'A customer segment.'),
  marketSize: v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more'), v.maxValue(100_000_000, 'expected at most 100,000,000')),
  initialCustomers: v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more'), v.maxValue(5_000_000, 'expected at most 5,000,000')),
  margin: nonNegative,
  serveCost: v.optional(nonNegative, 0),
  bass: v.strictObject({ p: probability, q: v.pipe(v.number('expected a number'), v.minValue(0), v.maxValue(5, 'expected at most 5')) }),
  churn: ChurnSchema,
  preferences: v.optional(byType(v.pipe(v.number('expected a number'), v.minValue(-1, 'expected −1 or more'), v.maxValue(1, 'expected at most 1'))), {}),
  expectations: v.optional(byType(probability), {}),
  valueProposition: v.optional(v.pipe(v.number(), v.minValue(-5), v.maxValue(5)), 0),
  expansionPotential: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(5)), 0),
  tasteSpread: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1, 'expected at most 1')), 0),
  /** Monthly cost of fully serving one of this segment's customers, for per-customer types. */
  unitCosts: v.optional(byType(nonNegative), {}),
});

export const ScenarioEventSchema = v.pipe(
  v.strictObject({
    id,
    kind: id,
    title: text,
    description: text,
    month: v.optional(positiveInt),
    probability: v.optional(probability),
    segment: v.optional(id),
    duration: v.optional(positiveInt, 1),
    effect: EventEffectSchema,
  }),
  v.check((e) => (e.month === undefined) !== (e.probability === undefined), 'an event needs either a month (scripted) or a probability (random), not both'),
);


const OptionSchema = v.strictObject({ id, text, correct: v.boolean('expected true or false'), feedback: text });

export const DecisionPointSchema = v.strictObject({
  id,
  /** Asked after month `month`, or after the first month (from `fromMonth`) where the metric crosses the threshold. */
  when: v.union([
    v.strictObject({ month: positiveInt }),
    v.strictObject({
      metric: v.picklist(POINT_METRICS, `expected one of ${POINT_METRICS.join(', ')}`),
      segment: v.optional(id),
      /** With metric serviceLevel: the relationship type whose level is watched. */
      type: v.optional(v.picklist(RELATIONSHIP_TYPES, `expected a relationship type (${RELATIONSHIP_TYPES.join(', ')})`)),
      above: v.optional(v.number()),
      below: v.optional(v.number()),
      /** Fires when the metric falls by at least this much from the month before. */
      drop: v.optional(v.pipe(v.number(), v.gtValue(0, 'expected a fall above 0'))),
      fromMonth: v.optional(positiveInt, 1),
    }),
  ], 'expected {month} or {metric, above|below}'),
  prompt: text,
  options: v.pipe(v.array(OptionSchema), v.minLength(2, 'expected at least 2 options'), v.maxLength(6)),
  lesson: v.optional(id),
  insight: v.optional(text),
});

const TypeOverrideSchema = v.partial(v.strictObject({
  ...TypeParamsSchema.entries,
  motivations: v.partial(TypeParamsSchema.entries.motivations),
  effects: v.partial(TypeParamsSchema.entries.effects),
}));

export const ScenarioFileSchema = v.strictObject({
  id,
  title: text,
  summary: v.optional(text),
  briefing: v.optional(text),
  difficulty: v.optional(v.picklist(['tutorial', 'easy', 'medium', 'hard']), 'medium'),
  teaches: v.optional(v.array(text), []),
  months: v.pipe(positiveInt, v.maxValue(MAX_MONTHS, `expected at most ${MAX_MONTHS}`)),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected a 3-letter currency code such as USD')), 'USD'),
  startingCash: nonNegative,
  discountRate: v.pipe(v.number('expected a number'), v.gtValue(0, 'expected more than 0'), v.maxValue(0.5, 'expected at most 0.5 (it is monthly)')),
  /** The relationship budget: a fixed amount per month, plus a share of last month's revenue. */
  budget: v.strictObject({
    monthly: nonNegative,
    revenueShare: v.optional(v.pipe(v.number(), v.minValue(0, 'expected 0 or more'), v.maxValue(0.5, 'expected at most 0.5')), 0),
  }, 'expected the relationship budget: {monthly, revenueShare?}'),
  /** How cash binds: an overdraft up to a limit, with monthly interest (default: none, so no spending money the company does not have). */
  cash: v.optional(v.strictObject({
    overdraftLimit: nonNegative,
    overdraftRate: v.pipe(v.number(), v.minValue(0, 'expected 0 or more'), v.maxValue(0.2, 'expected at most 0.2 (it is monthly)')),
  }), { overdraftLimit: 0, overdraftRate: 0 }),
  segments: v.pipe(v.array(SegmentSchema), v.minLength(1, 'expected at least one segment'), v.maxLength(8, 'expected at most 8 segments')),
  types: v.optional(v.strictObject(Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, v.optional(TypeOverrideSchema)])) as {
    [K in (typeof RELATIONSHIP_TYPES)[number]]: v.OptionalSchema<typeof TypeOverrideSchema, undefined>;
  }), {}),
  model: v.optional(v.partial(CustomerModelSchema), {}),
  events: v.optional(v.array(ScenarioEventSchema), []),
  goals: v.optional(v.array(GoalSchema), []),
  decisionPoints: v.optional(v.array(DecisionPointSchema), []),
  /** Spend the tutorial or briefing suggests for month 1 (same shape as a plan's month). */
  suggestedSpend: v.optional(v.record(id, byType(nonNegative))),
});

export type ScenarioFile = v.InferOutput<typeof ScenarioFileSchema>;
export type DecisionPoint = v.InferOutput<typeof DecisionPointSchema>;
export { typeId as TypeIdSchema };
