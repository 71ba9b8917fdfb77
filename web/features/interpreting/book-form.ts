import { z } from 'zod';
import {
  ALLOWED_CONVERSATION_TYPES,
  ClientReferenceSchema,
  INTERPRETING_MODES,
  INTERPRETING_SECTORS,
} from '../../../contracts/interpreting.ts';
import type { CreateInterpretingRequestSchema } from '../../../contracts/interpreting-requests.ts';
import { brusselsInstant } from './brussels.ts';

/**
 * The booking form as the requester fills it in: strings, a date and a time apart, one field per
 * alternative language. `toRequestBody` turns it into the API's body; `fieldOfServerPath` puts the
 * server's rule errors (problem+json `errors[].path`) next to the field they are about.
 */

export const MAX_SERIES = 52;

export type CreateRequestBody = z.input<typeof CreateInterpretingRequestSchema>;

/** A choice that starts empty: '' reads as "not chosen yet", so the message is "required", not "invalid". */
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().min(1).pipe(z.enum(values));

const required = (path: string, ctx: z.RefinementCtx) =>
  ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: [path], input: '' });

export const BookFormSchema = z
  .object({
    mode: z.enum(INTERPRETING_MODES),
    language: z.string().regex(/^[a-z]{2,3}$/),
    variant: z.string(),
    alternative1: z.string(),
    alternative2: z.string(),
    date: z.iso.date(),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    durationMinutes: z.string().regex(/^\d{1,4}$/),
    recurrence: z.enum(['none', 'weekly']),
    recurrenceCount: z.string(),
    address: z.string().trim().max(300),
    room: z.string().trim().max(100),
    phoneNumber: z.string().trim(),
    videoLink: z.string().trim(),
    sector: choice(INTERPRETING_SECTORS),
    conversationType: choice(ALLOWED_CONVERSATION_TYPES),
    clientReference: ClientReferenceSchema,
    preparationNotes: z.string().trim().max(2000),
    // Staff only: the organisation booked for (a requester books for her own) and the urgent flag.
    organisationId: z.string(),
    urgent: z.boolean(),
  })
  // `when` makes these run even when another field is wrong, so every error shows on the first try.
  .superRefine(
    (v, ctx) => {
      const empty = (value: unknown) => typeof value !== 'string' || value.trim() === '';
      if (v.mode === 'on_site' && empty(v.address)) required('address', ctx);
      if (v.mode === 'phone' && empty(v.phoneNumber)) required('phoneNumber', ctx);
      if (v.mode === 'video' && empty(v.videoLink)) required('videoLink', ctx);
      const count = Number(v.recurrenceCount);
      if (v.recurrence === 'weekly' && !(Number.isInteger(count) && count >= 2 && count <= MAX_SERIES)) {
        ctx.addIssue({ code: 'custom', path: ['recurrenceCount'], message: 'count' });
      }
    },
    { when: () => true },
  );

export type BookFormValues = z.input<typeof BookFormSchema>;
export type BookFormField = keyof BookFormValues;

export function emptyBookForm(date: string): BookFormValues {
  return {
    mode: 'on_site',
    language: '',
    variant: '',
    alternative1: '',
    alternative2: '',
    date,
    time: '09:00',
    durationMinutes: '60',
    recurrence: 'none',
    recurrenceCount: '10',
    address: '',
    room: '',
    phoneNumber: '',
    videoLink: '',
    // Left empty on purpose: the requester must choose, a default would be picked by habit.
    sector: '',
    conversationType: '',
    clientReference: '',
    preparationNotes: '',
    organisationId: '',
    urgent: false,
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** Only the place fields of the chosen mode are sent, so a typed-then-abandoned address does not travel along. */
export function toRequestBody(v: z.output<typeof BookFormSchema>): CreateRequestBody {
  const alternatives = [v.alternative1, v.alternative2]
    .filter((code, index, all) => code !== '' && code !== v.language && all.indexOf(code) === index)
    .map((language) => ({ language }));
  return {
    mode: v.mode,
    language: v.language,
    variant: optional(v.variant),
    alternativeLanguages: alternatives,
    start: brusselsInstant(v.date, v.time) ?? '',
    durationMinutes: Number(v.durationMinutes),
    recurrence:
      v.recurrence === 'weekly'
        ? { frequency: 'weekly', interval: 1, count: Number(v.recurrenceCount) }
        : undefined,
    address: v.mode === 'on_site' ? optional(v.address) : undefined,
    room: v.mode === 'on_site' ? optional(v.room) : undefined,
    phoneNumber: v.mode === 'phone' ? optional(v.phoneNumber) : undefined,
    videoLink: v.mode === 'video' ? optional(v.videoLink) : undefined,
    sector: v.sector,
    conversationType: v.conversationType,
    clientReference: v.clientReference,
    preparationNotes: optional(v.preparationNotes),
    organisationId: optional(v.organisationId),
    urgent: v.urgent || undefined,
  };
}

const SAME_NAME: readonly BookFormField[] = [
  'mode',
  'language',
  'variant',
  'durationMinutes',
  'address',
  'room',
  'phoneNumber',
  'videoLink',
  'sector',
  'conversationType',
  'clientReference',
  'preparationNotes',
  'organisationId',
  'urgent',
];

/** The form field that shows a server error at `path`; null when no field fits (the form's alert shows it). */
export function fieldOfServerPath(path: string): BookFormField | null {
  const [top, index] = path.split('.');
  if (top === 'start' || top === 'alternativeSlots') return 'date';
  if (top === 'recurrence') return 'recurrenceCount';
  if (top === 'alternativeLanguages') return index === '1' ? 'alternative2' : 'alternative1';
  if (top === 'counterpartLanguage' || top === 'direction') return 'language';
  return SAME_NAME.find((field) => field === top) ?? null;
}

/**
 * Server field errors grouped by form field (first message wins), and those no shown field can
 * carry (e.g. the staff-only organisation when a requester books), for the form's alert.
 */
export function placeServerErrors(
  errors: readonly { path: string; message: string }[],
  hidden: readonly BookFormField[] = [],
): { fields: Record<string, string>; rest: string[] } {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const { path, message } of errors) {
    const field = fieldOfServerPath(path);
    if (field && !hidden.includes(field)) fields[field] ??= message;
    else rest.push(message);
  }
  return { fields, rest };
}
