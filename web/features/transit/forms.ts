import {
  type CreateReservation,
  CreateReservationSchema,
  type Traveller,
} from '../../../contracts/transit.ts';
import { isDay, nightsBetween, toCents } from './format.ts';
import type { TransitKey } from './messages-nl.ts';

/**
 * The forms' drafts (what the inputs hold, all text) turned into API bodies, or into the message
 * key per field. The stay rules themselves (21 days, 5 stays, capacity) are the server's: they are
 * effective-dated parameters, so the form only warns and lets the server refuse.
 */

export type Errors = Partial<Record<string, TransitKey>>;
export type Built<T> = { ok: true; body: T } | { ok: false; errors: Errors };

export type ReservationDraft = {
  partyName: string;
  phone: string;
  caravans: string;
  vehicles: string;
  arrival: string;
  departure: string;
  notes: string;
};

export const MAX_DAYS = 21;

const wholeNumber = (text: string): number | null => (/^\s*\d{1,3}\s*$/u.test(text) ? Number(text) : null);

/** Nights of the draft's stay, or null while a date is missing or wrong. */
export function draftNights(draft: Pick<ReservationDraft, 'arrival' | 'departure'>): number | null {
  return isDay(draft.arrival) && isDay(draft.departure)
    ? nightsBetween(draft.arrival, draft.departure)
    : null;
}

export function buildReservation(draft: ReservationDraft): Built<CreateReservation> {
  const errors: Errors = {};
  const caravans = wholeNumber(draft.caravans);
  const vehicles = wholeNumber(draft.vehicles);
  if (draft.partyName.trim().length < 2) errors.partyName = 'invalid.partyName';
  if (!CreateReservationSchema.shape.phone.safeParse(draft.phone).success) errors.phone = 'invalid.phone';
  if (caravans === null || caravans < 1 || caravans > 25) errors.caravans = 'invalid.caravans';
  if (vehicles === null || vehicles > 50) errors.vehicles = 'invalid.vehicles';
  if (!isDay(draft.arrival)) errors.arrival = 'invalid.day';
  if (!isDay(draft.departure)) errors.departure = 'invalid.day';
  else if (isDay(draft.arrival) && draft.departure <= draft.arrival) errors.departure = 'invalid.departure';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = CreateReservationSchema.safeParse({
    partyName: draft.partyName,
    phone: draft.phone,
    caravans,
    vehicles,
    arrival: draft.arrival,
    departure: draft.departure,
    notes: draft.notes.trim() || undefined,
  });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, errors: { form: 'invalid.form' } };
}

/** A meter reading typed as `1234`, `1234,5` or `1234.5` kWh, or null. */
export function toKwh(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (!/^\d{1,7}(\.\d{1,3})?$/u.test(clean)) return null;
  return Number(clean);
}

/** One reading per allocated pitch, all required; errors keyed by pitch id. */
export function buildReadings(
  pitchIds: readonly string[],
  typed: Readonly<Record<string, string>>,
): Built<{ pitchId: string; kwh: number }[]> {
  const errors: Errors = {};
  const readings: { pitchId: string; kwh: number }[] = [];
  for (const pitchId of pitchIds) {
    const kwh = toKwh(typed[pitchId] ?? '');
    if (kwh === null) errors[pitchId] = 'invalid.kwh';
    else readings.push({ pitchId, kwh });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body: readings };
}

/** An optional amount in euros: empty means "the tariff's amount" (undefined), else cents. */
export function optionalCents(text: string): { ok: true; cents: number | undefined } | { ok: false } {
  if (text.trim() === '') return { ok: true, cents: undefined };
  const cents = toCents(text);
  return cents === null ? { ok: false } : { ok: true, cents };
}

export type TravellerDraft = { name: string; birthDate: string; documentNumber: string };

export const EMPTY_TRAVELLER: TravellerDraft = { name: '', birthDate: '', documentNumber: '' };

export function buildTravellers(drafts: readonly TravellerDraft[]): Built<Traveller[]> {
  const errors: Errors = {};
  const travellers: Traveller[] = [];
  drafts.forEach((draft, index) => {
    const name = draft.name.trim();
    const birthDate = draft.birthDate.trim();
    const documentNumber = draft.documentNumber.trim();
    if (name.length < 2) errors[`${index}.name`] = 'invalid.travellers';
    if (birthDate && !isDay(birthDate)) errors[`${index}.birthDate`] = 'invalid.day';
    if (documentNumber && documentNumber.length < 3) errors[`${index}.documentNumber`] = 'invalid.form';
    travellers.push({
      name,
      ...(birthDate ? { birthDate } : {}),
      ...(documentNumber ? { documentNumber } : {}),
    });
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body: travellers };
}

/** Rows left entirely blank are not travellers. */
export const filledRows = (rows: readonly TravellerDraft[]): TravellerDraft[] =>
  rows.filter((row) => row.name.trim() || row.birthDate.trim() || row.documentNumber.trim());
