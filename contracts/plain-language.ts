import { z } from 'zod';
import type { ErrorSpec } from './problem.ts';

/** Error codes of the plain-language module (merged into ERROR_CATALOG in errors.ts). */
export const plainLanguageErrors = {
  'PLAIN_LANGUAGE.TERM_EXISTS': { status: 409, title: 'This word is already on the list' },
  'PLAIN_LANGUAGE.TERM_NOT_FOUND': { status: 404, title: 'This word is not on the list' },
  'PLAIN_LANGUAGE.NO_TEXT': { status: 400, title: 'The document holds no text to check' },
} as const satisfies Record<string, ErrorSpec>;

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
  text: z
    .string()
    .describe('The checked text (for an upload: the text read from the file); offsets index into it'),
  file: z
    .object({ name: z.string(), mediaType: z.string() })
    .nullable()
    .describe('The uploaded document the text was read from; null for pasted text'),
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
    lint: z
      .number()
      .nullable()
      .describe(
        'LiNT-II (0–100, higher = harder), published formula on features ESTIMATED from raw text (module README)',
      ),
    lintLevel: z.number().int().min(1).max(4).nullable().describe('LiNT-II level 1–4; 4 = hardest'),
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

/** One word or phrase of the editable jargon list, with the plainer word to use instead. */
export const PlainLanguageTermSchema = z.object({
  id: z.uuid(),
  term: z.string(),
  alternative: z.string(),
  note: z.string().nullable(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type PlainLanguageTerm = z.infer<typeof PlainLanguageTermSchema>;

export const PlainLanguageTermListSchema = z.object({ items: z.array(PlainLanguageTermSchema) });

const termText = z.string().trim().min(1).max(100);
export const CreatePlainLanguageTermSchema = z.object({
  term: termText.describe('Word or phrase, matched case-insensitively on whole words ("dienen te")'),
  alternative: termText.describe('The plainer word to write instead'),
  note: z.string().trim().max(500).nullable().optional(),
  active: z.boolean().optional(),
});
export type CreatePlainLanguageTerm = z.infer<typeof CreatePlainLanguageTermSchema>;

export const UpdatePlainLanguageTermSchema = CreatePlainLanguageTermSchema.partial().refine(
  (value) => Object.keys(value).length > 0,
  'change at least one field',
);
export type UpdatePlainLanguageTerm = z.infer<typeof UpdatePlainLanguageTermSchema>;
