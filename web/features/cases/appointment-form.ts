import type { z } from 'zod';
import type { CreateAppointmentSchema } from '../../../contracts/case-work.ts';
import { brusselsInstant, brusselsParts } from '../interpreting/brussels.ts';

export type AppointmentDraft = {
  date: string;
  time: string;
  minutes: string;
  location: string;
  modality: 'on_site' | 'phone' | 'video';
  notes: string;
  interpreter: boolean;
  language: string;
};

export const EMPTY_APPOINTMENT: AppointmentDraft = {
  date: '',
  time: '',
  minutes: '60',
  location: '',
  modality: 'on_site',
  notes: '',
  interpreter: false,
  language: '',
};

export type AppointmentBody = z.input<typeof CreateAppointmentSchema>;
export type AppointmentResult =
  | { ok: true; body: AppointmentBody }
  | { ok: false; errors: Record<string, string> };

/**
 * The appointment's body: date and time are Brussels wall-clock time (where it takes place), the end
 * is start + duration; with "tolk nodig" an interpreter in the client's language is asked for.
 */
export function buildAppointment(
  draft: AppointmentDraft,
  messages: { time: string; minutes: string; language: string; location: string },
): AppointmentResult {
  const errors: Record<string, string> = {};
  const startsAt = brusselsInstant(draft.date, draft.time);
  const minutes = Number(draft.minutes);
  if (!startsAt) errors[draft.date ? 'time' : 'date'] = messages.time;
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 600) errors.minutes = messages.minutes;
  const language = draft.language.trim().toLowerCase();
  if (draft.interpreter && !/^[a-z]{2,3}$/u.test(language)) errors.language = messages.language;
  if (draft.interpreter && draft.modality === 'on_site' && !draft.location.trim())
    errors.location = messages.location;
  if (!startsAt || Object.keys(errors).length > 0) return { ok: false, errors };
  const endsAt = new Date(Date.parse(startsAt) + minutes * 60_000);
  const end = brusselsEnd(startsAt, endsAt);
  const body: AppointmentBody = { startsAt, endsAt: end, modality: draft.modality };
  if (draft.location.trim()) body.location = draft.location.trim();
  if (draft.notes.trim()) body.notes = draft.notes.trim();
  if (draft.interpreter) body.interpreter = { language };
  return { ok: true, body };
}

/** The end as Brussels wall-clock time with its own offset (a session may cross a DST change). */
function brusselsEnd(startsAt: string, end: Date): string {
  const { date, time } = brusselsParts(end);
  return brusselsInstant(date, time) ?? startsAt;
}
