import { z } from 'zod';
import type { ErrorSpec } from './problem.ts';

/**
 * The transit site for travelling families (doortrekkersterrein): pitches, reservations and stays,
 * money, the occupancy grid. Rules and tariffs are effective-dated parameters (`transit.rules`,
 * `transit.tariff`, `transit.capacity`); a pitch is never given twice (exclusion constraint) and the
 * site's places per day are capacity pools (`transit-site:<day>`).
 */

export const transitErrors = {
  'TRANSIT.NOT_FOUND': { status: 404, title: 'No such reservation' },
  'TRANSIT.PITCH_NOT_FOUND': { status: 404, title: 'No such pitch' },
  'TRANSIT.STAY_TOO_LONG': { status: 422, title: 'A stay may last at most the maximum number of days' },
  'TRANSIT.TOO_MANY_STAYS': {
    status: 422,
    title: 'This party has reached the maximum number of stays for the calendar year',
  },
  'TRANSIT.FULL': { status: 409, title: 'Not enough free pitches for these days' },
  'TRANSIT.PITCH_TAKEN': { status: 409, title: 'This pitch is already given for some of these days' },
  'TRANSIT.TRANSITION_NOT_ALLOWED': {
    status: 409,
    title: 'The reservation cannot make this step in its status',
  },
  'TRANSIT.STALE': { status: 409, title: 'The reservation was changed by someone else; reload it' },
  'TRANSIT.TRAVELLERS_MISSING': { status: 409, title: 'Register every traveller before confirming' },
  'TRANSIT.PREPAYMENT_MISSING': { status: 409, title: 'The prepayment must be received before confirming' },
  'TRANSIT.NO_RESERVATION': { status: 409, title: 'No entry without a confirmed reservation' },
  'TRANSIT.METER_READINGS': { status: 422, title: 'A meter reading is missing or lower than at check-in' },
  'TRANSIT.PAST_DAYS': { status: 422, title: 'A reservation cannot start in the past' },
  'TRANSIT.REFUND_TOO_HIGH': { status: 422, title: 'More would be paid back than the family paid' },
  'TRANSIT.CAP_OVERLAP': { status: 409, title: 'Another temporary cap already holds on some of these days' },
  'TRANSIT.CAP_IN_EFFECT': { status: 409, title: 'This temporary cap has started and stays in the history' },
  'TRANSIT.CHECK_IN_NOT_CONFIRMED': {
    status: 409,
    title: 'Check-in refused: the reservation is not confirmed yet',
  },
  'TRANSIT.CHECK_IN_TRAVELLERS_MISSING': {
    status: 409,
    title: 'Check-in refused: not every traveller is registered',
  },
  'TRANSIT.CHECK_IN_PREPAYMENT_MISSING': {
    status: 409,
    title: 'Check-in refused: the prepayment has not been received',
  },
  'TRANSIT.CHECK_IN_BEFORE_ARRIVAL': {
    status: 409,
    title: 'Check-in refused: the arrival day has not come yet',
  },
} as const satisfies Record<string, ErrorSpec>;

export const TRANSIT_STATUSES = [
  'requested',
  'provisional',
  'confirmed',
  'checked_in',
  'extended',
  'checked_out',
  'settled',
  'cancelled',
  'no_show',
  'evicted',
] as const;
export const TransitStatusSchema = z.enum(TRANSIT_STATUSES);
export type TransitStatus = z.infer<typeof TransitStatusSchema>;

/** Statuses that hold pitches (and so count as a stay of the calendar year). */
export const TRANSIT_HOLDING_STATUSES: readonly TransitStatus[] = [
  'provisional',
  'confirmed',
  'checked_in',
  'extended',
];

const day = z.iso.date().describe('YYYY-MM-DD');
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{6,30}$/u, 'a phone number')
  .describe('Phone of the head of family, e.g. +32 470 00 00 00');
const cents = z.number().int().min(0).max(10_000_000);
const kwh = z.number().min(0).max(10_000_000).describe('Meter reading in kWh');

export const TravellerSchema = z.object({
  name: z.string().trim().min(2).max(200),
  birthDate: day.optional(),
  documentNumber: z
    .string()
    .trim()
    .min(3)
    .max(40)
    .optional()
    .describe('Number of the identity document shown'),
});
export type Traveller = z.infer<typeof TravellerSchema>;

export const CreateReservationSchema = z.object({
  partyName: z.string().trim().min(2).max(200).describe('Head of family or family name'),
  phone,
  caravans: z.number().int().min(1).max(25),
  vehicles: z.number().int().min(0).max(50),
  arrival: day,
  departure: day.describe('The day the party leaves; the nights between are the days of the stay'),
  /** Book for a party already known (else it is recognised by name and phone). */
  partyId: z.string().uuid().optional(),
  travellers: z.array(TravellerSchema).max(100).optional(),
  notes: z.string().trim().max(2_000).optional(),
});
export type CreateReservation = z.infer<typeof CreateReservationSchema>;

export const PaymentMethodSchema = z.enum(['cash', 'card', 'transfer']);
export const MeterReadingInputSchema = z.object({ pitchId: z.string().uuid(), kwh });

export const ConfirmReservationSchema = z.object({
  travellers: z.array(TravellerSchema).max(100).optional().describe('Adds these travellers first'),
  /** Records the prepayment (the tariff's amount unless given) before confirming. */
  prepayment: z.object({ method: PaymentMethodSchema, amountCents: cents.optional() }).optional(),
  version: z.number().int().optional(),
});
export const CheckInSchema = z.object({
  meterReadings: z.array(MeterReadingInputSchema).max(25).default([]),
  /** Records the deposit (the tariff's amount unless given) at arrival. */
  deposit: z.object({ method: PaymentMethodSchema, amountCents: cents.optional() }).optional(),
  version: z.number().int().optional(),
});
export const CheckOutSchema = z.object({
  meterReadings: z.array(MeterReadingInputSchema).max(25).default([]),
  version: z.number().int().optional(),
});
export const SettleSchema = z.object({
  /** Pays the balance of the final bill (or pays back a negative one) with this method. */
  method: PaymentMethodSchema.default('cash'),
  version: z.number().int().optional(),
});
export const ExtendSchema = z.object({ departure: day, version: z.number().int().optional() });
export const EndReservationSchema = z.object({
  reason: z.string().trim().min(3).max(1_000),
  version: z.number().int().optional(),
});
export const EvictSchema = EndReservationSchema.extend({
  meterReadings: z
    .array(MeterReadingInputSchema)
    .max(25)
    .optional()
    .describe('End readings when they could be taken'),
});
export const StepVersionSchema = z.object({ version: z.number().int().optional() });
export const RecordPaymentSchema = z.object({
  kind: z.enum(['prepayment', 'deposit', 'final', 'deposit_refund', 'refund']),
  amountCents: z.number().int().min(-10_000_000).max(10_000_000),
  method: PaymentMethodSchema,
});

export const PitchSchema = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  cluster: z.number().int(),
  meterId: z.string(),
  active: z.boolean(),
});
export type Pitch = z.infer<typeof PitchSchema>;

export const TransitBillLineSchema = z.object({
  kind: z.enum(['day_fee', 'electricity', 'damage', 'other']),
  description: z.string(),
  quantity: z.number(),
  unitCents: z.number().int(),
  amountCents: z.number().int(),
});
export type TransitBillLine = z.infer<typeof TransitBillLineSchema>;

export const TransitBillSchema = z.object({
  number: z.string(),
  lines: z.array(TransitBillLineSchema),
  totalCents: z.number().int(),
  paidCents: z
    .number()
    .int()
    .describe('Net received so far: prepayment, deposit, later payments, less refunds'),
  balanceCents: z
    .number()
    .int()
    .describe('total − paid, as it stands now: positive still due, negative still to pay back, 0 settled'),
  createdAt: z.string(),
});

export const TransitPaymentSchema = z.object({
  id: z.string().uuid(),
  kind: RecordPaymentSchema.shape.kind,
  amountCents: z.number().int(),
  method: PaymentMethodSchema,
  receiptNumber: z.string(),
  createdAt: z.string(),
});

export const ReservationSummarySchema = z.object({
  id: z.string().uuid(),
  reference: z.string(),
  status: TransitStatusSchema,
  partyId: z.string().uuid(),
  partyName: z.string().nullable(),
  phone: z.string().nullable(),
  caravans: z.number().int(),
  vehicles: z.number().int(),
  arrival: z.string(),
  departure: z.string(),
  nights: z.number().int(),
  holdExpiresAt: z.string().nullable(),
  pitches: z.array(z.object({ id: z.string().uuid(), number: z.number().int(), cluster: z.number().int() })),
  version: z.number().int(),
});
export type ReservationSummary = z.infer<typeof ReservationSummarySchema>;

export const ReservationDetailSchema = ReservationSummarySchema.extend({
  staysThisYear: z.number().int().describe('Stays of this party in the arrival year, this one included'),
  travellers: z.array(TravellerSchema.extend({ id: z.string().uuid() })),
  payments: z.array(TransitPaymentSchema),
  meterReadings: z.array(
    z.object({
      pitchId: z.string().uuid(),
      kind: z.enum(['start', 'end']),
      kwh: z.number(),
      readAt: z.string(),
    }),
  ),
  bill: TransitBillSchema.nullable(),
  incidents: z.array(
    z.object({ id: z.string().uuid(), kind: z.string(), description: z.string(), occurredAt: z.string() }),
  ),
  endReason: z.string().nullable(),
  notes: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  /** The steps this reservation can take now (the web shows only these buttons). */
  actions: z.array(z.string()),
});
export type ReservationDetail = z.infer<typeof ReservationDetailSchema>;

export const ReservationListSchema = z.object({
  items: z.array(ReservationSummarySchema),
  total: z.number().int(),
});
export type ReservationList = z.infer<typeof ReservationListSchema>;

/** `PUT /api/transit/reservations/{id}/travellers`: the whole list replaces the one registered. */
export const ReplaceTravellersSchema = z.object({ travellers: z.array(TravellerSchema).max(100) });

export const ReservationListQuerySchema = z.object({
  status: z.string().max(300).optional().describe('One status or a comma list'),
  from: day.optional(),
  to: day.optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** `GET /api/transit/occupancy?from=&to=` — the grid: pitches × days, built by the client from ranges. */
export const OccupancyQuerySchema = z.object({ from: day, to: day });
export const OccupancyCellStateSchema = z.enum(['held', 'reserved', 'occupied', 'out_of_service']);
export const OccupancySchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Per day: the site's cap that day and the pitches given. */
  days: z.array(
    z.object({
      day: z.string(),
      capacity: z
        .number()
        .int()
        .describe('Places that day: the site, a temporary cap, pitches out of service'),
      taken: z.number().int(),
      free: z.number().int(),
      temporaryCap: z
        .object({ id: z.string().uuid(), pitches: z.number().int(), reason: z.string() })
        .nullable()
        .describe('The temporary lower cap on this day, if any'),
      outOfService: z.number().int().describe('Active pitches out of service that day'),
    }),
  ),
  pitches: z.array(
    PitchSchema.extend({
      allocations: z.array(
        z.object({
          id: z.string().uuid().describe('The allocation (an out-of-service period is removed by it)'),
          fromDay: z.string(),
          toDay: z.string().describe('Exclusive: the day the pitch is free again'),
          state: OccupancyCellStateSchema,
          reservationId: z.string().uuid().nullable(),
          reference: z.string().nullable(),
          partyName: z.string().nullable(),
          reason: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type Occupancy = z.infer<typeof OccupancySchema>;

/** A party expected today, with why it may not enter yet (null: it may check in). */
export const TodayArrivalSchema = ReservationSummarySchema.extend({
  checkInRefusal: z
    .object({
      code: z
        .string()
        .describe('TRANSIT.CHECK_IN_NOT_CONFIRMED, …_TRAVELLERS_MISSING, …_PREPAYMENT_MISSING, …'),
      detail: z.string(),
    })
    .nullable(),
});
export type TodayArrival = z.infer<typeof TodayArrivalSchema>;

export const TodaySchema = z.object({
  day: z.string(),
  arrivals: z.array(TodayArrivalSchema),
  departures: z.array(ReservationSummarySchema),
  onSite: z.array(ReservationSummarySchema),
});

export const OutOfServiceSchema = z.object({
  fromDay: day,
  toDay: day.describe('Exclusive: the first day the pitch is back'),
  reason: z.string().trim().min(3).max(500),
});
/** The answer to taking a pitch out of service. */
export const OutOfServiceViewSchema = z.object({
  id: z.string().uuid().describe('The period (DELETE /api/transit/out-of-service/{id} ends it)'),
  pitchId: z.string().uuid(),
  fromDay: z.string(),
  toDay: z.string(),
  reason: z.string(),
});
export type OutOfService = z.infer<typeof OutOfServiceViewSchema>;

/** `POST /api/transit/capacity`: a temporary lower cap on the places per day for [fromDay, toDay). */
export const TemporaryCapSchema = z.object({
  fromDay: day,
  toDay: day.describe('Exclusive: the first day without the cap'),
  pitches: z.number().int().min(0).max(200).describe('Places per day while the cap holds'),
  reason: z.string().trim().min(3).max(500).describe('Why, e.g. "COVID-maatregelen: 15 in plaats van 25"'),
});
export const TemporaryCapViewSchema = z.object({
  id: z.string().uuid(),
  fromDay: z.string(),
  toDay: z.string().describe('Exclusive'),
  pitches: z.number().int(),
  reason: z.string(),
});
export type TemporaryCap = z.infer<typeof TemporaryCapViewSchema>;
export const TemporaryCapListSchema = z.object({ items: z.array(TemporaryCapViewSchema) });
export const TemporaryCapResultSchema = TemporaryCapViewSchema.extend({
  days: z.array(z.object({ day: z.string(), capacity: z.number().int(), taken: z.number().int() })),
});
export type TemporaryCapResult = z.infer<typeof TemporaryCapResultSchema>;
/** `POST /api/transit/capacity/{id}/end`: the first day without the cap (today or later, before its end). */
export const EndCapSchema = z.object({
  fromDay: day.describe('The first day the cap no longer holds'),
});

export const IncidentSchema = z.object({
  reservationId: z.string().uuid().optional(),
  pitchId: z.string().uuid().optional(),
  kind: z.enum(['damage', 'regulation', 'fault', 'other']),
  description: z.string().trim().min(3).max(4_000),
  damageCents: cents.default(0),
});

export const IncidentViewSchema = z.object({
  id: z.string().uuid(),
  reservationId: z.string().uuid().nullable(),
  pitchId: z.string().uuid().nullable(),
  kind: z.string(),
  description: z.string(),
  damageCents: z.number().int(),
  occurredAt: z.string(),
});
export type IncidentView = z.infer<typeof IncidentViewSchema>;
export const IncidentListSchema = z.object({ items: z.array(IncidentViewSchema) });

export const PartySchema = z.object({
  id: z.string().uuid(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  staysThisYear: z.number().int(),
});

/** `GET /api/transit/figures?year=` — the site's year in numbers for the reports: counts, nights and money only, never a party or a person. */
export const TransitFiguresQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).describe('Calendar year, e.g. 2027'),
});
export type TransitFiguresQuery = z.infer<typeof TransitFiguresQuerySchema>;

export const TransitFiguresSchema = z.object({
  year: z.number().int(),
  stays: z.number().int().describe('Stays that arrived this year (the party came on site)'),
  nights: z.number().int().describe('Nights of those stays'),
  caravanNights: z.number().int().describe('Nights × caravans of those stays'),
  parties: z.number().int().describe('Distinct parties among those stays'),
  averageStayNights: z.number().describe('nights / stays, one decimal; 0 without stays'),
  occupancyPercentByMonth: z
    .array(z.object({ month: z.number().int().min(1).max(12), percent: z.number() }))
    .describe('Allocated pitch-nights / (active pitches × days in the month), one decimal'),
  revenueCents: z.number().int().describe('Totals of the final bills of this year’s stays'),
  refusedOrCancelled: z.object({
    cancelled: z.number().int(),
    noShow: z.number().int(),
    evicted: z.number().int(),
  }),
});
export type TransitFigures = z.infer<typeof TransitFiguresSchema>;
