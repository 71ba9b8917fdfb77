import { z } from 'zod';

/** A field-level error inside a problem document: which input field, and what is wrong with it. */
export const FieldErrorSchema = z.object({
  path: z.string().describe('Dotted path of the input field, e.g. "email" or "languages.0.level"'),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/**
 * The values a problem's detail names, as data (an RFC 9457 extension member), so a client words
 * the refusal itself instead of parsing the detail's text. Flat: names to strings or numbers.
 */
export const ProblemFactsSchema = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .describe(
    'Values the detail names, as data: e.g. {"places": 130, "site": "Zele", "daily": 100} for OFFERFEEST.DAY_CAPACITY_EXCEEDED. Present only when the error has some; which names a code carries is documented with the code.',
  );
export type ProblemFacts = z.infer<typeof ProblemFactsSchema>;

/** RFC 9457 problem details, as every error of the API is answered (application/problem+json). */
export const ProblemSchema = z.object({
  type: z.string().describe('URI reference that identifies the problem type'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string().describe('Stable, namespaced error code such as AUTH.INVALID_CREDENTIALS'),
  requestId: z.string(),
  errors: z.array(FieldErrorSchema).optional(),
  facts: ProblemFactsSchema.optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export type ErrorSpec = { status: number; title: string };
