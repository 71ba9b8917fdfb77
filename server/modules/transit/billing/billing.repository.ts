import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import {
  transitBills,
  transitIncidents,
  transitMeterReadings,
  transitPayments,
  transitPitches,
  transitReservations,
} from '../transit.tables.ts';

export type ReservationForBilling = {
  id: string;
  reference: string;
  status: string;
  headOfFamily: string | null;
  caravans: number;
  arrival: string;
  departure: string;
};

const reservationColumns = {
  id: transitReservations.id,
  reference: transitReservations.reference,
  status: transitReservations.status,
  headOfFamily: transitReservations.headOfFamily,
  caravans: transitReservations.caravans,
  arrival: transitReservations.arrival,
  departure: transitReservations.departure,
};

/** The reservation, locked when a payment is written so its status cannot change meanwhile. */
export async function findReservation(
  db: Db,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ReservationForBilling | undefined> {
  const query = db.select(reservationColumns).from(transitReservations).where(eq(transitReservations.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** A receipt number from the sequence: unique and race-free; a rolled-back payment leaves a gap. */
export async function nextReceiptSerial(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: string }>(
    db,
    sql`select nextval('transit_receipt_number_seq')::text as n`,
  );
  if (!row) throw new Error('transit_receipt_number_seq answered nothing');
  return Number(row.n);
}

export type PaymentRow = typeof transitPayments.$inferSelect;

export async function insertPayment(
  db: Db,
  values: typeof transitPayments.$inferInsert,
): Promise<PaymentRow> {
  const [row] = await db.insert(transitPayments).values(values).returning();
  if (!row) throw new Error('payment insert returned nothing');
  return row;
}

export async function findPayment(db: Db, reservationId: string, paymentId: string) {
  const [row] = await db
    .select()
    .from(transitPayments)
    .where(and(eq(transitPayments.id, paymentId), eq(transitPayments.reservationId, reservationId)));
  return row;
}

/** Sums of the payments of some kinds, per kind; `until` keeps those made before a moment. */
export async function paymentSums(
  db: Db,
  reservationId: string,
  kinds: readonly string[],
  until?: Date,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ kind: transitPayments.kind, cents: sql<string>`sum(${transitPayments.amountCents})::text` })
    .from(transitPayments)
    .where(
      and(
        eq(transitPayments.reservationId, reservationId),
        inArray(transitPayments.kind, [...kinds]),
        until ? lte(transitPayments.createdAt, until) : undefined,
      ),
    )
    .groupBy(transitPayments.kind);
  return new Map(rows.map((row) => [row.kind, Number(row.cents)]));
}

/** Every payment of a reservation (kind and signed amount), oldest first. */
export async function selectPaymentAmounts(db: Db, reservationId: string) {
  return db
    .select({ kind: transitPayments.kind, amountCents: transitPayments.amountCents })
    .from(transitPayments)
    .where(eq(transitPayments.reservationId, reservationId))
    .orderBy(asc(transitPayments.createdAt), asc(transitPayments.receiptNumber));
}

/** Start and end reading per pitch of a stay; kWh come back from numeric as strings. */
export async function selectReadings(db: Db, reservationId: string) {
  return db
    .select({
      pitchId: transitMeterReadings.pitchId,
      pitchNumber: transitPitches.number,
      kind: transitMeterReadings.kind,
      kwh: transitMeterReadings.kwh,
    })
    .from(transitMeterReadings)
    .innerJoin(transitPitches, eq(transitPitches.id, transitMeterReadings.pitchId))
    .where(eq(transitMeterReadings.reservationId, reservationId))
    .orderBy(asc(transitPitches.number));
}

export async function selectDamages(db: Db, reservationId: string) {
  return db
    .select({ description: transitIncidents.description, cents: transitIncidents.damageCents })
    .from(transitIncidents)
    .where(and(eq(transitIncidents.reservationId, reservationId), gt(transitIncidents.damageCents, 0)))
    .orderBy(asc(transitIncidents.occurredAt), asc(transitIncidents.id));
}

export type BillRow = typeof transitBills.$inferSelect;

export async function findBill(db: Db, reservationId: string): Promise<BillRow | undefined> {
  const [row] = await db.select().from(transitBills).where(eq(transitBills.reservationId, reservationId));
  return row;
}

/** Inserts the bill unless the stay has one already (a concurrent check-out): undefined then. */
export async function insertBill(
  db: Db,
  values: typeof transitBills.$inferInsert,
): Promise<BillRow | undefined> {
  const [row] = await db
    .insert(transitBills)
    .values(values)
    .onConflictDoNothing({ target: transitBills.reservationId })
    .returning();
  return row;
}
