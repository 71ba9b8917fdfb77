import { z } from 'zod';

export const FiguresQuerySchema = z
  .object({
    from: z.iso.date().describe('First Brussels date, inclusive'),
    to: z.iso.date().describe('Last Brussels date, inclusive'),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] });

const Bucket = z.object({
  key: z.string(),
  label: z.string(),
  requests: z.number().int(),
  hours: z.number(),
});

/** Aggregates only: no person, no client reference. */
export const InterpretingFiguresSchema = z.object({
  from: z.string(),
  to: z.string(),
  requests: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  /** Filled (an interpreter came or is booked) over requests that were not cancelled or voided. */
  fillRate: z.number().nullable(),
  hours: z.number(),
  byLanguage: z.array(Bucket),
  bySector: z.array(Bucket),
  byOrganisation: z.array(Bucket),
  byMode: z.array(Bucket),
  lateCancellations: z.number().int(),
  freeCancellations: z.number().int(),
  noShows: z.object({ client: z.number().int(), interpreter: z.number().int() }),
  /** Median hours from the request to its confirmation (an interpreter assigned). */
  medianHoursToConfirmation: z.number().nullable(),
});
export type InterpretingFigures = z.infer<typeof InterpretingFiguresSchema>;
