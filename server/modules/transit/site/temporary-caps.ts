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
import { daysOfChange, lockSitePools, syncSitePools } from '../reservations/day-capacity.ts';
import { daysOf } from '../reservations/days.ts';
import { loadSiteParams, type TemporaryCap } from '../reservations/site-params.ts';
import { TEMPORARY_CAP_END_KEY, TEMPORARY_CAP_KEY } from '../transit-params.ts';

const SHOWN_DAYS = 5;

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

/** Days on which more places are given than the cap: refused, naming how many (the first few days). */
function overbookedDetail(pitches: number, over: { day: string; taken: number }[]): string {
  const [worst] = [...over].sort((a, b) => b.taken - a.taken);
  const shown = over
    .slice(0, SHOWN_DAYS)
    .map((o) => `${dayNl(o.day)} (${o.taken})`)
    .join(', ');
  const more = over.length > SHOWN_DAYS ? ` en nog ${over.length - SHOWN_DAYS} dag(en)` : '';
  return (
    `Een plafond van ${pitches} standplaatsen kan niet: er zijn al meer standplaatsen gegeven ` +
    `(vastgehouden, bevestigd of bezet) op ${shown}${more}. ` +
    `Op de drukste dag moeten er eerst ${(worst?.taken ?? 0) - pitches} vrijkomen.`
  );
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

/**
 * A temporary lower cap on [fromDay, toDay) with its reason (the COVID precedent: 15 instead of
 * 25). Under the day pools' locks: refused with `CAPACITY.BELOW_TAKEN` when more places are
 * already given on a day, telling how many; else stored as a `transit.temporary_cap` value for the
 * range and every day's pool lowered (never above the pitches usable that day). Two caps may not
 * overlap (409 TRANSIT.CAP_OVERLAP).
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
  // A cap ended early still holds its stored days in the parameters (they cannot shorten it).
  const ended = site.caps.find(
    (cap) => cap.storedToDay && cap.fromDay < input.toDay && input.fromDay < cap.storedToDay,
  );
  if (ended?.storedToDay) {
    throw new AppError(
      'TRANSIT.CAP_OVERLAP',
      `Het plafond van ${dayNl(ended.fromDay)} werd beëindigd vanaf ${dayNl(ended.toDay)}, maar staat tot ${dayNl(ended.storedToDay)} in de parameterhistoriek; een nieuw plafond kan pas vanaf ${dayNl(ended.storedToDay)} beginnen.`,
    );
  }
  return db.transaction(async (tx) => {
    const pools = await lockSitePools(tx, site, days);
    const over = days
      .map((day) => ({ day, taken: pools.get(day)?.taken ?? 0 }))
      .filter((d) => d.taken > input.pitches);
    if (over.length > 0) throw new AppError('CAPACITY.BELOW_TAKEN', overbookedDetail(input.pitches, over));
    const stored = await params.set(tx, ctx, {
      key: TEMPORARY_CAP_KEY,
      value: { pitches: input.pitches, reason: input.reason },
      validFrom: input.fromDay,
      validTo: input.toDay,
      note: input.reason,
    });
    const cap = {
      id: stored.id,
      fromDay: input.fromDay,
      toDay: input.toDay,
      pitches: input.pitches,
      reason: input.reason,
    };
    const states = await syncSitePools(tx, site, days, [...site.caps, cap]);
    await recordAudit(tx, ctx, {
      action: 'transit.capacity.capped',
      entity: 'parameter',
      entityId: stored.id,
      after: cap,
    });
    return {
      ...capView(cap),
      days: days.map((day) => ({
        day,
        capacity: states.get(day)?.capacity ?? 0,
        taken: states.get(day)?.taken ?? 0,
      })),
    };
  });
}

/** Removes a cap that has not started yet; its days get their places back. */
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
  // The stored end counts: a cap ended early still ends there in the parameters.
  const before = site.caps.find((c) => (c.storedToDay ?? c.toDay) === cap.fromDay);
  if (before) {
    throw new AppError(
      'TRANSIT.CAP_IN_EFFECT',
      `Dit plafond sluit aan op het plafond van ${dayNl(before.fromDay)} tot ${dayNl(before.toDay)}; verwijderen zou dat verlengen. Laat het staan of pas de dagen aan via een beheerder.`,
    );
  }
  const days = daysOf(cap.fromDay, cap.toDay);
  await db.transaction(async (tx) => {
    await lockSitePools(tx, site, days);
    if (cap.end) await params.remove(tx, ctx, cap.end.id);
    await params.remove(tx, ctx, id);
    await syncSitePools(
      tx,
      site,
      days,
      site.caps.filter((c) => c.id !== id),
    );
    await recordAudit(tx, ctx, {
      action: 'transit.capacity.uncapped',
      entity: 'parameter',
      entityId: id,
      before: cap,
    });
  });
}

/**
 * Ends a cap from `fromDay` on (today or later, after its first day, before its end): the days
 * from then on get their places back at once, in the same transaction as the change. The
 * parameters cannot shorten a value that has started, so the cap keeps its row and a
 * `transit.temporary_cap_end` value [fromDay, stored end) says it no longer holds; an earlier end
 * still planned (not yet started) is replaced. Ending only shortens: no day gets fewer places.
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
  const storedToDay = cap.storedToDay ?? cap.toDay;
  const days = daysOf(fromDay, cap.toDay);
  const endedCap = { ...cap, toDay: fromDay };
  return db.transaction(async (tx) => {
    await lockSitePools(tx, site, days);
    // An end in effect makes toDay ≤ today ≤ fromDay, refused above: an earlier end is still planned.
    if (cap.end) await params.remove(tx, ctx, cap.end.id);
    const stored = await params.set(tx, ctx, {
      key: TEMPORARY_CAP_END_KEY,
      value: { capId: cap.id, reason: cap.reason },
      validFrom: fromDay,
      validTo: storedToDay,
      note: `einde van het plafond ${cap.id}`,
    });
    const caps = site.caps.map((c) => (c.id === id ? endedCap : c));
    const states = await syncSitePools(tx, site, days, caps);
    await recordAudit(tx, ctx, {
      action: 'transit.capacity.ended',
      entity: 'parameter',
      entityId: cap.id,
      before: capView(cap),
      after: { ...capView(endedCap), endId: stored.id },
    });
    return {
      ...capView(endedCap),
      days: days.map((day) => ({
        day,
        capacity: states.get(day)?.capacity ?? 0,
        taken: states.get(day)?.taken ?? 0,
      })),
    };
  });
}
