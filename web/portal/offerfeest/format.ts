import { intlTag, type PortalLocale } from '../../i18n/locales.ts';

/**
 * Slots and dates in Europe/Brussels (where the slaughter happens, whatever the phone's zone),
 * and the slot picker's grouping by site and day. Pure: the staff pages use it too.
 */

const ZONE = 'Europe/Brussels';

export type SlotLike = { id: string; siteId: string; siteName: string; start: string; end: string };
export type DayGroup<S extends SlotLike> = { day: string; slots: S[] };
export type SiteGroup<S extends SlotLike> = { siteId: string; siteName: string; days: DayGroup<S>[] };

const dayKeyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Brussels calendar day (YYYY-MM-DD) of an instant. */
export function brusselsDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso.slice(0, 10) : dayKeyFormat.format(date);
}

/** Slots by site (in order of their first slot), then by Brussels day, each in time order. */
export function groupSlots<S extends SlotLike>(slots: readonly S[]): SiteGroup<S>[] {
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const sites = new Map<string, SiteGroup<S>>();
  for (const slot of sorted) {
    let site = sites.get(slot.siteId);
    if (!site) {
      site = { siteId: slot.siteId, siteName: slot.siteName, days: [] };
      sites.set(slot.siteId, site);
    }
    const day = brusselsDay(slot.start);
    let group = site.days.find((d) => d.day === day);
    if (!group) {
      group = { day, slots: [] };
      site.days.push(group);
    }
    group.slots.push(slot);
  }
  return [...sites.values()];
}

/** A day in long form; a bare day (YYYY-MM-DD) is that day everywhere, never shifted by a zone. */
export function formatDate(value: string, locale: PortalLocale | 'nl' | 'en'): string {
  // An instant (a slot's start, a payment) is shown as its day in Brussels.
  const day = value.length > 10 ? brusselsDay(value) : value;
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(date);
}

/** "09:00–09:30" in Brussels time. */
export function formatTimeRange(start: string, end: string, locale: PortalLocale | 'nl' | 'en'): string {
  const time = new Intl.DateTimeFormat(intlTag(locale), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  });
  return `${time.format(new Date(start))}–${time.format(new Date(end))}`;
}

export function formatEuro(cents: number, locale: PortalLocale | 'nl' | 'en'): string {
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

export type EditionLike = { year: number; feastEnd: string };

/** The edition to show: the earliest whose feast has not ended yet, else the latest one. */
export function currentEdition<E extends EditionLike>(editions: readonly E[], today: string): E | null {
  const byYear = [...editions].sort((a, b) => a.year - b.year);
  return byYear.find((e) => e.feastEnd.slice(0, 10) >= today) ?? byYear.at(-1) ?? null;
}
