import {
  PaymentMethodSchema,
  RecordPaymentSchema,
  type ReservationDetail,
  type ReservationSummary,
  type TransitStatus,
  TransitStatusSchema,
} from '../../../../contracts/transit.ts';
import type { Db } from '../../../platform/db/index.ts';
import { billStanding } from '../billing/standing.ts';
import { nightsBetween } from './days.ts';
import {
  countStays,
  type ReservationRow,
  selectBill,
  selectIncidents,
  selectPayments,
  selectReadings,
  selectReservationPitches,
  selectTravellers,
} from './reservations.repository.ts';

/** The steps each status allows (the web shows only these buttons). */
const ACTIONS: Record<TransitStatus, string[]> = {
  requested: ['hold', 'cancel'],
  provisional: ['confirm', 'cancel', 'no-show'],
  confirmed: ['check-in', 'extend', 'cancel', 'no-show'],
  checked_in: ['extend', 'check-out', 'evict'],
  extended: ['extend', 'check-out', 'evict'],
  checked_out: ['settle'],
  evicted: ['settle'],
  settled: [],
  cancelled: [],
  no_show: [],
};

export function actionsFor(status: TransitStatus): string[] {
  return ACTIONS[status];
}

const iso = (at: Date | null) => (at ? at.toISOString() : null);

export function toSummary(
  row: ReservationRow,
  pitches: readonly { id: string; number: number; cluster: number }[],
): ReservationSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: TransitStatusSchema.parse(row.status),
    partyId: row.partyId,
    partyName: row.headOfFamily,
    phone: row.phone,
    caravans: row.caravans,
    vehicles: row.vehicles,
    arrival: row.arrival,
    departure: row.departure,
    nights: nightsBetween(row.arrival, row.departure),
    holdExpiresAt: iso(row.holdExpiresAt),
    pitches: pitches.map(({ id, number, cluster }) => ({ id, number, cluster })),
    version: row.version,
  };
}

/** Summaries of many rows with their pitches in one query. */
export async function toSummaries(db: Db, rows: readonly ReservationRow[]): Promise<ReservationSummary[]> {
  const pitches = await selectReservationPitches(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    toSummary(
      row,
      pitches.filter((p) => p.reservationId === row.id),
    ),
  );
}

export async function toDetail(db: Db, row: ReservationRow): Promise<ReservationDetail> {
  // One after the other: inside a transaction they share one connection.
  const pitches = await selectReservationPitches(db, [row.id]);
  const travellers = await selectTravellers(db, row.id);
  const payments = await selectPayments(db, row.id);
  const readings = await selectReadings(db, row.id);
  const bill = await selectBill(db, row.id);
  const incidents = await selectIncidents(db, row.id);
  const stays = await countStays(db, row.partyId, row.arrival.slice(0, 4));
  const standing = billStanding(bill?.totalCents ?? 0, payments);
  return {
    ...toSummary(row, pitches),
    staysThisYear: stays,
    travellers: travellers.map((t) => ({
      id: t.id,
      name: t.name,
      ...(t.birthDate ? { birthDate: t.birthDate } : {}),
      ...(t.documentNumber ? { documentNumber: t.documentNumber } : {}),
    })),
    payments: payments.map((p) => ({
      id: p.id,
      kind: RecordPaymentSchema.shape.kind.parse(p.kind),
      amountCents: p.amountCents,
      method: PaymentMethodSchema.parse(p.method),
      receiptNumber: p.receiptNumber,
      createdAt: p.createdAt.toISOString(),
    })),
    meterReadings: readings.map((r) => ({
      pitchId: r.pitchId,
      kind: r.kind === 'end' ? 'end' : 'start',
      kwh: Number(r.kwh),
      readAt: r.readAt.toISOString(),
    })),
    bill: bill
      ? {
          number: bill.number,
          lines: bill.lines,
          totalCents: bill.totalCents,
          // Where the money stands now (after the settlement: € 0), not what it was at check-out.
          paidCents: standing.paidCents,
          balanceCents: standing.balanceCents,
          createdAt: bill.createdAt.toISOString(),
        }
      : null,
    incidents: incidents.map((i) => ({
      id: i.id,
      kind: i.kind,
      description: i.description,
      occurredAt: i.occurredAt.toISOString(),
    })),
    endReason: row.endReason,
    notes: row.notes,
    checkedInAt: iso(row.checkedInAt),
    checkedOutAt: iso(row.checkedOutAt),
    actions: actionsFor(TransitStatusSchema.parse(row.status)),
  };
}
