import { z } from 'zod';
import { InterpretingModeSchema } from './interpreting.ts';
import type { ErrorSpec } from './problem.ts';

/** Timesheets (prestatiefiches), charges, quarterly invoices and monthly interpreter statements. */

const Iso = z.iso.datetime({ offset: true });
const Day = z.iso.date();

export const NO_SHOWS = ['client', 'interpreter'] as const;
export const NoShowSchema = z.enum(NO_SHOWS).describe('Who did not come: the client or the interpreter');

/** Longest session a timesheet may report, and the most kilometres for one job. */
export const TIMESHEET_LIMITS = {
  maxMinutes: 16 * 60,
  maxWaitingMinutes: 8 * 60,
  maxKilometres: 500,
} as const;

export const TimesheetInputSchema = z
  .object({
    actualStart: Iso.optional().describe('When interpreting began; may be left out for a no-show'),
    actualEnd: Iso.optional().describe('When it ended; after actualStart, at most 16 hours later'),
    waitingMinutes: z.number().int().min(0).max(TIMESHEET_LIMITS.maxWaitingMinutes).default(0),
    kilometres: z
      .number()
      .min(0)
      .max(TIMESHEET_LIMITS.maxKilometres)
      .default(0)
      .describe('Distance driven for an on-site job, there and back'),
    noShow: NoShowSchema.optional(),
    notes: z.string().trim().max(2000).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.noShow) return;
    for (const key of ['actualStart', 'actualEnd'] as const) {
      if (!input[key])
        ctx.addIssue({ code: 'custom', path: [key], message: 'required unless noShow is given' });
    }
  });
export type TimesheetInput = z.infer<typeof TimesheetInputSchema>;

export const TIMESHEET_STATUSES = ['submitted', 'approved', 'rejected'] as const;

export const TimesheetSchema = z.object({
  assignmentId: z.string(),
  requestId: z.string(),
  interpreterId: z.string(),
  status: z.enum(TIMESHEET_STATUSES),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  waitingMinutes: z.number().int(),
  kilometres: z.number(),
  noShow: NoShowSchema.nullable(),
  notes: z.string().nullable(),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export type TimesheetOut = z.infer<typeof TimesheetSchema>;

export const RejectTimesheetSchema = z.object({
  note: z.string().trim().min(1).max(2000).describe('What the interpreter must correct'),
});

export const CHARGE_KINDS = ['session', 'late_cancellation', 'translation'] as const;

export const ChargeSchema = z.object({
  id: z.string(),
  kind: z.enum(CHARGE_KINDS),
  requestId: z.string().nullable(),
  serviceDate: Day,
  description: z.string(),
  billableMinutes: z.number().int().nullable(),
  kilometres: z.number().nullable(),
  amountCents: z.number().int(),
  travelCents: z.number().int(),
  costCentre: z.string().nullable(),
});
export type ChargeOut = z.infer<typeof ChargeSchema>;

export const ApprovalSchema = z.object({ timesheet: TimesheetSchema, charge: ChargeSchema });

export const QuarterSchema = z
  .string()
  .regex(/^20\d{2}-Q[1-4]$/, 'a quarter such as 2027-Q1')
  .describe('Calendar quarter, e.g. 2027-Q1');
export const MonthSchema = z
  .string()
  .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'a month such as 2027-01')
  .describe('Calendar month, e.g. 2027-01');

export const CreateInvoiceSchema = z.object({ organisationId: z.uuid(), quarter: QuarterSchema });

export const InvoiceLineSchema = ChargeSchema.extend({
  reference: z.string().nullable().describe('The request reference, e.g. T-2027-000123'),
  mode: InterpretingModeSchema.nullable(),
  language: z.string().nullable(),
  vatPercent: z.number().describe('VAT rate of the tariff of the service day (0 = exempt)'),
});
export type InvoiceLine = z.infer<typeof InvoiceLineSchema>;

export const InvoiceSummarySchema = z.object({
  id: z.string(),
  number: z.string().describe('F-<year>-Q<n>-<4 digits>'),
  organisationId: z.string(),
  organisationName: z.string(),
  quarter: z.string(),
  periodStart: Day,
  periodEnd: Day,
  totalCents: z.number().int().describe('What the organisation pays: net plus VAT'),
  lineCount: z.number().int(),
  createdAt: z.string(),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummarySchema>;

export const VatRateSchema = z.object({
  percent: z.number(),
  baseCents: z.number().int().describe('Net amount of the lines at this rate'),
  vatCents: z.number().int().describe('VAT on that base, rounded half up once per rate'),
});

export const InvoiceSchema = InvoiceSummarySchema.extend({
  lines: z.array(InvoiceLineSchema),
  netCents: z.number().int(),
  vatCents: z.number().int(),
  vatRates: z.array(VatRateSchema),
});
export type InvoiceOut = z.infer<typeof InvoiceSchema>;

export const InvoiceListQuerySchema = z.object({
  organisationId: z.uuid().optional(),
  quarter: QuarterSchema.optional(),
});
export const InvoiceListSchema = z.object({ items: z.array(InvoiceSummarySchema) });

export const StatementParamsSchema = z.object({ id: z.uuid(), month: MonthSchema });

export const StatementLineSchema = z.object({
  kind: z
    .enum(['session', 'late_cancellation'])
    .describe('A performed session, or a billed late cancellation (her share, as the tariff says)'),
  assignmentId: z.string(),
  reference: z.string(),
  serviceDate: Day,
  mode: InterpretingModeSchema,
  language: z.string(),
  billableMinutes: z.number().int(),
  kilometres: z.number(),
  feeCents: z.number().int().describe('Hours × the interpreter fee of the tariff on that day'),
  travelCents: z.number().int(),
});

export const StatementSchema = z.object({
  interpreterId: z.string(),
  interpreterCode: z.string(),
  month: z.string(),
  lines: z.array(StatementLineSchema),
  totalMinutes: z.number().int(),
  totalKilometres: z.number(),
  totalFeeCents: z.number().int(),
  totalTravelCents: z.number().int(),
  totalCents: z.number().int().describe('Fee plus travel: what the agency owes for the month'),
});
export type StatementOut = z.infer<typeof StatementSchema>;

export const interpretingBillingErrors = {
  'INTERPRETING.ASSIGNMENT_NOT_FOUND': { status: 404, title: 'Assignment not found' },
  'INTERPRETING.TIMESHEET_NOT_FOUND': { status: 404, title: 'No timesheet for this assignment yet' },
  'INTERPRETING.SESSION_NOT_STARTED': { status: 409, title: 'The session has not started yet' },
  'INTERPRETING.INVOICE_NOT_FOUND': { status: 404, title: 'Invoice not found' },
  'INTERPRETING.INVOICE_EMPTY': {
    status: 409,
    title: 'Nothing to invoice for this organisation and quarter',
  },
  'INTERPRETING.INVOICE_EXISTS': {
    status: 409,
    title: 'This quarter is already invoiced for this organisation',
  },
} as const satisfies Record<string, ErrorSpec>;
export type InterpretingBillingErrorCode = keyof typeof interpretingBillingErrors;
