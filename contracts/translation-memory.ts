import { z } from 'zod';
import type { ErrorSpec } from './problem.ts';

/**
 * Error catalogue of the translation-memory module. The lead merges it into `contracts/errors.ts`;
 * until then the pure code carries these codes in its result values and error class.
 */
export const translationMemoryErrors = {
  'TM.TMX_MALFORMED': { status: 422, title: 'The TMX file is not well-formed XML' },
  'TM.TMX_NOT_TMX': { status: 422, title: 'The file is not a TMX document' },
  'TM.TMX_INVALID_CODES': { status: 422, title: 'The TMX file pairs its inline codes wrongly' },
  'TM.TMX_ENCODING_UNSUPPORTED': { status: 415, title: 'The TMX file uses an unsupported encoding' },
  'TM.EXPORT_INVALID_SEGMENT': { status: 422, title: 'A segment cannot be written as valid TMX' },
  'TM.BAND_WEIGHTS_MISSING': { status: 409, title: 'No band weights are in force for this date' },
  'TM.TARIFF_MISSING': { status: 409, title: 'No translation tariff is in force for this date' },
} as const satisfies Record<string, ErrorSpec>;
export type TranslationMemoryErrorCode = keyof typeof translationMemoryErrors;

/** Kinds of TMX inline codes; `hi` is split into an opening and a closing code around its text. */
export const InlineCodeKindSchema = z.enum(['bpt', 'ept', 'it', 'ph', 'ut', 'hi-open', 'hi-close']);
export type InlineCodeKind = z.infer<typeof InlineCodeKindSchema>;

export const InlineCodeSchema = z.object({
  kind: InlineCodeKindSchema,
  xml: z.string().describe('The original element markup (with any <sub>), re-emitted verbatim on export'),
  i: z.string().optional().describe('bpt/ept pairing id'),
  x: z.string().optional(),
  type: z.string().optional(),
  pos: z.string().optional().describe('begin/end, for <it>'),
});
export type InlineCode = z.infer<typeof InlineCodeSchema>;

export const PropSchema = z.object({ type: z.string(), value: z.string() });
export type TmProp = z.infer<typeof PropSchema>;

export const VariantSchema = z.object({
  text: z
    .string()
    .describe(
      'Segment text; each inline code is one Private Use Area character U+E000+n, n = index in codes',
    ),
  codes: z.array(InlineCodeSchema),
  props: z.array(PropSchema),
  notes: z.array(z.string()),
  created: z.string().optional().describe('ISO 8601 UTC'),
  changed: z.string().optional().describe('ISO 8601 UTC'),
});
export type Variant = z.infer<typeof VariantSchema>;

export const TranslationUnitSchema = z.object({
  tuid: z.string().optional(),
  sourceLang: z.string().describe('BCP 47 tag, or "*all*" when any variant may serve as source'),
  variants: z.record(z.string(), VariantSchema).describe('Keyed by canonical BCP 47 tag (en-US, fr-CA)'),
  props: z.array(PropSchema),
  notes: z.array(z.string()),
  created: z.string().optional(),
  changed: z.string().optional(),
  creationId: z.string().optional(),
  changeId: z.string().optional(),
});
export type TranslationUnit = z.infer<typeof TranslationUnitSchema>;

export const TmxImportResponseSchema = z.object({
  imported: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  errors: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      line: z.number().int().optional(),
      column: z.number().int().optional(),
    }),
  ),
});
export type TmxImportResponse = z.infer<typeof TmxImportResponseSchema>;

export const MatchBandSchema = z.enum([
  'exact',
  'fuzzy95',
  'fuzzy85',
  'fuzzy75',
  'fuzzy50',
  'noMatch',
  'repetition',
]);
export type MatchBand = z.infer<typeof MatchBandSchema>;

export const BandWeightsSchema = z
  .record(MatchBandSchema, z.number().min(0).max(100))
  .describe('Percentage of the full word price paid per band (effective-dated parameters)');
export type BandWeights = z.infer<typeof BandWeightsSchema>;

export const AnalyseRequestSchema = z.object({
  text: z.string().min(1).max(200_000),
  source: z.string().default('nl').describe('BCP 47 source language'),
  target: z.string().min(2).describe('BCP 47 target language'),
});
export type AnalyseRequest = z.infer<typeof AnalyseRequestSchema>;

export const AnalysisResultSchema = z.object({
  segments: z.number().int().nonnegative(),
  words: z.record(MatchBandSchema, z.number().int().nonnegative()),
  totalWords: z.number().int().nonnegative(),
  weightedWords: z.number().nonnegative().describe('Σ words × band weight / 100, rounded to 2 decimals'),
  priceCents: z.number().int().nonnegative(),
});
export type AnalysisResult = z.infer<typeof AnalysisResultSchema>;
