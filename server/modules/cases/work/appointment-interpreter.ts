import type { AppointmentInterpreter, CreateAppointment } from '../../../../contracts/case-work.ts';
import { CreateInterpretingRequestSchema } from '../../../../contracts/interpreting-requests.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { createInterpretingRequest } from '../../interpreting/index.ts';
import { actorOf } from './work-guards.ts';

type Booking = { caseReference: string; appointment: CreateAppointment; interpreter: AppointmentInterpreter };

/**
 * The interpreting request for an appointment, as the interpreting module's own booking input:
 * mode, time, duration and place follow the appointment; the client is named by the case
 * reference only (the module refuses names in its client reference anyway).
 */
function requestInput(booking: Booking, organisationId: string | undefined) {
  const { appointment, interpreter } = booking;
  const minutes = Math.round((Date.parse(appointment.endsAt) - Date.parse(appointment.startsAt)) / 60_000);
  const parsed = CreateInterpretingRequestSchema.safeParse({
    mode: appointment.modality,
    language: interpreter.language,
    variant: interpreter.variant,
    start: appointment.startsAt,
    durationMinutes: minutes,
    address: appointment.modality === 'on_site' ? appointment.location : undefined,
    phoneNumber: interpreter.phoneNumber,
    videoLink: interpreter.videoLink,
    sector: interpreter.sector,
    conversationType: interpreter.conversationType,
    clientReference: booking.caseReference,
    preparationNotes: interpreter.preparationNotes,
    organisationId,
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
 * Books the interpreter through the interpreting module's public API, as the caller: she needs
 * `interpreting.request`, and staff book for the organisation on their own account (the agency,
 * registered as a requesting organisation). Answers the request's id.
 */
export async function bookInterpreter(
  platform: Platform,
  ctx: RequestContext,
  booking: Booking,
): Promise<string> {
  const actor = actorOf(ctx);
  if (!hasPermission(actor.roles, 'interpreting.request')) {
    throw new AppError(
      'COMMON.FORBIDDEN',
      'booking an interpreter needs the permission interpreting.request',
    );
  }
  const staff = hasPermission(actor.roles, 'interpreting.dispatch');
  const input = requestInput(booking, staff ? (actor.organisationId ?? undefined) : undefined);
  const created = await createInterpretingRequest(platform, ctx, input);
  return created.id;
}
