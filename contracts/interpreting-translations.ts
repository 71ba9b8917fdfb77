import { z } from 'zod';
import { LanguageCodeSchema } from './interpreting.ts';
import type { ErrorSpec } from './problem.ts';
import { MatchBandSchema } from './translation-memory.ts';

/**
 * Written translations (vertalingen) of the interpreting service: upload, quote from the word
 * count, acceptance of the quote, offers to translators, delivery and download. Issue 4 point 10.
 */

/** Documents a translation can start from; the type is read from the content, never the name. */
export const TRANSLATION_SOURCE_MEDIA_TYPES = [
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/pdf',
] as const;

/** quoted → accepted → offered → assigned → delivered; cancelled from any state before delivery. */
export const TRANSLATION_STATUSES = [
  'quoted',
  'accepted',
  'offered',
  'assigned',
  'delivered',
  'cancelled',
] as const;
export const TranslationStatusSchema = z.enum(TRANSLATION_STATUSES);
export type TranslationStatus = z.infer<typeof TranslationStatusSchema>;

export const TRANSLATION_OFFER_STATUSES = [
  'open',
  'accepted',
  'declined',
  'expired',
  'filled',
  'withdrawn',
] as const;
export const TranslationOfferStatusSchema = z.enum(TRANSLATION_OFFER_STATUSES);

const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? undefined : value))
    .optional();

/**
 * The text fields of the multipart upload (all form fields arrive as strings). The file itself is
 * the part named "file".
 */
export const TranslationUploadFieldsSchema = z.object({
  sourceLanguage: LanguageCodeSchema.default('nl').describe('Language of the document; default nl'),
  targetLanguage: LanguageCodeSchema.describe('Language to translate into; one side is always nl'),
  deadline: z.iso.date().describe('Wanted delivery date (Brussels), YYYY-MM-DD, after today'),
  clientReference: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/, 'a short code without spaces, never the client’s name')
    .optional()
    .describe('Pseudonymous client reference of the service; never a name'),
  notes: OptionalText(2000).describe('Notes for the translator (purpose, terminology)'),
  organisationId: z
    .uuid()
    .optional()
    .describe('Staff only: the requesting organisation; a requester always books for her own'),
});
export type TranslationUploadFields = z.infer<typeof TranslationUploadFieldsSchema>;

/** One match band of the memory's analysis, as the quote shows it. */
export const TranslationQuoteBandSchema = z.object({
  band: MatchBandSchema,
  label: z.string().describe('100%, 95–99%, …, no match, repetitions'),
  words: z.number().int().nonnegative(),
  weight: z.number().describe('Percentage of the full word price paid for this band (tm.band_weights)'),
  weightedWords: z.number().nonnegative().describe('words × weight / 100, rounded to 2 decimals'),
});
export type TranslationQuoteBand = z.infer<typeof TranslationQuoteBandSchema>;

/**
 * Why a quote under a per-word tariff is cheaper than the raw word count: the translation memory's
 * analysis of the document for the job's language pair (words per match band and their weights).
 */
export const TranslationQuoteAnalysisSchema = z.object({
  source: z.string().describe('The job’s source language'),
  target: z.string().describe('The job’s target language'),
  segments: z.number().int().nonnegative().describe('Sentences with words in the document'),
  bands: z.array(TranslationQuoteBandSchema),
  totalWords: z.number().int().nonnegative(),
  weightedWords: z.number().nonnegative().describe('Σ words × weight / 100, rounded to 2 decimals'),
});
export type TranslationQuoteAnalysis = z.infer<typeof TranslationQuoteAnalysisSchema>;

export const TranslationQuoteSchema = z.object({
  words: z.number().int().nonnegative().describe('The document’s words (raw count)'),
  unit: z.enum(['word', 'line']).describe('What the tariff of the day prices: words (from 2020) or lines'),
  units: z
    .number()
    .nonnegative()
    .describe(
      'Lines, or words: the weighted words of the analysis when there is one (2 decimals), else the raw words',
    ),
  centsPerUnit: z.number().int().nonnegative(),
  minimumCents: z.number().int().nonnegative(),
  amountCents: z
    .number()
    .int()
    .nonnegative()
    .describe(
      'max(units × centsPerUnit, minimumCents); on weighted words max(round(Σ words × weight × centsPerUnit / 100), minimumCents), rounded once on the total',
    ),
  tariffDay: z.iso.date().describe('The (Brussels) day whose tariff (and band weights) was applied'),
  basis: z
    .enum(['weighted_words', 'words', 'lines'])
    .optional()
    .describe(
      'weighted_words: the translation memory’s analysis; words: raw words (no band weights that day); lines: the per-line tariff (2017–2019), where the analysis does not apply',
    ),
  analysis: TranslationQuoteAnalysisSchema.nullable()
    .optional()
    .describe('The memory’s analysis behind a per-word quote; null when the quote is not priced on it'),
});
export type TranslationQuote = z.infer<typeof TranslationQuoteSchema>;

export const TranslationFileSchema = z.object({
  id: z.uuid(),
  originalName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
});

export const TranslationJobSchema = z.object({
  id: z.uuid(),
  reference: z.string().describe('Human reference, e.g. V-2027-000045'),
  organisationId: z.uuid(),
  status: TranslationStatusSchema,
  sourceLanguage: z.string(),
  targetLanguage: z.string(),
  words: z.number().int(),
  quoteCents: z.number().int(),
  deadline: z.iso.date(),
  clientReference: z.string().nullable(),
  notes: z.string().nullable(),
  sourceFile: TranslationFileSchema,
  translator: z
    .object({ id: z.uuid(), code: z.string(), givenName: z.string() })
    .nullable()
    .describe('The assigned translator: code and first name only'),
  deliveredAt: z.iso.datetime({ offset: true }).nullable(),
  hasDelivery: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TranslationJobOut = z.infer<typeof TranslationJobSchema>;

/** A translation found in the translation library that may make a new one unnecessary. */
export const ExistingTranslationSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  language: z.string(),
});
export type ExistingTranslation = z.infer<typeof ExistingTranslationSchema>;

export const TranslationQuotedSchema = TranslationJobSchema.extend({
  quote: TranslationQuoteSchema,
  existingTranslation: ExistingTranslationSchema.nullable().describe(
    'A library translation of the same document, when one exists',
  ),
});

export const TranslationListQuerySchema = z.object({
  status: TranslationStatusSchema.optional(),
});
export const TranslationListSchema = z.object({ items: z.array(TranslationJobSchema) });

export const TranslationOffersRequestSchema = z.object({
  interpreterIds: z.array(z.uuid()).min(1).max(50).describe('Translators to offer the job to'),
  expiresInHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(48),
});

export const TranslationOfferSchema = z.object({
  id: z.uuid(),
  jobId: z.uuid(),
  interpreterId: z.uuid(),
  status: TranslationOfferStatusSchema,
  expiresAt: z.iso.datetime({ offset: true }),
  respondedAt: z.iso.datetime({ offset: true }).nullable(),
});
export const TranslationOffersSentSchema = z.object({
  offers: z.array(TranslationOfferSchema),
  job: TranslationJobSchema,
});

/** A translator's view of an offer: enough to decide, without the requester's identity. */
export const MyTranslationOfferSchema = TranslationOfferSchema.extend({
  reference: z.string(),
  sourceLanguage: z.string(),
  targetLanguage: z.string(),
  words: z.number().int(),
  deadline: z.iso.date(),
});
export const MyTranslationOffersSchema = z.object({ items: z.array(MyTranslationOfferSchema) });
export const TranslationOfferListQuerySchema = z.object({
  status: TranslationOfferStatusSchema.optional(),
});

export const TranslationCancelledSchema = TranslationJobSchema.extend({
  chargedCents: z.number().int().describe('Full price once the quote was accepted; 0 before'),
});

export const translationErrors = {
  'INTERPRETING.TRANSLATION_NOT_FOUND': { status: 404, title: 'Translation job not found' },
  'INTERPRETING.TRANSLATION_OFFER_NOT_FOUND': { status: 404, title: 'Translation offer not found' },
  'INTERPRETING.TRANSLATION_INVALID_STATUS': {
    status: 409,
    title: 'Not possible in the translation job’s current status',
  },
  'INTERPRETING.TRANSLATION_NOT_DUTCH': { status: 400, title: 'A translation is always to or from Dutch' },
  'INTERPRETING.TRANSLATION_NO_TEXT': {
    status: 400,
    title: 'No text could be read from the document (is it a scan?)',
  },
  'INTERPRETING.TRANSLATION_DEADLINE_INVALID': { status: 400, title: 'The deadline must be after today' },
  'INTERPRETING.TRANSLATION_ORGANISATION_NOT_ELIGIBLE': {
    status: 403,
    title: 'This organisation may not order translations',
  },
  'INTERPRETING.TRANSLATOR_NOT_ELIGIBLE': {
    status: 409,
    title: 'This interpreter does not translate this language pair',
  },
  'TEXT.UNREADABLE': { status: 400, title: 'The document could not be read' },
} as const satisfies Record<string, ErrorSpec>;
export type TranslationErrorCode = keyof typeof translationErrors;
