import { z } from 'zod';
import type { ErrorSpec } from './problem.ts';
import { LanguageTagSchema } from './translation-memory-api.ts';

/**
 * XLIFF exchange with translators' CAT tools (`/api/tm/xliff/...`): a document goes out as XLIFF 1.2
 * or 2.0 with the memory's matches in it, and the translated file comes back into the memory.
 */

/** Error catalogue of the XLIFF exchange (part of the app's catalogue in `contracts/errors.ts`). */
export const translationMemoryXliffErrors = {
  'TM.XLIFF_MALFORMED': { status: 422, title: 'The XLIFF file is not well-formed XML' },
  'TM.XLIFF_NOT_XLIFF': { status: 422, title: 'The file is not an XLIFF document' },
  'TM.XLIFF_ENCODING_UNSUPPORTED': { status: 415, title: 'The XLIFF file uses an unsupported encoding' },
  'TM.XLIFF_INVALID': { status: 422, title: 'The XLIFF file breaks a rule of the standard' },
  'TM.XLIFF_TEXT_NOT_XML': { status: 422, title: 'The text holds characters XML cannot carry' },
} as const satisfies Record<string, ErrorSpec>;
export type TranslationMemoryXliffErrorCode = keyof typeof translationMemoryXliffErrors;

export const XliffVersionSchema = z.enum(['1.2', '2.0']);
export type XliffVersion = z.infer<typeof XliffVersionSchema>;

export const XliffExportRequestSchema = z.object({
  text: z.string().min(1).max(200_000).describe('The Dutch document, plain text; one unit per sentence'),
  source: LanguageTagSchema.default('nl'),
  target: LanguageTagSchema,
  version: XliffVersionSchema,
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Written as the file’s `original` and used for the download name'),
});
export type XliffExportRequest = z.infer<typeof XliffExportRequestSchema>;

export const XliffImportQuerySchema = z.object({
  origin: z.string().trim().min(1).max(200).optional().describe("Stored as each segment's origin"),
});
export type XliffImportQuery = z.infer<typeof XliffImportQuerySchema>;

export const XliffImportResponseSchema = z.object({
  version: XliffVersionSchema.describe('1.2 also stands for the 1.0/1.1 files read the same way'),
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
  text: z.string().describe('The translated document reassembled; untranslated units keep their source'),
});
export type XliffImportResponse = z.infer<typeof XliffImportResponseSchema>;
