import type { z } from 'zod';
import type {
  IncidentSchema,
  OutOfServiceSchema,
  TemporaryCapSchema,
} from '../../../../contracts/transit.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { setPoolCapacity } from '../../../platform/capacity/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { type ParamService, today } from '../../../platform/params/index.ts';
import { daysOf, sitePoolKey } from '../reservations/days.ts';
import { toSummaries } from '../reservations/reservation-view.ts';
import {
  countStays,
  selectReservation,
  selectReservations,
} from '../reservations/reservations.repository.ts';
import { TransitCapacitySchema } from '../transit-params.ts';
import {
  deleteOutOfService,
  insertIncident,
  insertOutOfService,
  selectIncidentsList,
  selectParties,
  selectPitch,
  selectPitches,
  selectReservationsOn,
} from './site.repository.ts';

export async function listPitches(db: Db) {
  const rows = await selectPitches(db);
  return rows.map(({ id, number, cluster, meterId, active }) => ({ id, number, cluster, meterId, active }));
}

/** Who arrives, who leaves and who is on the site today (Brussels). */
export async function todayOnSite(db: Db, day = today()) {
  const [arrivals, departures, onSite] = await Promise.all([
    selectReservationsOn(db, day, 'arrival', ['provisional', 'confirmed']),
    selectReservationsOn(db, day, 'departure', ['checked_in', 'extended']),
    selectReservations(db, { statuses: ['checked_in', 'extended'], limit: 200, offset: 0 }),
  ]);
  return {
    day,
    arrivals: await toSummaries(db, arrivals),
    departures: await toSummaries(db, departures),
    onSite: await toSummaries(db, onSite.rows),
  };
}

/** A pitch out of service for [fromDay, toDay); refused (PITCH_TAKEN) while a stay holds it. */
export async function putOutOfService(
  db: Db,
  ctx: RequestContext,
  pitchId: string,
  input: z.infer<typeof OutOfServiceSchema>,
) {
  if (input.toDay <= input.fromDay) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'toDay must come after fromDay', {
      fieldErrors: [{ path: 'toDay', message: 'must come after fromDay' }],
    });
  }
  try {
    return await db.transaction(async (tx) => {
      if (!(await selectPitch(tx, pitchId))) throw new AppError('TRANSIT.PITCH_NOT_FOUND');
      const row = await insertOutOfService(tx, { ...input, pitchId, createdBy: ctx.actor?.id ?? null });
      await recordAudit(tx, ctx, {
        action: 'transit.pitch.out_of_service',
        entity: 'transit_allocation',
        entityId: row.id,
        after: row,
      });
      return {
        id: row.id,
        pitchId,
        fromDay: row.fromDay,
        toDay: row.toDay,
        reason: row.reason ?? input.reason,
      };
    });
  } catch (error) {
    if (sqlState(error) !== '23P01') throw error;
    throw new AppError(
      'TRANSIT.PITCH_TAKEN',
      `the pitch is given for some days of ${input.fromDay}–${input.toDay}`,
    );
  }
}

export async function endOutOfService(db: Db, ctx: RequestContext, allocationId: string) {
  await db.transaction(async (tx) => {
    const row = await deleteOutOfService(tx, allocationId);
    if (!row) throw new AppError('COMMON.NOT_FOUND', 'no such out-of-service period');
    await recordAudit(tx, ctx, {
      action: 'transit.pitch.back_in_service',
      entity: 'transit_allocation',
      entityId: row.id,
      before: row,
    });
  });
}

/**
 * A temporary cap: each day's pool gets the new capacity (refused, with nothing changed, when more
 * places are already given) and the cap is recorded as a `transit.capacity` value for the range,
 * with the value before it resumed afterwards.
 */
export async function setTemporaryCap(
  db: Db,
  params: ParamService,
  ctx: RequestContext,
  input: z.infer<typeof TemporaryCapSchema>,
) {
  const days = daysOf(input.fromDay, input.toDay);
  if (days.length === 0 || days.length > 366) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'toDay must come after fromDay, within a year', {
      fieldErrors: [{ path: 'toDay', message: 'after fromDay, within a year' }],
    });
  }
  const history = await params.list('transit.capacity');
  const open = history.find((p) => p.validTo === null && p.validFrom < input.fromDay);
  return db.transaction(async (tx) => {
    const pools = [];
    for (const day of days)
      pools.push({ day, ...(await setPoolCapacity(tx, sitePoolKey(day), input.pitches)) });
    await recordAudit(tx, ctx, { action: 'transit.capacity.capped', entity: 'capacity_pool', after: input });
    const note = input.note ?? 'temporary cap';
    await params.set(tx, ctx, {
      key: 'transit.capacity',
      value: { pitches: input.pitches },
      validFrom: input.fromDay,
      validTo: input.toDay,
      note,
    });
    // Setting the range closes the open-ended value at its start: it carries on after the range.
    if (open) {
      await params.set(tx, ctx, {
        key: 'transit.capacity',
        value: TransitCapacitySchema.parse(open.value),
        validFrom: input.toDay,
        note: open.note ?? undefined,
      });
    }
    return {
      fromDay: input.fromDay,
      toDay: input.toDay,
      pitches: input.pitches,
      days: pools.map(({ day, taken }) => ({ day, taken })),
    };
  });
}

export async function recordIncident(db: Db, ctx: RequestContext, input: z.infer<typeof IncidentSchema>) {
  return db.transaction(async (tx) => {
    if (input.reservationId && !(await selectReservation(tx, input.reservationId)))
      throw new AppError('TRANSIT.NOT_FOUND');
    if (input.pitchId && !(await selectPitch(tx, input.pitchId)))
      throw new AppError('TRANSIT.PITCH_NOT_FOUND');
    const row = await insertIncident(tx, { ...input, recordedBy: ctx.actor?.id ?? null });
    await recordAudit(tx, ctx, {
      action: 'transit.incident.created',
      entity: 'transit_incident',
      entityId: row.id,
      after: row,
    });
    return incidentView(row);
  });
}

function incidentView(row: Awaited<ReturnType<typeof insertIncident>>) {
  return {
    id: row.id,
    reservationId: row.reservationId,
    pitchId: row.pitchId,
    kind: row.kind,
    description: row.description,
    damageCents: row.damageCents,
    occurredAt: row.occurredAt.toISOString(),
  };
}

export async function listIncidents(db: Db, reservationId?: string) {
  return (await selectIncidentsList(db, reservationId)).map(incidentView);
}

/** Parties by name or phone, with their stays this calendar year (anonymised ones have neither). */
export async function findParties(db: Db, q: string | undefined) {
  const year = today().slice(0, 4);
  const rows = await selectParties(db, q);
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      name: row.name,
      phone: row.phone,
      staysThisYear: await countStays(db, row.id, year),
    })),
  );
}
