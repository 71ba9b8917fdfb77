import { CASE_STATUSES, CASE_TYPES, type CaseType } from '../../../contracts/case-types.ts';
import { derivedLabel } from './field-labels.ts';
import type { CasesT } from './i18n.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

const dateFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeZone: 'Europe/Brussels' });
const dayFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('nl-BE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Brussels',
});
const timeFormat = new Intl.DateTimeFormat('nl-BE', { timeStyle: 'short', timeZone: 'Europe/Brussels' });

/** A calendar day ("2026-03-01") or an instant, as a Dutch date; the text itself when unreadable. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  // A bare day has no time zone: read and shown as UTC so it never shifts a day.
  const date = DAY.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return (DAY.test(value) ? dayFormat : dateFormat).format(date);
}

export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

export function formatTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : timeFormat.format(date);
}

/** Every status of one type, or of all types (labels shared by several types listed once). */
export function statusOptions(type: CaseType | ''): { value: string; label: string }[] {
  const types = type ? [type] : CASE_TYPES;
  const seen = new Map<string, string>();
  for (const t of types) {
    for (const [value, spec] of Object.entries(CASE_STATUSES[t])) {
      if (!seen.has(value)) seen.set(value, spec.label);
    }
  }
  return [...seen].map(([value, label]) => ({ value, label }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plain(value: unknown, t: CasesT['t']): string {
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (typeof value === 'string') return DAY.test(value) ? formatDate(value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => plain(v, t)).join(', ');
  if (isRecord(value)) return JSON.stringify(value);
  return '';
}

/**
 * The facts the case type computed (never stored), as label and text: dates in Dutch, the
 * compulsory-schooling fact as a sentence, the trajectory count as "2 van 4". Empty facts are left out.
 */
export function derivedEntries(
  derived: Record<string, unknown>,
  tr: CasesT,
): { label: string; text: string }[] {
  const { t } = tr;
  const out: { label: string; text: string }[] = [];
  const done = derived.partsDone;
  const total = derived.partsTotal;
  if (typeof done === 'number' && typeof total === 'number') {
    out.push({ label: derivedLabel('trajectory'), text: t('derived.parts', { done, total }) });
  }
  for (const [key, value] of Object.entries(derived)) {
    if (key === 'partsDone' || key === 'partsTotal') continue;
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'compulsorySchooling' && isRecord(value) && typeof value.from === 'string') {
      const date = formatDate(value.from);
      const text = value.applies === false ? t('derived.compulsorySchooling.notApplies', { date }) : date;
      out.push({ label: derivedLabel(key), text });
      continue;
    }
    const text = plain(value, t);
    if (text) out.push({ label: derivedLabel(key), text });
  }
  return out;
}

const brusselsDay = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/Brussels',
});

/** Today's calendar day in Ghent (YYYY-MM-DD): deadlines are days, counted where the agency is. */
export function todayInBrussels(now: Date = new Date()): string {
  return brusselsDay.format(now);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` has passed. */
export function daysUntil(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
