import type { TransitStatus } from '../../../contracts/transit.ts';

/**
 * Pure helpers of the transit pages: calendar days as `YYYY-MM-DD` strings (computed at UTC
 * midnight so daylight saving never shifts a day), money in cents shown as `€ 7,20`, instants
 * shown in Brussels time, the reservation's step path and the server's action names.
 */

export const AGENCY_ZONE = 'Europe/Brussels';
const MS_PER_DAY = 86_400_000;

const utc = (day: string): number => Date.parse(`${day}T00:00:00Z`);

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(value) && !Number.isNaN(utc(value)) && addDays(value, 0) === value;
}

export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Nights from arrival to departure: the departure day is not a night of the stay. */
export function nightsBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / MS_PER_DAY);
}

/** Every day of [from, to). */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Today's calendar day on the site (Brussels), whatever the tablet's own zone says. */
export function todayInBrussels(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: AGENCY_ZONE }).format(now);
}

const money = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });

/** `720` → `€ 7,20`. */
export function formatMoney(cents: number): string {
  return money.format(cents / 100);
}

/** Euros typed by a person (`200`, `7,20`, `1.234,5` is refused) → cents, or null. */
export function toCents(text: string): number | null {
  const clean = text.replace(/\s/gu, '');
  if (!/^\d{1,7}([.,]\d{1,2})?$/u.test(clean)) return null;
  return Math.round(Number(clean.replace(',', '.')) * 100);
}

const dayFormats = {
  short: new Intl.DateTimeFormat('nl-BE', {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    timeZone: 'UTC',
  }),
  long: new Intl.DateTimeFormat('nl-BE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** A calendar day as people read it (`vr 27/11`, `vrijdag 27 november 2026`); no zone shift. */
export function formatDay(day: string, style: 'short' | 'long' = 'long'): string {
  return isDay(day) ? dayFormats[style].format(new Date(utc(day))) : day;
}

const instant = new Intl.DateTimeFormat('nl-BE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: AGENCY_ZONE,
});

/** A stored instant (UTC) in Brussels local time. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : instant.format(date);
}

export const STATUS_LABELS: Record<TransitStatus, string> = {
  requested: 'Aangevraagd',
  provisional: 'Voorlopig',
  confirmed: 'Bevestigd',
  checked_in: 'Ingecheckt',
  extended: 'Verlengd',
  checked_out: 'Uitgecheckt',
  settled: 'Afgerekend',
  cancelled: 'Geannuleerd',
  no_show: 'No-show',
  evicted: 'Uitgezet',
};

/** The ordinary path of a stay; side states (cancelled, no-show, evicted) leave it. */
export const STEP_PATH = [
  'requested',
  'provisional',
  'confirmed',
  'checked_in',
  'checked_out',
  'settled',
] as const;

/** The position of a status on the path (an extension is still a stay on site), or -1 off the path. */
export function stepIndex(status: TransitStatus): number {
  if (status === 'extended') return STEP_PATH.indexOf('checked_in');
  return STEP_PATH.findIndex((step) => step === status);
}

export const STEP_ACTIONS = [
  'hold',
  'confirm',
  'check-in',
  'check-out',
  'settle',
  'cancel',
  'no-show',
  'extend',
  'evict',
] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

const squash = (name: string) => name.toLowerCase().replace(/[^a-z]/gu, '');

/** The server's action names (`check-in`, `check_in` or `checkIn`) as the route segment they call. */
export function stepActions(actions: readonly string[]): StepAction[] {
  const wanted = new Set(actions.map(squash));
  return STEP_ACTIONS.filter((action) => wanted.has(squash(action)));
}
