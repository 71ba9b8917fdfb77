import { recordAudit } from '../../../platform/audit/index.ts';
import { takeCapacity } from '../../../platform/capacity/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { toDay } from '../../../platform/params/index.ts';
import type { OfferfeestDeps } from '../offerfeest-deps.ts';
import { SITE_DAY_PREFIX, slotPoolKey, slotPools } from '../pool-keys.ts';
import { sendRegistrationMail } from './registration-mail.ts';
import { lockWaitlist, moveStatus, selectSiteDaySlots } from './registrations.repository.ts';

export type FreedSlot = { id: string; siteId: string; startsAt: Date; siteName: string; siteAddress: string };

/**
 * Gives freed places to the waiting list, inside the transaction that freed them (a cancellation,
 * a raised capacity). The order rule: first the waiting registrations of the slot itself, then
 * those of the site's other slots that day (they share the site-day pool); within each, the
 * longest waiting first (`waitlisted_at`, then id). Each registration that fits in both its pools
 * is confirmed; one that does not fit (more animals than the places left) keeps its place and
 * a later, smaller one may pass it — a place is never left empty while someone who fits waits.
 * Other slots take part only where the site-day pool exists (it binds them). Only slots that have not ended take part: a no-show frees its place during its own slot.
 * Answers how many were promoted.
 */
export async function promoteWaitlist(
  deps: Pick<OfferfeestDeps, 'mail' | 'baseUrl'>,
  tx: Db,
  ctx: RequestContext,
  freed: FreedSlot,
  now: Date = new Date(),
): Promise<number> {
  // The site-day pool exists for all the day's slots or for none of them. Without it, a place of
  // this slot is no use to another slot, and touching only this slot's pool keeps two
  // promotions on the same day from locking each other's slots in opposite order.
  const { keys } = await slotPools(tx, freed);
  const dayKey = keys.find((key) => key.startsWith(SITE_DAY_PREFIX));
  const slots = await selectSiteDaySlots(tx, freed.siteId, toDay(freed.startsAt));
  const open = slots.filter((slot) => slot.endsAt > now && (dayKey || slot.id === freed.id));
  const byId = new Map(open.map((slot) => [slot.id, slot]));
  const waiting = await lockWaitlist(tx, [...byId.keys()], freed.id);
  let promoted = 0;
  for (const registration of waiting) {
    const slot = byId.get(registration.slotId);
    if (!slot) continue;
    const taken = await takeCapacity(
      tx,
      [slotPoolKey(slot.id), ...(dayKey ? [dayKey] : [])],
      registration.animals,
    );
    if (!taken.ok) {
      // The site's day is full: nobody further down can fit either.
      if (taken.short.some((pool) => pool.key === dayKey && pool.remaining === 0)) break;
      continue;
    }
    const moved = await moveStatus(tx, registration.id, 'waitlisted', {
      status: 'confirmed',
      confirmedAt: new Date(),
    });
    // The row is locked by this transaction: its status cannot have changed.
    if (!moved) throw new Error('waitlisted registration changed under its lock');
    await recordAudit(tx, ctx, {
      action: 'offerfeest.registration.promoted',
      entity: 'offerfeest_registration',
      entityId: moved.id,
      before: { status: 'waitlisted' },
      after: { status: 'confirmed', slotId: moved.slotId },
    });
    await sendRegistrationMail(deps, tx, ctx, 'promoted', moved, { ...freed, startsAt: slot.startsAt });
    promoted++;
  }
  return promoted;
}
