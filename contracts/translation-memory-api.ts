import { z } from 'zod';
import { BandWeightsSchema, MatchBandSchema, TmxImportResponseSchema } from './translation-memory.ts';

/**
 * HTTP contracts of the translation memory (`/api/tm/...`). The pure shapes (units, bands, weights)
 * live in `translation-memory.ts`; this file adds what the routes take and answer.
 */

/** A BCP 47 language tag as CAT tools write them (nl, nl-BE, zh-Hant-TW); anything else is refused. */
export const LanguageTagSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/u, 'not a language tag')
  .describe('BCP 47 language tag');

export const TmImportQuerySchema = z.object({
  origin: z.string().trim().min(1).max(200).optional().describe("Stored as each segment's origin"),
});
export type TmImportQuery = z.infer<typeof TmImportQuerySchema>;

export { TmxImportResponseSchema };

export const TmExportQuerySchema = z.object({
  source: LanguageTagSchema.default('nl'),
  target: LanguageTagSchema,
});
export type TmExportQuery = z.infer<typeof TmExportQuerySchema>;

export const CalendarDaySchema = z.iso.date().describe('YYYY-MM-DD; the parameters in force that day');

export const TmAnalyseRequestSchema = z.object({
  text: z.string().min(1).max(200_000),
  source: LanguageTagSchema.default('nl'),
  target: LanguageTagSchema,
  day: CalendarDaySchema.optional(),
});
export type TmAnalyseRequest = z.infer<typeof TmAnalyseRequestSchema>;

export const WordPriceSchema = z.number().int().nonnegative().describe('Full price of one word, in cents');

export const TmAnalyseResponseSchema = z.object({
  source: z.string(),
  target: z.string(),
  day: z.string(),
  segments: z.number().int().nonnegative(),
  bands: z.array(
    z.object({
      band: MatchBandSchema,
      label: z.string().describe('100%, 95–99%, …, no match, repetitions'),
      words: z.number().int().nonnegative(),
      weight: z.number().describe('Percentage of the full word price'),
    }),
  ),
  totalWords: z.number().int().nonnegative(),
  weightedWords: z.number().nonnegative(),
  wordPriceCents: z.number().int().nonnegative(),
  priceCents: z.number().int().nonnegative(),
  weights: BandWeightsSchema,
});
export type TmAnalyseResponse = z.infer<typeof TmAnalyseResponseSchema>;
