import type { LoginRequest } from '../../../contracts/identity.ts';
import { recordAudit } from '../audit/index.ts';
import type { Actor, RequestContext } from '../context.ts';
import type { Db } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';
import { requireActor } from './policy.ts';
import { invalidateResetTokensOfUser } from './reset-tokens.repository.ts';
import { createSession, deleteSession, hashToken } from './session.ts';
import { sessionCache } from './session-cache.ts';
import { toActor } from './user-shape.ts';
import {
  claimLoginAttempt,
  clearLoginFailures,
  deleteOtherSessions,
  findLoginCandidate,
  findUserById,
  passwordHashOf,
  updateUserRow,
} from './users.repository.ts';

/** Five wrong passwords in a row lock the account for fifteen minutes. */
export const LOCKOUT = { maxFailures: 5, lockMinutes: 15 } as const;

export type ClientInfo = { ip: string; userAgent?: string | undefined };
export type SessionTicket = { token: string; expiresAt: Date };

async function refuseLogin(
  db: Db,
  ctx: RequestContext,
  detail: { email: string; userId: string | null; reason: string; attempt?: number },
): Promise<never> {
  const locked = detail.reason === 'locked' || (detail.attempt ?? 0) >= LOCKOUT.maxFailures;
  await recordAudit(db, ctx, {
    action: 'auth.login_failed',
    entity: 'user',
    entityId: detail.userId,
    after: { email: detail.email, reason: detail.reason, attempt: detail.attempt ?? null, locked },
  });
  throw new AppError(detail.reason === 'locked' ? 'AUTH.ACCOUNT_LOCKED' : 'AUTH.INVALID_CREDENTIALS');
}

/**
 * Password sign-in. Unknown, deactivated and password-less accounts get the same answer as a wrong
 * password, after the same argon2 work, so the answer does not tell which accounts exist.
 */
export async function login(
  db: Db,
  ctx: RequestContext,
  input: LoginRequest,
  session: { ttlHours: number; client: ClientInfo },
): Promise<{ actor: Actor; session: SessionTicket }> {
  const candidate = await findLoginCandidate(db, input.email);
  if (!candidate?.active || !candidate.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    return refuseLogin(db, ctx, { email: input.email, userId: candidate?.id ?? null, reason: 'unknown' });
  }
  const claim = await claimLoginAttempt(db, candidate.id, LOCKOUT);
  if (!claim) return refuseLogin(db, ctx, { email: input.email, userId: candidate.id, reason: 'locked' });
  if (!(await verifyPassword(candidate.passwordHash, input.password))) {
    return refuseLogin(db, ctx, {
      email: input.email,
      userId: candidate.id,
      reason: 'wrong_password',
      attempt: claim.attempt,
    });
  }
  return db.transaction(async (tx) => {
    await clearLoginFailures(tx, candidate.id);
    const row = await findUserById(tx, candidate.id);
    if (!row) throw new AppError('AUTH.INVALID_CREDENTIALS');
    const actor = toActor(row);
    const ticket = await openSession(tx, ctx, actor, { ...session, method: 'password' });
    return { actor, session: ticket };
  });
}

/** Starts a session for a user identified some other way (single sign-on), with its audit row. */
export async function startSession(
  db: Db,
  ctx: RequestContext,
  actor: Actor,
  session: { ttlHours: number; client: ClientInfo; method: string },
): Promise<SessionTicket> {
  return db.transaction((tx) => openSession(tx, ctx, actor, session));
}

/** A new session and its 'auth.login' audit row, in the caller's transaction. */
async function openSession(
  tx: Db,
  ctx: RequestContext,
  actor: Actor,
  session: { ttlHours: number; client: ClientInfo; method: string },
): Promise<SessionTicket> {
  const ticket = await createSession(tx, {
    userId: actor.id,
    ttlHours: session.ttlHours,
    ...session.client,
  });
  await recordAudit(
    tx,
    { ...ctx, actor },
    {
      action: 'auth.login',
      entity: 'user',
      entityId: actor.id,
      after: { method: session.method, ip: session.client.ip },
    },
  );
  return ticket;
}

export async function logout(db: Db, ctx: RequestContext, token: string | undefined): Promise<void> {
  if (!token) return;
  await db.transaction(async (tx) => {
    await deleteSession(tx, token);
    if (ctx.actor) {
      await recordAudit(tx, ctx, { action: 'auth.logout', entity: 'user', entityId: ctx.actor.id });
    }
  });
}

/** Changes the caller's own password; every other session of the user ends, this one stays. */
export async function changePassword(
  db: Db,
  ctx: RequestContext,
  sessionToken: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const actor = requireActor(ctx);
  const current = await passwordHashOf(db, actor.id);
  const ok = await verifyPassword(current ?? (await dummyPasswordHash()), input.currentPassword);
  if (!current || !ok) throw new AppError('AUTH.WRONG_PASSWORD');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updateUserRow(tx, actor.id, { passwordHash, failedLogins: 0, lockedUntil: null });
    await deleteOtherSessions(tx, actor.id, hashToken(sessionToken));
    await invalidateResetTokensOfUser(tx, actor.id);
    await recordAudit(tx, ctx, { action: 'user.password_changed', entity: 'user', entityId: actor.id });
  });
}

/** The caller's own name and language. */
export async function updateProfile(
  db: Db,
  ctx: RequestContext,
  patch: { name?: string | undefined; locale?: Actor['locale'] | undefined },
): Promise<Actor> {
  const actor = requireActor(ctx);
  const changes = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
  };
  const updated = await db.transaction(async (tx) => {
    await updateUserRow(tx, actor.id, changes);
    const row = await findUserById(tx, actor.id);
    if (!row) throw new AppError('COMMON.UNAUTHENTICATED');
    await recordAudit(tx, ctx, {
      action: 'user.profile_updated',
      entity: 'user',
      entityId: actor.id,
      before: { name: actor.name, locale: actor.locale },
      after: { name: row.name, locale: row.locale },
    });
    return toActor(row);
  });
  // After the commit, so no request can cache the old profile again in between.
  sessionCache.dropUser(actor.id);
  return updated;
}
