import type { z } from 'zod';
import type {
  CaseAppointment,
  CreateAppointmentSchema,
  RequestAppointmentInterpreterSchema,
  UpdateAppointment,
} from '../../../contracts/case-work.ts';
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
  /** Phone appointments: the number the interpreter calls; video: the link she joins. */
  phoneNumber: string;
  videoLink: string;
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
  phoneNumber: '',
  videoLink: '',
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
  if (draft.interpreter) Object.assign(errors, contactErrors(draft, messages.location));
  if (!startsAt || Object.keys(errors).length > 0) return { ok: false, errors };
  const endsAt = new Date(Date.parse(startsAt) + minutes * 60_000);
  const end = brusselsEnd(startsAt, endsAt);
  const body: AppointmentBody = { startsAt, endsAt: end, modality: draft.modality };
  if (draft.location.trim()) body.location = draft.location.trim();
  if (draft.notes.trim()) body.notes = draft.notes.trim();
  if (draft.interpreter) body.interpreter = { language, ...contactOf(draft) };
  return { ok: true, body };
}

/** The interpreter needs a place on site, a number by phone, a link by video. */
function contactErrors(draft: AppointmentDraft, message: string): Record<string, string> {
  if (draft.modality === 'on_site' && !draft.location.trim()) return { location: message };
  if (draft.modality === 'phone' && !draft.phoneNumber.trim()) return { phoneNumber: message };
  if (draft.modality === 'video' && !/^https:\/\/\S+$/u.test(draft.videoLink.trim()))
    return { videoLink: message };
  return {};
}

function contactOf(draft: AppointmentDraft): { phoneNumber?: string; videoLink?: string } {
  if (draft.modality === 'phone') return { phoneNumber: draft.phoneNumber.trim() };
  if (draft.modality === 'video') return { videoLink: draft.videoLink.trim() };
  return {};
}

/** Whether "Tolk aanvragen" is offered: a planned appointment still ahead without an interpreter. */
export function mayAskInterpreter(a: CaseAppointment, now = new Date()): boolean {
  return a.status === 'planned' && a.interpreter === null && Date.parse(a.startsAt) > now.getTime();
}

export type InterpreterBody = z.input<typeof RequestAppointmentInterpreterSchema>;
export type InterpreterResult =
  | { ok: true; body: InterpreterBody }
  | { ok: false; errors: Record<string, string> };

/**
 * "Tolk aanvragen" on an appointment already planned: the same fields as "tolk nodig" when it is
 * made (the language; the number or link by phone or video). Mode, time and place come from the
 * appointment itself, so an appointment on site needs its place first.
 */
export function buildInterpreterRequest(
  draft: Pick<AppointmentDraft, 'language' | 'phoneNumber' | 'videoLink'>,
  a: Pick<CaseAppointment, 'modality' | 'location'>,
  messages: { language: string; location: string; noPlace: string },
): InterpreterResult {
  const language = draft.language.trim().toLowerCase();
  const full: AppointmentDraft = {
    ...EMPTY_APPOINTMENT,
    ...draft,
    modality: a.modality,
    location: a.location ?? '',
    interpreter: true,
  };
  const errors: Record<string, string> = contactErrors(full, messages.location);
  if (errors.location) errors.location = messages.noPlace;
  if (!/^[a-z]{2,3}$/u.test(language)) errors.language = messages.language;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: { language, ...contactOf(full) } };
}

/** The move form starts from the appointment as it is (Brussels date, time and duration). */
export function moveDraft(a: CaseAppointment): AppointmentDraft {
  const { date, time } = brusselsParts(new Date(a.startsAt));
  const minutes = Math.round((Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 60_000);
  return {
    ...EMPTY_APPOINTMENT,
    date,
    time,
    minutes: String(minutes),
    location: a.location ?? '',
    modality: a.modality,
    interpreter: a.interpreter !== null,
  };
}

export type MoveResult =
  | { ok: true; body: UpdateAppointment }
  | { ok: false; errors: Record<string, string> };

/**
 * A move: the new period, form and place; with an interpreter booked, the number or link her new
 * form needs (the server moves the interpreting request with the appointment).
 */
export function buildMove(
  draft: AppointmentDraft,
  messages: { time: string; minutes: string; location: string },
): MoveResult {
  // The language was chosen at booking: only the period, the form and the place are checked here.
  const built = buildAppointment({ ...draft, notes: '', interpreter: false }, { ...messages, language: '' });
  if (!built.ok) return built;
  const { startsAt, endsAt, modality } = built.body;
  const body: UpdateAppointment = { startsAt, endsAt, modality, location: built.body.location ?? null };
  const contact = draft.interpreter ? contactOf(draft) : {};
  if (contact.phoneNumber || contact.videoLink) body.interpreter = contact;
  return { ok: true, body };
}

/** The end as Brussels wall-clock time with its own offset (a session may cross a DST change). */
function brusselsEnd(startsAt: string, end: Date): string {
  const { date, time } = brusselsParts(end);
  return brusselsInstant(date, time) ?? startsAt;
}
