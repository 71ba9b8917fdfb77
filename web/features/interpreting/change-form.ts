import { z } from 'zod';
import { SERIES_SCOPES } from '../../../contracts/interpreting.ts';
import type {
  InterpretingRequestView,
  UpdateInterpretingRequestSchema,
} from '../../../contracts/interpreting-requests.ts';
import { brusselsInstant, brusselsParts } from './brussels.ts';

/**
 * The "Wijzigen" form of a request: the fields a requester may change after booking, as strings.
 * `toChangeBody` sends only what differs from the request (so an untouched address does not
 * release the interpreter), `releasesInterpreter` says whether the change will, and
 * `placeChangeErrors` puts the server's problem+json field errors next to their field.
 */

export type ChangeBody = z.input<typeof UpdateInterpretingRequestSchema>;

const required = (path: string, ctx: z.RefinementCtx) =>
  ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: [path], input: '' });

export const ChangeFormSchema = z
  .object({
    scope: z.enum(SERIES_SCOPES),
    date: z.iso.date(),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    durationMinutes: z.string().regex(/^\d{1,4}$/),
    mode: z.string(),
    address: z.string().trim().max(300),
    room: z.string().trim().max(100),
    phoneNumber: z.string().trim().max(30),
    videoLink: z.string().trim().max(500),
    participants: z.string().regex(/^\d{0,2}$/),
    preparationNotes: z.string().trim().max(2000),
  })
  .superRefine(
    (v, ctx) => {
      const empty = (value: unknown) => typeof value !== 'string' || value.trim() === '';
      if (v.mode === 'on_site' && empty(v.address)) required('address', ctx);
      if (v.mode === 'phone' && empty(v.phoneNumber)) required('phoneNumber', ctx);
      if (v.mode === 'video' && empty(v.videoLink)) required('videoLink', ctx);
    },
    { when: () => true },
  );

export type ChangeFormValues = z.input<typeof ChangeFormSchema>;
export type ChangeFormField = keyof ChangeFormValues;

export function changeFormFrom(r: InterpretingRequestView): ChangeFormValues {
  const { date, time } = brusselsParts(r.start);
  return {
    scope: 'this',
    date,
    time,
    durationMinutes: String(r.durationMinutes),
    mode: r.mode,
    address: r.address ?? '',
    room: r.room ?? '',
    phoneNumber: r.phoneNumber ?? '',
    videoLink: r.videoLink ?? '',
    participants: r.participants === null ? '' : String(r.participants),
    preparationNotes: r.preparationNotes ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The PATCH body: only changed fields. One session moves with `start` (date and time); a wider
 * scope of a series keeps each session's date and sets a new wall-clock `time` on all of them.
 * Null when nothing changed.
 */
export function toChangeBody(
  v: z.output<typeof ChangeFormSchema>,
  r: InterpretingRequestView,
): ChangeBody | null {
  const before = changeFormFrom(r);
  const body: ChangeBody = {};
  if (v.scope === 'this') {
    if (v.date !== before.date || v.time !== before.time) body.start = brusselsInstant(v.date, v.time) ?? '';
  } else if (v.time !== before.time) {
    body.time = v.time;
  }
  if (v.durationMinutes !== before.durationMinutes) body.durationMinutes = Number(v.durationMinutes);
  if (r.mode === 'on_site') {
    if (v.address.trim() !== before.address) body.address = v.address.trim();
    if (v.room.trim() !== before.room) body.room = orNull(v.room);
  }
  if (r.mode === 'phone' && v.phoneNumber.trim() !== before.phoneNumber)
    body.phoneNumber = v.phoneNumber.trim();
  if (r.mode === 'video' && v.videoLink.trim() !== before.videoLink) body.videoLink = v.videoLink.trim();
  if (v.participants !== before.participants) {
    body.participants = v.participants === '' ? null : Number(v.participants);
  }
  if (v.preparationNotes.trim() !== before.preparationNotes)
    body.preparationNotes = orNull(v.preparationNotes);
  if (Object.keys(body).length === 0) return null;
  // The scope only means something for a series; a single request keeps the server's default.
  return r.series ? { ...body, scope: v.scope } : body;
}

/**
 * As the server decides (`requests/change-request.ts`): a new time, duration or address releases
 * the interpreter and starts matching again; a room, phone number, link or notes do not.
 */
export function releasesInterpreter(body: ChangeBody): boolean {
  return (
    body.start !== undefined ||
    body.time !== undefined ||
    body.durationMinutes !== undefined ||
    body.address !== undefined
  );
}

const SAME_NAME: readonly ChangeFormField[] = [
  'durationMinutes',
  'address',
  'room',
  'phoneNumber',
  'videoLink',
  'participants',
  'preparationNotes',
  'scope',
];

/** The form field that shows a server error at `path`; null when no field fits. */
export function fieldOfChangePath(path: string): ChangeFormField | null {
  const [top] = path.split('.');
  if (top === 'start') return 'date';
  if (top === 'time') return 'time';
  return SAME_NAME.find((field) => field === top) ?? null;
}

/** Server field errors by form field (first message wins), and the rest for the form's alert. */
export function placeChangeErrors(errors: readonly { path: string; message: string }[]): {
  fields: Record<string, string>;
  rest: string[];
} {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const { path, message } of errors) {
    const field = fieldOfChangePath(path);
    if (field) fields[field] ??= message;
    else rest.push(message);
  }
  return { fields, rest };
}
