// Schema of content/relationships.yaml: the customer model's constants and each relationship
// type's cost behaviour, ramp, motivations and effects. Scenarios may override any of it.
import * as v from 'valibot';
import { RELATIONSHIP_TYPES } from '../../engine';

const share = v.pipe(v.number('expected a number'), v.minValue(0, 'expected 0 or more'), v.maxValue(1, 'expected at most 1'));
const nonNegative = v.pipe(v.number('expected a number'), v.minValue(0, 'expected 0 or more'));
const finite = v.pipe(v.number('expected a number'), v.finite('expected a finite number'));
const typeId = v.picklist(RELATIONSHIP_TYPES, `expected one of ${RELATIONSHIP_TYPES.join(', ')}`);

export const EventEffectSchema = v.strictObject({
  acquisition: v.optional(v.pipe(finite, v.minValue(-1, 'expected −1 or more'))),
  wordOfMouth: v.optional(v.pipe(finite, v.minValue(-1, 'expected −1 or more'))),
  satisfaction: v.optional(v.pipe(finite, v.minValue(-10), v.maxValue(10))),
  churn: v.optional(v.pipe(finite, v.minValue(-1, 'expected −1 or more'))),
  margin: v.optional(v.pipe(finite, v.minValue(-1, 'expected −1 or more'))),
  cost: v.optional(nonNegative),
});

export const TypeParamsSchema = v.strictObject({
  name: v.pipe(v.string('expected text'), v.minLength(1)),
  cost: v.picklist(['per-customer', 'fixed', 'per-interaction'], 'expected per-customer, fixed or per-interaction'),
  unitCost: v.optional(nonNegative, 0),
  halfSpend: v.optional(nonNegative, 0),
  ramp: v.pipe(v.number('expected a number'), v.minValue(0.01, 'expected at least 0.01'), v.maxValue(1, 'expected at most 1')),
  motivations: v.strictObject({ acquisition: share, retention: share, expansion: share }),
  effects: v.strictObject({
    acquisition: v.optional(nonNegative, 0),
    wordOfMouth: v.optional(nonNegative, 0),
    satisfaction: v.optional(nonNegative, 0),
    expansion: v.optional(nonNegative, 0),
    costToServe: v.optional(share, 0),
    valueGrowth: v.optional(nonNegative, 0),
    trust: v.optional(share, 0),
  }),
  networkHalf: v.optional(nonNegative, 0),
  dataHalf: v.optional(nonNegative, 0),
  privacyRisk: v.optional(share, 0),
  satisfies: v.optional(v.array(typeId), []),
});

export const CustomerModelSchema = v.strictObject({
  neutralSatisfaction: v.pipe(v.number(), v.minValue(0), v.maxValue(10)),
  churnReliefPerPoint: nonNegative,
  minChurnMultiplier: share,
  churnRisePerPoint: nonNegative,
  advocacyPerPoint: nonNegative,
  detractionPerPoint: nonNegative,
  expectationPenalty: nonNegative,
  valueDecay: share,
  answerSpread: v.pipe(v.number(), v.minValue(0), v.maxValue(5)),
  maxCoCreatedValue: nonNegative,
  privacyIncident: v.strictObject({ ...EventEffectSchema.entries, duration: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  answerShift: v.pipe(v.number('expected a number'), v.minValue(-3, 'expected −3 or more'), v.maxValue(3, 'expected at most 3')),
  surveyCostPerResponse: v.pipe(v.number('expected a number'), v.minValue(0, 'expected 0 or more'), v.maxValue(100, 'expected at most 100')),
  tenure: v.strictObject({
    marginPerYear: v.pipe(nonNegative, v.maxValue(1, 'expected at most 1')),
    serveSavingPerYear: v.pipe(share, v.maxValue(0.3, 'expected at most 0.3')),
    referralPerYear: v.pipe(nonNegative, v.maxValue(2, 'expected at most 2')),
    maxYears: v.pipe(nonNegative, v.maxValue(3, 'expected at most 3 (the cost to serve must stay above zero)')),
  }),
});

const typeEntries = Object.fromEntries(RELATIONSHIP_TYPES.map((id) => [id, TypeParamsSchema])) as {
  [K in (typeof RELATIONSHIP_TYPES)[number]]: typeof TypeParamsSchema;
};

export const RelationshipsFileSchema = v.strictObject({
  model: CustomerModelSchema,
  types: v.strictObject(typeEntries),
});

export type RelationshipsFile = v.InferOutput<typeof RelationshipsFileSchema>;
