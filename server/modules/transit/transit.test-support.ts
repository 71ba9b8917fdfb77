import type { FastifyInstance } from 'fastify';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import type { Db } from '../../platform/db/index.ts';
import { today } from '../../platform/params/index.ts';
import { addDays } from './reservations/days.ts';
import { transitPayments } from './transit.tables.ts';

/** The people of a transit test: a site supervisor, a manager (configures the site), a counsellor (no access). */
export async function transitPeopleForTest(app: FastifyInstance, db: Db) {
  const supervisor = await insertUser(db, { roles: ['site_supervisor'] });
  const manager = await insertUser(db, { roles: ['manager'] });
  const counsellor = await insertUser(db, { roles: ['counsellor'] });
  return {
    supervisor: await signIn(app, supervisor.email),
    manager: await signIn(app, manager.email),
    counsellor: await signIn(app, counsellor.email),
  };
}

export type TransitPeople = Awaited<ReturnType<typeof transitPeopleForTest>>;

/** A fresh app with the transit people signed in. */
export async function startTransitTest(): Promise<{ t: TestApp; people: TransitPeople }> {
  const t = await createTestApp();
  return { t, people: await transitPeopleForTest(t.app, t.platform.database.db) };
}

/** The same, with the ids of the site's pitches in number order: the site tests take pitches out of service. */
export async function startSiteTest(): Promise<{ t: TestApp; people: TransitPeople; pitchIds: string[] }> {
  const { t, people } = await startTransitTest();
  const pitches = (await read(t.app, people.supervisor, '/api/transit/pitches')).json();
  return { t, people, pitchIds: pitches.items.map((p: { id: string }) => p.id) };
}

/** A temporary cap of `pitches` places from `from` to `to` days from today (exclusive), set by `cookie`. */
export function capDays(t: TestApp, cookie: string, from: number, to: number, pitches: number) {
  const body = { fromDay: dayFromToday(from), toDay: dayFromToday(to), pitches, reason: 'COVID-maatregelen' };
  return send(t.app, cookie, '/api/transit/capacity', body);
}

/** The occupancy grid's days from `from` to `to` days from today, as the supervisor reads them. */
export async function occupancyDays<D>(
  t: TestApp,
  people: TransitPeople,
  from: number,
  to: number,
): Promise<D[]> {
  const url = `/api/transit/occupancy?from=${dayFromToday(from)}&to=${dayFromToday(to)}`;
  return (await read(t.app, people.supervisor, url)).json().days;
}

/** A supervisor books a synthetic party from `arrival` to `departure` days from today. */
export function bookDays(
  t: TestApp,
  people: TransitPeople,
  arrival: number,
  departure: number,
  caravans = 1,
) {
  const body = booking({ arrival: dayFromToday(arrival), departure: dayFromToday(departure), caravans });
  return send(t.app, people.supervisor, '/api/transit/reservations', body);
}

export function send(
  app: FastifyInstance,
  cookie: string | undefined,
  url: string,
  payload: object,
  method: 'POST' | 'PUT' | 'DELETE' = 'POST',
) {
  return app.inject({ method, url, headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) }, payload });
}

export function read(app: FastifyInstance, cookie: string | undefined, url: string) {
  return app.inject({ url, headers: cookie ? { cookie } : {} });
}

/** A day relative to today in Brussels. */
export function dayFromToday(days: number): string {
  return addDays(today(), days);
}

let serial = 0;

/** A reservation body for a synthetic party (unique unless a name and phone are given). */
export function booking(input: {
  arrival: string;
  departure: string;
  caravans?: number;
  partyName?: string;
  phone?: string;
}) {
  serial += 1;
  return {
    partyName: input.partyName ?? `Familie Test${serial}`,
    phone: input.phone ?? `+32 470 ${String(100_000 + serial).padStart(6, '0')}`,
    caravans: input.caravans ?? 1,
    vehicles: 1,
    arrival: input.arrival,
    departure: input.departure,
  };
}

/** A prepayment straight into the table, for tests of the steps that do not test the billing. */
export async function insertPrepayment(db: Db, reservationId: string): Promise<void> {
  serial += 1;
  await db.insert(transitPayments).values({
    reservationId,
    kind: 'prepayment',
    amountCents: 20_000,
    method: 'cash',
    receiptNumber: `TEST-${Date.now()}-${serial}`,
  });
}
