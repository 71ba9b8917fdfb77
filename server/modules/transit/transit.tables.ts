import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TransitBillLine } from '../../../contracts/transit.ts';
import { entityColumns, timestamptz } from '../../platform/db/index.ts';
import { users } from '../../platform/identity/identity.tables.ts';

/** A pitch (standplaats) of the transit site: one caravan place, in a cluster of five, with its meter. */
export const transitPitches = pgTable(
  'transit_pitches',
  {
    ...entityColumns,
    number: smallint().notNull(),
    cluster: smallint().notNull(),
    meterId: text().notNull(),
    /** A pitch taken out for good; short out-of-service periods are allocations of kind out_of_service. */
    active: boolean().notNull().default(true),
  },
  (t) => [uniqueIndex('transit_pitches_number_key').on(t.number)],
);

/**
 * A travelling party, recognised across years to count its stays (at most 5 a calendar year).
 * `partyKey` is a keyed pseudonym of the normalised head-of-family name and phone, so a returning
 * party is found without keeping more than the contact the reservation needs; no group, ethnicity
 * or origin is recorded (GDPR art. 9).
 */
export const transitParties = pgTable(
  'transit_parties',
  {
    ...entityColumns,
    partyKey: text().notNull(),
    /** Head of family or family name as the party gives it; null after anonymisation. */
    name: text(),
    phone: text(),
    anonymisedAt: timestamptz(),
  },
  (t) => [uniqueIndex('transit_parties_key').on(t.partyKey)],
);

/**
 * A reservation and, once the party arrives, its stay. `departure` is the day the party leaves;
 * the nights (`departure - arrival`) are the days billed and counted against the 21-day rule.
 */
export const transitReservations = pgTable(
  'transit_reservations',
  {
    ...entityColumns,
    /** Quoted on the phone and on receipts: DT-2027-0042. */
    reference: text().notNull(),
    partyId: uuid()
      .notNull()
      .references(() => transitParties.id),
    /** Contact for this stay (head of family, phone); cleared on anonymisation. */
    headOfFamily: text(),
    phone: text(),
    caravans: smallint().notNull(),
    vehicles: smallint().notNull(),
    arrival: date().notNull(),
    departure: date().notNull(),
    /** requested | provisional | confirmed | checked_in | extended | checked_out | settled | cancelled | no_show | evicted */
    status: text().notNull(),
    holdExpiresAt: timestamptz(),
    checkedInAt: timestamptz(),
    checkedOutAt: timestamptz(),
    settledAt: timestamptz(),
    /** Why it was cancelled, not shown, or evicted (the eviction names the breach of the regulation). */
    endReason: text(),
    notes: text(),
    anonymisedAt: timestamptz(),
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex('transit_reservations_reference_key').on(t.reference),
    index('transit_reservations_party_idx').on(t.partyId),
    index('transit_reservations_days_idx').on(t.arrival, t.departure),
    index('transit_reservations_status_idx').on(t.status),
    check('transit_reservations_days', sql`${t.departure} > ${t.arrival}`),
    check('transit_reservations_counts', sql`${t.caravans} >= 1 and ${t.vehicles} >= 0`),
  ],
);

/** The travellers of a reservation: only what the site regulation asks. */
export const transitTravellers = pgTable(
  'transit_travellers',
  {
    ...entityColumns,
    reservationId: uuid()
      .notNull()
      .references(() => transitReservations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    birthDate: date(),
    /** Number of the identity document shown at registration (the regulation's identification). */
    documentNumber: text(),
  },
  (t) => [index('transit_travellers_reservation_idx').on(t.reservationId)],
);

/**
 * A pitch given for a range of days [fromDay, toDay): to a reservation (kind stay) or out of
 * service (kind out_of_service, with the reason). An exclusion constraint (migration 0012) refuses
 * two allocations of one pitch on overlapping days, whatever the code does.
 */
export const transitAllocations = pgTable(
  'transit_allocations',
  {
    ...entityColumns,
    pitchId: uuid()
      .notNull()
      .references(() => transitPitches.id),
    reservationId: uuid().references(() => transitReservations.id, { onDelete: 'cascade' }),
    /** stay | out_of_service */
    kind: text().notNull(),
    fromDay: date().notNull(),
    toDay: date().notNull(),
    reason: text(),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [
    index('transit_allocations_reservation_idx').on(t.reservationId),
    check('transit_allocations_days', sql`${t.toDay} > ${t.fromDay}`),
    check(
      'transit_allocations_kind',
      sql`(${t.kind} = 'stay' and ${t.reservationId} is not null) or (${t.kind} = 'out_of_service' and ${t.reservationId} is null)`,
    ),
  ],
);

/** Electricity meter readings of a pitch at check-in (start) and check-out (end). */
export const transitMeterReadings = pgTable(
  'transit_meter_readings',
  {
    ...entityColumns,
    reservationId: uuid()
      .notNull()
      .references(() => transitReservations.id, { onDelete: 'cascade' }),
    pitchId: uuid()
      .notNull()
      .references(() => transitPitches.id),
    /** start | end */
    kind: text().notNull(),
    kwh: numeric({ precision: 12, scale: 2 }).notNull(),
    readAt: timestamptz().notNull().defaultNow(),
    recordedBy: uuid().references(() => users.id),
  },
  (t) => [uniqueIndex('transit_meter_readings_key').on(t.reservationId, t.pitchId, t.kind)],
);

/** Money received or paid back: prepayment, deposit, the final bill, the deposit's settlement. */
export const transitPayments = pgTable(
  'transit_payments',
  {
    ...entityColumns,
    reservationId: uuid()
      .notNull()
      .references(() => transitReservations.id, { onDelete: 'cascade' }),
    /** prepayment | deposit | final | deposit_refund | refund */
    kind: text().notNull(),
    /** Positive when received, negative when paid back. */
    amountCents: integer().notNull(),
    /** cash | card | transfer */
    method: text().notNull(),
    receiptNumber: text().notNull(),
    recordedBy: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex('transit_payments_receipt_key').on(t.receiptNumber),
    index('transit_payments_reservation_idx').on(t.reservationId),
  ],
);

/** The final bill made at check-out, with its lines as computed under the tariff of the stay's days. */
export const transitBills = pgTable(
  'transit_bills',
  {
    ...entityColumns,
    reservationId: uuid()
      .notNull()
      .references(() => transitReservations.id, { onDelete: 'cascade' }),
    number: text().notNull(),
    /** [{ kind, description, quantity, unitCents, amountCents }] */
    lines: jsonb().$type<TransitBillLine[]>().notNull(),
    totalCents: integer().notNull(),
    /** Prepayment and deposit already received, set against the total. */
    paidCents: integer().notNull(),
    /** total − paid: positive is still due, negative is paid back. */
    balanceCents: integer().notNull(),
  },
  (t) => [
    uniqueIndex('transit_bills_reservation_key').on(t.reservationId),
    uniqueIndex('transit_bills_number_key').on(t.number),
  ],
);

/** Incidents on the site (damage, breach of the regulation, a fault) noted by a supervisor. */
export const transitIncidents = pgTable(
  'transit_incidents',
  {
    ...entityColumns,
    reservationId: uuid().references(() => transitReservations.id, { onDelete: 'set null' }),
    pitchId: uuid().references(() => transitPitches.id),
    occurredAt: timestamptz().notNull().defaultNow(),
    /** damage | regulation | fault | other */
    kind: text().notNull(),
    description: text().notNull(),
    /** Damage set against the deposit at settlement. */
    damageCents: integer().notNull().default(0),
    recordedBy: uuid().references(() => users.id),
  },
  (t) => [index('transit_incidents_reservation_idx').on(t.reservationId)],
);
