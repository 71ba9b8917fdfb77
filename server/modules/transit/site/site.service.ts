import type { z } from 'zod';
import type { IncidentSchema, IncidentView } from '../../../../contracts/transit.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { today } from '../../../platform/params/index.ts';
import { entryRefusal } from '../reservations/arrival-steps.ts';
import { toSummaries } from '../reservations/reservation-view.ts';
import {
  countStays,
  selectReservation,
  selectReservations,
} from '../reservations/reservations.repository.ts';
import {
  insertIncident,
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
  const refusals = new Map<string, Awaited<ReturnType<typeof entryRefusal>>>();
  for (const row of arrivals) refusals.set(row.id, await entryRefusal(db, row));
  return {
    day,
    arrivals: (await toSummaries(db, arrivals)).map((summary) => ({
      ...summary,
      checkInRefusal: refusals.get(summary.id) ?? null,
    })),
    departures: await toSummaries(db, departures),
    onSite: await toSummaries(db, onSite.rows),
  };
}

export async function recordIncident(db: Db, ctx: RequestContext, input: z.infer<typeof IncidentSchema>) {
  return db.transaction(async (tx) => {
    if (input.reservationId && !(await selectReservation(tx, input.reservationId)))
      throw new AppError('TRANSIT.NOT_FOUND', 'Deze reservatie bestaat niet.');
    if (input.pitchId && !(await selectPitch(tx, input.pitchId)))
      throw new AppError('TRANSIT.PITCH_NOT_FOUND', 'Deze standplaats bestaat niet.');
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

function incidentView(row: Awaited<ReturnType<typeof insertIncident>>): IncidentView {
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
