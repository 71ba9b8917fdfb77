import { STAFF_ROLES } from '../../../contracts/identity.ts';
import { recordAudit } from '../audit/index.ts';
import type { Actor, RequestContext } from '../context.ts';
import { type Db, sqlState } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import type { OidcIdentity } from './oidc-client.ts';
import { toActor } from './user-shape.ts';
import {
  findUnlinkedUserByEmail,
  findUserByOidcSubject,
  type UserRow,
  updateUserRow,
} from './users.repository.ts';

function isActiveStaff(row: UserRow): boolean {
  return row.active && row.roles.some((role) => STAFF_ROLES.some((staff) => staff === role));
}

async function refuse(db: Db, ctx: RequestContext, identity: OidcIdentity, reason: string): Promise<never> {
  await recordAudit(db, ctx, {
    action: 'auth.login_failed',
    entity: 'user',
    after: { method: 'oidc', subject: identity.subject, email: identity.email, reason },
  });
  throw new AppError('AUTH.OIDC_FAILED', reason);
}

/**
 * The staff account a single sign-on identity belongs to: the one linked to its subject, or else an
 * unlinked active staff account with the provider-verified e-mail address, which is then linked.
 * Single sign-on never creates an account and never grants a role: an admin does both here.
 */
export async function resolveOidcUser(db: Db, ctx: RequestContext, identity: OidcIdentity): Promise<Actor> {
  const linked = await findUserByOidcSubject(db, identity.subject);
  if (linked) {
    if (!isActiveStaff(linked)) return refuse(db, ctx, identity, 'not an active staff account');
    return toActor(linked);
  }
  if (!identity.email || !identity.emailVerified) return refuse(db, ctx, identity, 'no verified e-mail');
  const byEmail = await findUnlinkedUserByEmail(db, identity.email);
  if (!byEmail || !isActiveStaff(byEmail)) return refuse(db, ctx, identity, 'no matching staff account');
  const actor = toActor(byEmail);
  await db
    .transaction(async (tx) => {
      await updateUserRow(tx, actor.id, { oidcSubject: identity.subject });
      await recordAudit(
        tx,
        { ...ctx, actor },
        {
          action: 'user.oidc_linked',
          entity: 'user',
          entityId: actor.id,
          after: { subject: identity.subject },
        },
      );
    })
    .catch((error: unknown) => {
      // Another callback linked the same subject a moment earlier: that link stands.
      if (sqlState(error) === '23505') throw new AppError('AUTH.OIDC_FAILED', 'subject already linked');
      throw error;
    });
  return actor;
}
