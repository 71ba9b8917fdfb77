import { intlTag } from '../../i18n/locales.ts';
import { useUiI18n } from './use-ui-i18n.ts';

/** Every time is stored in UTC and shown in the agency's zone, whatever the reader's device says. */
export const AGENCY_TIME_ZONE = 'Europe/Brussels';

export type DateTimeStyle = 'datetime' | 'date' | 'time';

const OPTIONS: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  datetime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(value: string | Date, tag: string, style: DateTimeStyle = 'datetime'): string {
  const key = `${tag}|${style}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...OPTIONS[style], timeZone: AGENCY_TIME_ZONE });
    cache.set(key, format);
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? '' : format.format(date);
}

/** A <time> element whose machine-readable value is the exact instant. */
export function DateTime({
  value,
  style = 'datetime',
}: {
  value: string | null | undefined;
  style?: DateTimeStyle;
}) {
  const { locale } = useUiI18n();
  if (!value) return <span aria-hidden="true">—</span>;
  return <time dateTime={value}>{formatDateTime(value, intlTag(locale), style)}</time>;
}
