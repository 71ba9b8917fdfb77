import type { Actor, RequestContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { requireActor } from '../../../platform/identity/policy.ts';

/**
 * Who may look at translation jobs at all: requesters and staff (interpreting.request), the
 * dispatchers, and translators (interpreting.work). Which rows each sees is row scoping.
 */
export function requireTranslationReader(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  const may = (['interpreting.request', 'interpreting.dispatch', 'interpreting.work'] as const).some(
    (permission) => hasPermission(actor.roles, permission),
  );
  if (!may) throw new AppError('COMMON.FORBIDDEN', 'needs interpreting.request or interpreting.work');
  return actor;
}

/**
 * The organisation a job is booked for: a requester's own, always; staff without an organisation
 * name one explicitly.
 */
export function bookingOrganisation(actor: Actor, requested: string | undefined): string {
  if (actor.organisationId) {
    if (requested && requested !== actor.organisationId) {
      throw new AppError('COMMON.FORBIDDEN', 'a requester books for her own organisation only');
    }
    return actor.organisationId;
  }
  if (requested && hasPermission(actor.roles, 'interpreting.dispatch')) return requested;
  throw new AppError('COMMON.VALIDATION_FAILED', 'name the requesting organisation', {
    fieldErrors: [{ path: 'organisationId', message: 'required for staff without an organisation' }],
  });
}
