import { z } from 'zod';

const Span = { start: z.number().int(), end: z.number().int() };

export const PlainLanguageCheckRequestSchema = z.object({
  text: z.string().min(1).max(200_000).describe('Dutch text to check'),
});

/** One sentence with everything flagged inside it; offsets are UTF-16 indexes into the text. */
export const CheckedSentenceSchema = z.object({
  ...Span,
  text: z.string(),
  words: z.number().int(),
  syllables: z.number().int(),
  flags: z.object({
    long: z.boolean().describe('More than 20 words'),
    passive: z.array(z.object({ ...Span, auxiliary: z.string(), participle: z.string() })),
    longWords: z.array(z.object({ ...Span, text: z.string(), syllables: z.number().int() })),
    jargon: z.array(z.object({ ...Span, text: z.string(), term: z.string(), alternative: z.string() })),
  }),
});

export const PlainLanguageCheckSchema = z.object({
  sentences: z.array(CheckedSentenceSchema),
  wordCount: z.number().int(),
  averageSentenceLength: z.number(),
  scores: z.object({
    fleschDouma: z
      .number()
      .nullable()
      .describe('Douma (1960): 206.84 − 0.77·syllables/100 words − 0.93·words/sentence'),
    fleschDoumaBand: z.string().nullable(),
    brouwer: z.number().nullable(),
    /** LiNT-II needs a parser and word frequencies: null from raw text (see the module README). */
    lint: z.number().nullable(),
  }),
  b1: z.object({
    estimate: z.enum(['B1', 'borderline', 'above-B1', 'empty']),
    reasons: z.array(
      z.object({
        code: z.string(),
        ok: z.boolean(),
        value: z.number(),
        target: z.number(),
        message: z.string(),
      }),
    ),
  }),
});
export type PlainLanguageCheck = z.infer<typeof PlainLanguageCheckSchema>;
