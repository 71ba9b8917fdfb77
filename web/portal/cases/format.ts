import { intlTag } from '../../i18n/locales.ts';
import { portalLocaleOf } from './messages/load.ts';

/** Dates and amounts in the visitor's language, with Belgian conventions where CLDR has them. */

export function formatDay(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // A bare day (a call's closing day) is that day everywhere: read and shown in UTC, never shifted.
  const timeZone = /^\d{4}-\d{2}-\d{2}$/u.test(iso) ? 'UTC' : undefined;
  return new Intl.DateTimeFormat(intlTag(portalLocaleOf(locale)), { dateStyle: 'long', timeZone }).format(
    date,
  );
}

export function formatEuro(cents: number, locale: string): string {
  return new Intl.NumberFormat(intlTag(portalLocaleOf(locale)), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}
