import type {
  AppointmentInterpreter,
  AppointmentInterpreterStatus,
  CreateAppointment,
  UpdateAppointment,
} from '../../../../contracts/case-work.ts';
import {
  type CreateInterpretingRequest,
  CreateInterpretingRequestSchema,
} from '../../../../contracts/interpreting-requests.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import {
  type AgencyRequestChange,
  type AgencyRequester,
  agencyRequestStatuses,
} from '../../interpreting/index.ts';
import type { caseAppointments } from '../cases.tables.ts';

type AppointmentRow = typeof caseAppointments.$inferSelect;
type Booking = { caseReference: string; appointment: CreateAppointment; interpreter: AppointmentInterpreter };

const minutesOf = (startsAt: Date, endsAt: Date) =>
  Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);

/**
 * The interpreting request for an appointment, as the interpreting module's own booking input:
 * mode, time, duration and place follow the appointment; the client is named by the case
 * reference only (the module refuses names in its client reference anyway). No organisation: the
 * agency books (decision 0012).
 */
export function interpreterRequestInput(booking: Booking): CreateInterpretingRequest {
  const { appointment, interpreter } = booking;
  const parsed = CreateInterpretingRequestSchema.safeParse({
    mode: appointment.modality,
    language: interpreter.language,
    variant: interpreter.variant,
    start: appointment.startsAt,
    durationMinutes: minutesOf(new Date(appointment.startsAt), new Date(appointment.endsAt)),
    address: appointment.modality === 'on_site' ? appointment.location : undefined,
    phoneNumber: interpreter.phoneNumber,
    videoLink: interpreter.videoLink,
    sector: interpreter.sector,
    conversationType: interpreter.conversationType,
    clientReference: booking.caseReference,
    preparationNotes: interpreter.preparationNotes,
  });
  if (!parsed.success) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'the interpreter booking is not valid', {
      fieldErrors: parsed.error.issues.map((issue) => ({
        path: ['interpreter', ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    });
  }
  return parsed.data;
}

/**
 * An interpreter can be added only to a planned appointment still ahead that holds no request yet
 * (the .ics does not name her, so its SEQUENCE stays).
 */
export function requireInterpreterFree(row: AppointmentRow, now = new Date()): void {
  if (row.status !== 'planned' || row.startsAt.getTime() <= now.getTime()) {
    throw new AppError('CASE_WORK.APPOINTMENT_CLOSED');
  }
  if (row.interpretingRequestId) throw new AppError('CASE_WORK.APPOINTMENT_HAS_INTERPRETER');
}

/** Whether a change of the appointment may concern its interpreter (so her rules are read first). */
export function concernsInterpreter(input: UpdateAppointment): boolean {
  return (
    input.status === 'cancelled' ||
    input.startsAt !== undefined ||
    input.endsAt !== undefined ||
    input.location !== undefined ||
    input.modality !== undefined ||
    input.interpreter !== undefined
  );
}

/** What the interpreting request must follow of a changed appointment; null when nothing. */
function requestChange(
  before: AppointmentRow,
  after: AppointmentRow,
  input: UpdateAppointment,
): AgencyRequestChange | null {
  const change: AgencyRequestChange = {};
  if (after.startsAt.getTime() !== before.startsAt.getTime()) change.start = after.startsAt.toISOString();
  const minutes = minutesOf(after.startsAt, after.endsAt);
  if (minutes !== minutesOf(before.startsAt, before.endsAt)) change.durationMinutes = minutes;
  if (after.modality !== before.modality && isMode(after.modality)) change.mode = after.modality;
  if (after.modality === 'on_site' && (after.location !== before.location || change.mode)) {
    change.address = after.location;
  }
  if (input.interpreter?.phoneNumber) change.phoneNumber = input.interpreter.phoneNumber;
  if (input.interpreter?.videoLink) change.videoLink = input.interpreter.videoLink;
  return Object.keys(change).length > 0 ? change : null;
}

const isMode = (value: string): value is 'on_site' | 'phone' | 'video' =>
  value === 'on_site' || value === 'phone' || value === 'video';

/**
 * The interpreting request follows the appointment, in the same transaction: a cancelled
 * appointment cancels it (free or late by the interpreting module's policy), a move moves it
 * (an interpreter already confirmed is released and the request goes back to dispatch).
 */
export async function followAppointment(
  tx: Db,
  agency: AgencyRequester,
  appointment: { before: AppointmentRow; after: AppointmentRow; input: UpdateAppointment },
): Promise<void> {
  const { before, after, input } = appointment;
  const requestId = after.interpretingRequestId;
  if (!requestId) return;
  if (after.status === 'cancelled') {
    // A fixed reason: the interpreting audit keeps it, and it must not name the client.
    await agency.cancel(tx, requestId, 'Afspraak in het dossier geannuleerd');
    return;
  }
  if (after.status !== 'planned') return;
  const change = requestChange(before, after, input);
  if (change) await agency.change(tx, requestId, change);
}

/** The current state of the appointments' interpreting requests, by request id. */
export async function interpreterStatuses(
  db: Db,
  rows: readonly AppointmentRow[],
): Promise<Map<string, AppointmentInterpreterStatus>> {
  const ids = rows.flatMap((row) => (row.interpretingRequestId ? [row.interpretingRequestId] : []));
  const found = await agencyRequestStatuses(db, ids);
  return new Map(
    [...found].map(([id, request]) => [
      id,
      {
        requestId: request.requestId,
        reference: request.reference,
        status: request.status,
        cancellation: request.cancellation,
        interpreter: request.interpreter,
      },
    ]),
  );
}
