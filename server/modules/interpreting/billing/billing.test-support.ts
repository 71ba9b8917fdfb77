import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ORIGIN } from '../../../../test/app.ts';
import type { Db } from '../../../platform/db/index.ts';
import { assignments, interpreters, interpretingRequests } from '../interpreting.tables.ts';

/** Synthetic interpreting data written straight into the database, for the billing tests. */

const short = () => randomUUID().slice(0, 8);

export async function insertInterpreter(
  db: Db,
  input: { userId?: string | null; homeLat?: number; homeLon?: number } = {},
): Promise<string> {
  const [row] = await db
    .insert(interpreters)
    .values({
      code: `T-${short()}`,
      userId: input.userId ?? null,
      givenName: 'Testa',
      familyName: `Tolk ${short()}`,
      email: `tolk-${short()}@test.wegwijs.test`,
      modes: ['on_site', 'phone', 'video'],
      homeLat: input.homeLat ?? 51.05,
      homeLon: input.homeLon ?? 3.72,
    })
    .returning({ id: interpreters.id });
  if (!row) throw new Error('insert failed');
  return row.id;
}

export type SessionInput = {
  organisationId: string;
  interpreterId: string;
  start: string;
  minutes?: number;
  mode?: 'on_site' | 'phone' | 'video';
  status?: string;
  costCentre?: string | null;
  cancellation?: { kind: 'free' | 'late' | 'void'; waived?: boolean; onTheWay?: boolean };
  travelBeforeMinutes?: number;
};

/** A request with its assignment (cancelled with the request when a cancellation is given). */
export async function insertSession(
  db: Db,
  input: SessionInput,
): Promise<{ requestId: string; assignmentId: string }> {
  const startsAt = new Date(input.start);
  const endsAt = new Date(startsAt.getTime() + (input.minutes ?? 60) * 60_000);
  const travel = input.travelBeforeMinutes ?? 0;
  const cancelled = input.cancellation !== undefined;
  const [request] = await db
    .insert(interpretingRequests)
    .values({
      reference: `T-TEST-${short()}`,
      organisationId: input.organisationId,
      status: input.status ?? (cancelled ? 'cancelled' : 'assigned'),
      mode: input.mode ?? 'on_site',
      language: 'ar',
      startsAt,
      endsAt,
      address: 'Kongostraat 42, 9000 Gent',
      lat: 51.0614,
      lon: 3.7303,
      sector: 'education',
      conversationType: 'parent_meeting',
      clientReference: 'K-17',
      costCentre: input.costCentre ?? 'KP-100',
      cancelledAt: cancelled ? new Date(startsAt.getTime() - 3_600_000) : null,
      cancellationKind: input.cancellation?.kind ?? null,
      cancellationWaived: input.cancellation?.waived ?? false,
      interpreterOnTheWay: input.cancellation?.onTheWay ?? false,
    })
    .returning({ id: interpretingRequests.id });
  if (!request) throw new Error('insert failed');
  const [assignment] = await db
    .insert(assignments)
    .values({
      requestId: request.id,
      interpreterId: input.interpreterId,
      startsAt,
      endsAt,
      travelBeforeMinutes: travel,
      busyFrom: new Date(startsAt.getTime() - travel * 60_000),
      status: cancelled ? 'cancelled' : 'active',
      source: 'assigned',
    })
    .returning({ id: assignments.id });
  if (!assignment) throw new Error('insert failed');
  return { requestId: request.id, assignmentId: assignment.id };
}

export type Caller = (
  method: 'GET' | 'POST',
  url: string,
  cookie: string | null,
  payload?: Record<string, unknown>,
) => Promise<LightMyRequestResponse>;

export function caller(app: FastifyInstance): Caller {
  return (method, url, cookie, payload) =>
    app.inject({
      method,
      url: `/api/interpreting${url}`,
      headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) },
      ...(payload === undefined ? {} : { payload }),
    });
}
