import { z } from 'zod';
import { InterpretingModeSchema } from './interpreting.ts';
import { NoShowSchema, TIMESHEET_STATUSES } from './interpreting-billing.ts';

/**
 * The reviewer's queue of timesheets (prestatiefiches): what was planned next to what the
 * interpreter reported, so billing staff can approve or send back without opening each request.
 * No new error codes: bad input is COMMON.VALIDATION_FAILED, a missing right COMMON.FORBIDDEN.
 */

export const TimesheetStatusSchema = z.enum(TIMESHEET_STATUSES);

export const TIMESHEET_QUEUE_MAX = 500;

export const TimesheetQueueQuerySchema = z
  .object({
    status: TimesheetStatusSchema.default('submitted').describe('Which timesheets; default submitted'),
    from: z.iso.date().optional().describe('First Brussels day of the planned session, inclusive'),
    to: z.iso.date().optional().describe('Last Brussels day of the planned session, inclusive'),
    limit: z.coerce.number().int().min(1).max(TIMESHEET_QUEUE_MAX).default(200),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type TimesheetQueueQuery = z.infer<typeof TimesheetQueueQuerySchema>;

export const TimesheetQueueItemSchema = z.object({
  assignmentId: z.string(),
  requestId: z.string(),
  reference: z.string().describe('The request reference, e.g. T-2027-000123'),
  organisationId: z.string(),
  organisationName: z.string(),
  interpreterId: z.string(),
  interpreterCode: z.string(),
  interpreterName: z.string().describe('Given and family name (billing staff only see this queue)'),
  mode: InterpretingModeSchema,
  language: z.string(),
  variant: z.string().nullable(),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  waitingMinutes: z.number().int(),
  kilometres: z.number(),
  noShow: NoShowSchema.nullable(),
  notes: z.string().nullable(),
  status: TimesheetStatusSchema,
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export type TimesheetQueueItem = z.infer<typeof TimesheetQueueItemSchema>;

export const TimesheetQueueSchema = z.object({ items: z.array(TimesheetQueueItemSchema) });
