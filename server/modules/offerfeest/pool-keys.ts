import { toDay } from '../../platform/params/index.ts';

/** The capacity pool of one slot's places. */
export function slotPoolKey(slotId: string): string {
  return `offerfeest-slot:${slotId}`;
}

/** The pool of a site's animals on one (Brussels) day, shared by all that day's slots. */
export function siteDayPoolKey(siteId: string, startsAt: Date): string {
  return `offerfeest-site-day:${siteId}:${toDay(startsAt)}`;
}

/** Both pools a registration takes from, for its slot. */
export function registrationPools(slot: { id: string; siteId: string; startsAt: Date }): string[] {
  return [slotPoolKey(slot.id), siteDayPoolKey(slot.siteId, slot.startsAt)];
}
