import { z } from 'zod';
import { CaseTypeSchema } from './case-types.ts';

/** `GET /api/cases/figures`: aggregates for the reports (permission `cases.figures`), never a person. */

export const CaseFiguresQuerySchema = z
  .object({
    from: z.iso.date().describe('First Brussels date, inclusive'),
    to: z.iso.date().describe('Last Brussels date, inclusive'),
    type: CaseTypeSchema.optional().describe('Only this case type'),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type CaseFiguresQuery = z.infer<typeof CaseFiguresQuerySchema>;

const count = z.number().int().min(0);

/** Open cases now, per assignee (staff names only); `assigneeId` null = not assigned. */
export const CaseloadRowSchema = z.object({
  assigneeId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  openCases: count,
});

export const TypeStatusCountSchema = z.object({
  type: CaseTypeSchema,
  status: z.string(),
  statusLabel: z.string(),
  cases: count,
});

/**
 * Stays in a status that began in the period: from a history row to the next row of the same
 * case, or to now for the current status. Closed statuses end a case and have no stay.
 */
export const StatusDurationSchema = z.object({
  type: CaseTypeSchema,
  status: z.string(),
  statusLabel: z.string(),
  stays: count,
  /** Of those, still going on now (measured up to now). */
  ongoing: count,
  averageDays: z.number(),
  medianDays: z.number(),
});

/** Rule-made deadlines due in the period: missed = done after the due day, or still open past it. */
export const DeadlineFiguresSchema = z.object({
  deadlineKey: z.string(),
  due: count,
  met: count,
  missedLate: count,
  missedOpen: count,
  /** Due in the period but the day has not passed yet and the task is still open. */
  pending: count,
});

export const OutcomeSchema = z.object({
  type: CaseTypeSchema,
  status: z.string(),
  statusLabel: z.string(),
  cases: count,
});

export const ScholarshipFiguresSchema = z.object({
  /** Calls whose award was made in the period. */
  callsAwarded: count,
  awardedCents: count,
  /** Applications of those calls with a grant (`awardCents` > 0). */
  grants: count,
});

export const CaseFiguresSchema = z.object({
  from: z.string(),
  to: z.string(),
  type: CaseTypeSchema.nullable(),
  /** Cases open now, per assignee (not limited to the period). */
  caseload: z.array(CaseloadRowSchema),
  /** Cases opened in the period, by type and current status. */
  byTypeAndStatus: z.array(TypeStatusCountSchema),
  timeInStatus: z.array(StatusDurationSchema),
  deadlines: z.array(DeadlineFiguresSchema),
  /** Cases closed in the period, by type and closing status. */
  outcomes: z.array(OutcomeSchema),
  /** Null when the figures are for another type than scholarships. */
  scholarships: ScholarshipFiguresSchema.nullable(),
});
export type CaseFigures = z.infer<typeof CaseFiguresSchema>;
