// Schemas of the glossary (content/glossary.yaml) and the coverage map (content/coverage.yaml).
import * as v from 'valibot';
import { idList, kebabId, seedFileName, text } from './schema-common';

export const glossaryTermSchema = v.strictObject({
  id: kebabId,
  term: text,
  definition: text,
  related: v.optional(idList, []),
  lessons: v.optional(idList, []),
});

export const glossaryFileSchema = v.pipe(
  v.array(glossaryTermSchema),
  v.minLength(1, 'expected at least one glossary term'),
);

export const coverageEntrySchema = v.strictObject({
  heading: text,
  source: seedFileName,
  lessons: v.pipe(idList, v.minLength(1, 'expected at least one lesson that teaches this heading')),
});

export const coverageFileSchema = v.pipe(
  v.array(coverageEntrySchema),
  v.minLength(1, 'expected at least one coverage entry'),
);

export type GlossaryTerm = v.InferOutput<typeof glossaryTermSchema>;
export type CoverageEntry = v.InferOutput<typeof coverageEntrySchema>;
