import type { Actor, RequestContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { hasPermission, type Permission } from './permissions.ts';

/** The signed-in actor, or 401. */
export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('COMMON.UNAUTHENTICATED');
  return ctx.actor;
}

/** The signed-in actor holding a permission: 401 without a session, 403 without the permission. */
export function requirePermission(ctx: RequestContext, permission: Permission): Actor {
  const actor = requireActor(ctx);
  if (!hasPermission(actor.roles, permission)) throw new AppError('COMMON.FORBIDDEN', `needs ${permission}`);
  return actor;
}
