// The seven relationship types of the Business Model Canvas: the one place their ids live.
export const RELATIONSHIP_TYPES = [
  'transactional',
  'self-service',
  'automated-services',
  'communities',
  'co-creation',
  'personal-assistance',
  'dedicated-personal-assistance',
] as const;

export type RelationshipTypeId = (typeof RELATIONSHIP_TYPES)[number];

export const TYPE_COUNT = RELATIONSHIP_TYPES.length;

export function isRelationshipType(value: string): value is RelationshipTypeId {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

/** Index of a type in RELATIONSHIP_TYPES; engine arrays are indexed this way. */
export function typeIndex(id: RelationshipTypeId): number {
  return RELATIONSHIP_TYPES.indexOf(id);
}
