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
import { TEMPORARY_CAP_KEY } from '../transit-params.ts';

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
      `Het plafond van ${dayNl(cap.fromDay)} tot ${dayNl(cap.toDay)} geldt al; een lopend plafond blijft in de historiek en kan niet meer weg.`,
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
  const days = daysOf(cap.fromDay, cap.toDay);
  await db.transaction(async (tx) => {
    await lockSitePools(tx, site, days);
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
