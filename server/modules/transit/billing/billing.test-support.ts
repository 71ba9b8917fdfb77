import { randomUUID } from 'node:crypto';
import { desc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { ORIGIN } from '../../../../test/app.ts';
import type { Db } from '../../../platform/db/index.ts';
import {
  transitAllocations,
  transitIncidents,
  transitMeterReadings,
  transitParties,
  transitPayments,
  transitPitches,
  transitReservations,
} from '../transit.tables.ts';

/**
 * Rows of a stay written straight into the tables, so billing is testable without the reservation
 * flow: a party, a reservation in some status, its pitches (new ones, numbered after any that exist),
 * their allocations over the whole stay, meter readings, incidents and payments.
 */
export type StayRows = {
  status?: string;
  arrival: string;
  departure: string;
  caravans?: number;
  /** One entry per pitch: its readings (an absent end = a pitch not yet read at departure). */
  meters?: { start: number; end?: number }[];
  damages?: { description: string; cents: number }[];
  payments?: { kind: string; amountCents: number }[];
  /** Reuse the party of an earlier stay. */
  partyId?: string;
};

async function nextPitchNumber(db: Db): Promise<number> {
  const [last] = await db
    .select({ number: transitPitches.number })
    .from(transitPitches)
    .orderBy(desc(transitPitches.number))
    .limit(1);
  return (last?.number ?? 0) + 1;
}

async function insertParty(db: Db): Promise<string> {
  const [party] = await db
    .insert(transitParties)
    .values({ partyKey: `test-${randomUUID()}`, name: 'Familie Testers', phone: '+32 470 00 00 00' })
    .returning({ id: transitParties.id });
  if (!party) throw new Error('party insert failed');
  return party.id;
}

export async function insertPitch(db: Db): Promise<{ id: string; number: number }> {
  const number = await nextPitchNumber(db);
  const [pitch] = await db
    .insert(transitPitches)
    .values({ number, cluster: Math.ceil(number / 5), meterId: `M-${number}` })
    .returning({ id: transitPitches.id, number: transitPitches.number });
  if (!pitch) throw new Error('pitch insert failed');
  return pitch;
}

/** A checked-out week of 2 caravans: € 162,86 with electricity and a damage, € 300 received (prepayment and deposit). */
export const BILLED_WEEK: StayRows = {
  arrival: '2027-07-10',
  departure: '2027-07-17',
  caravans: 2,
  meters: [{ start: 1200.12, end: 1234.57 }],
  damages: [{ description: 'kapotte kraan', cents: 5_000 }],
  payments: [
    { kind: 'prepayment', amountCents: 20_000 },
    { kind: 'deposit', amountCents: 10_000 },
  ],
};

/** A new pitch per meter, given to the stay for all its days, with its readings. */
async function insertPitchesOf(db: Db, reservationId: string, stay: StayRows) {
  const pitches: { id: string; number: number }[] = [];
  for (const meter of stay.meters ?? [{ start: 0 }]) {
    const pitch = await insertPitch(db);
    pitches.push(pitch);
    await db.insert(transitAllocations).values({
      pitchId: pitch.id,
      reservationId,
      kind: 'stay',
      fromDay: stay.arrival,
      toDay: stay.departure,
    });
    const readings = [
      { kind: 'start', kwh: meter.start },
      ...(meter.end === undefined ? [] : [{ kind: 'end', kwh: meter.end }]),
    ];
    await db
      .insert(transitMeterReadings)
      .values(readings.map((r) => ({ reservationId, pitchId: pitch.id, kind: r.kind, kwh: String(r.kwh) })));
  }
  return pitches;
}

export async function insertStay(db: Db, stay: StayRows) {
  const partyId = stay.partyId ?? (await insertParty(db));
  const reference = `DT-TEST-${randomUUID().slice(0, 8)}`;
  const [reservation] = await db
    .insert(transitReservations)
    .values({
      reference,
      partyId,
      headOfFamily: 'Jan Testers',
      phone: '+32 470 00 00 00',
      caravans: stay.caravans ?? 1,
      vehicles: 1,
      arrival: stay.arrival,
      departure: stay.departure,
      status: stay.status ?? 'checked_out',
    })
    .returning({ id: transitReservations.id });
  if (!reservation) throw new Error('reservation insert failed');
  const reservationId = reservation.id;
  const pitches = await insertPitchesOf(db, reservationId, stay);
  for (const damage of stay.damages ?? []) {
    await db.insert(transitIncidents).values({
      reservationId,
      kind: 'damage',
      description: damage.description,
      damageCents: damage.cents,
    });
  }
  for (const [index, payment] of (stay.payments ?? []).entries()) {
    await db.insert(transitPayments).values({
      reservationId,
      ...payment,
      method: 'cash',
      receiptNumber: `K-TEST-${reference}-${index}`,
    });
  }
  return { reservationId, reference, partyId, pitches };
}

/** A GET, or a POST when a body is given, with the session cookie and the same-origin header CSRF wants. */
export function call(app: FastifyInstance, cookie: string | undefined, url: string, body?: object) {
  const headers = { origin: ORIGIN, ...(cookie ? { cookie } : {}) };
  return body ? app.inject({ method: 'POST', url, headers, payload: body }) : app.inject({ url, headers });
}

/** The text of a PDF answer, to check what the family reads on it. */
export async function pdfText(body: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(body));
  return (await extractText(document, { mergePages: true })).text;
}
