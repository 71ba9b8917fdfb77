import type { z } from 'zod';
import type {
  TemporaryCap as CapView,
  TemporaryCapResult,
  TemporaryCapSchema,
} from '../../../../contracts/transit.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { type ParamService, today } from '../../../platform/params/index.ts';
import { dayNl } from '../billing/money.ts';
import { daysOfChange, lockSitePools } from '../reservations/day-capacity.ts';
import { daysOf } from '../reservations/days.ts';
import { loadSiteParams, readSiteParams, type TemporaryCap } from '../reservations/site-params.ts';
import { TEMPORARY_CAP_KEY } from '../transit-params.ts';

function checkRange(input: { fromDay: string; toDay: string }): string[] {
  const days = daysOfChange(input);
  if (input.fromDay < today()) {
    throw new AppError(
      'TRANSIT.PAST_DAYS',
      `Een tijdelijk plafond kan niet in het verleden beginnen (${dayNl(input.fromDay)}).`,
    );
  }
  return days;
}

const capView = (cap: TemporaryCap): CapView => ({
  id: cap.id,
  fromDay: cap.fromDay,
  toDay: cap.toDay,
  pitches: cap.pitches,
  reason: cap.reason,
});

export async function listTemporaryCaps(params: ParamService): Promise<CapView[]> {
  return (await loadSiteParams(params)).caps.map(capView);
}

/** The cap's days as the pools hold them now (after the change, under their locks). */
async function capResult(
  tx: Db,
  params: ParamService,
  cap: TemporaryCap,
  days: readonly string[],
): Promise<TemporaryCapResult> {
  const states = await lockSitePools(tx, await readSiteParams(params, tx), days);
  return {
    ...capView(cap),
    days: days.map((day) => ({
      day,
      capacity: states.get(day)?.capacity ?? 0,
      taken: states.get(day)?.taken ?? 0,
    })),
  };
}

/**
 * A temporary lower cap on [fromDay, toDay) with its reason (the COVID precedent: 15 instead of
 * 25), stored as a `transit.temporary_cap` value for the range. The parameters' change hook
 * (`resizeSitePools`) lowers every day's pool in the same transaction, or refuses with
 * `CAPACITY.BELOW_TAKEN` when more places are already given on a day, telling how many. Two caps
 * may not overlap (409 TRANSIT.CAP_OVERLAP).
 */
export async function setTemporaryCap(
  db: Db,
  params: ParamService,
  ctx: RequestContext,
  input: z.infer<typeof TemporaryCapSchema>,
): Promise<TemporaryCapResult> {
  const days = checkRange(input);
  const site = await loadSiteParams(params);
  const clash = site.caps.find((cap) => cap.fromDay < input.toDay && input.fromDay < cap.toDay);
  if (clash) {
    throw new AppError(
      'TRANSIT.CAP_OVERLAP',
      `Van ${dayNl(clash.fromDay)} tot ${dayNl(clash.toDay)} geldt al een plafond van ${clash.pitches} (${clash.reason}). Verwijder het eerst of kies andere dagen.`,
    );
  }
  return db.transaction(async (tx) => {
    const stored = await params.set(tx, ctx, {
      key: TEMPORARY_CAP_KEY,
      value: { pitches: input.pitches, reason: input.reason },
      validFrom: input.fromDay,
      validTo: input.toDay,
      note: input.reason,
    });
    const cap = { id: stored.id, ...input };
    await recordAudit(tx, ctx, {
      action: 'transit.capacity.capped',
      entity: 'parameter',
      entityId: stored.id,
      after: cap,
    });
    return capResult(tx, params, cap, days);
  });
}

/** Removes a cap that has not started yet; its days get their places back (the change hook). */
export async function removeTemporaryCap(db: Db, params: ParamService, ctx: RequestContext, id: string) {
  const site = await loadSiteParams(params);
  const cap = site.caps.find((c) => c.id === id);
  if (!cap) throw new AppError('COMMON.NOT_FOUND', 'Dit tijdelijk plafond bestaat niet (meer).');
  if (cap.fromDay <= today()) {
    throw new AppError(
      'TRANSIT.CAP_IN_EFFECT',
      `Het plafond van ${dayNl(cap.fromDay)} tot ${dayNl(cap.toDay)} geldt al; een lopend plafond blijft in de historiek en kan niet meer weg. Beëindig het vanaf een dag (vandaag of later).`,
    );
  }
  // Removing a value lets the one ending on its start run on (the parameters' rule for plans):
  // for caps that would silently lengthen the earlier cap, so that case is refused.
  const before = site.caps.find((c) => c.toDay === cap.fromDay);
  if (before) {
    throw new AppError(
      'TRANSIT.CAP_IN_EFFECT',
      `Dit plafond sluit aan op het plafond van ${dayNl(before.fromDay)} tot ${dayNl(before.toDay)}; verwijderen zou dat verlengen. Laat het staan of pas de dagen aan via een beheerder.`,
    );
  }
  await db.transaction(async (tx) => {
    await params.remove(tx, ctx, id);
    await recordAudit(tx, ctx, {
      action: 'transit.capacity.uncapped',
      entity: 'parameter',
      entityId: id,
      before: cap,
    });
  });
}

/**
 * Ends a cap from `fromDay` on (today or later, after its first day, before its end): the cap's
 * value is shortened to end there, and the change hook gives those days their places back in the
 * same transaction. Ending only shortens: no day gets fewer places. The freed days are free for a
 * new cap at once.
 */
export async function endTemporaryCap(
  db: Db,
  params: ParamService,
  ctx: RequestContext,
  id: string,
  fromDay: string,
): Promise<TemporaryCapResult> {
  const site = await loadSiteParams(params);
  const cap = site.caps.find((c) => c.id === id);
  if (!cap) throw new AppError('COMMON.NOT_FOUND', 'Dit tijdelijk plafond bestaat niet (meer).');
  if (fromDay < today()) {
    throw new AppError(
      'TRANSIT.PAST_DAYS',
      `Een plafond kan niet in het verleden eindigen (${dayNl(fromDay)}); kies vandaag of later.`,
    );
  }
  if (fromDay <= cap.fromDay || fromDay >= cap.toDay) {
    const hint = cap.fromDay > today() ? ' Een plafond dat nog niet begon, kan je ook verwijderen.' : '';
    throw new AppError(
      'COMMON.VALIDATION_FAILED',
      `Het plafond geldt van ${dayNl(cap.fromDay)} tot ${dayNl(cap.toDay)}: het kan eindigen vanaf een dag na ${dayNl(cap.fromDay)} en vóór ${dayNl(cap.toDay)}.${hint}`,
      { fieldErrors: [{ path: 'fromDay', message: 'binnen het plafond, na de eerste dag' }] },
    );
  }
  const endedCap = { ...cap, toDay: fromDay };
  return db.transaction(async (tx) => {
    await params.shorten(tx, ctx, id, fromDay);
    await recordAudit(tx, ctx, {
      action: 'transit.capacity.ended',
      entity: 'parameter',
      entityId: cap.id,
      before: capView(cap),
      after: capView(endedCap),
    });
    return capResult(tx, params, endedCap, daysOf(fromDay, cap.toDay));
  });
}
