import { LocaleSchema } from '../../../contracts/identity.ts';
import { recordAudit } from '../audit/index.ts';
import type { RequestContext } from '../context.ts';
import type { Db } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import type { IdentityMailer } from './mailer.ts';
import { hashPassword } from './password.ts';
import {
  consumeResetToken,
  insertResetToken,
  invalidateResetTokensOfUser,
} from './reset-tokens.repository.ts';
import { deleteSessionsOfUser, hashToken } from './session.ts';
import { findLoginCandidate, findUserById, updateUserRow } from './users.repository.ts';

export const RESET_TOKEN_MINUTES = 60;
/** A new account's set-password link has to survive a week of holidays. */
export const ACCOUNT_TOKEN_MINUTES = 7 * 24 * 60;

export type ResetLinks = { baseUrl: string; brandName: string };

/** Where the web app lets the user choose a password; the same page serves reset and first set. */
export function passwordLink(baseUrl: string, token: string): string {
  const url = new URL('/app/reset-password', baseUrl);
  url.searchParams.set('token', token);
  return url.toString();
}

/**
 * Mails a reset link when the address belongs to an active account, and does nothing otherwise:
 * the caller answers 202 either way, so the form tells nobody which addresses have an account.
 */
export async function requestPasswordReset(
  db: Db,
  ctx: RequestContext,
  mail: IdentityMailer,
  input: { email: string; baseUrl: string },
): Promise<void> {
  const candidate = await findLoginCandidate(db, input.email);
  if (!candidate?.active) return;
  await db.transaction(async (tx) => {
    const user = await findUserById(tx, candidate.id);
    if (!user) return;
    const token = await insertResetToken(tx, user.id, RESET_TOKEN_MINUTES);
    await mail.send(tx, ctx, {
      to: user.email,
      locale: LocaleSchema.catch('nl').parse(user.locale),
      template: 'password-reset',
      data: {
        name: user.name,
        resetUrl: passwordLink(input.baseUrl, token),
        expiresInMinutes: RESET_TOKEN_MINUTES,
      },
    });
    await recordAudit(tx, ctx, {
      action: 'auth.password_reset_requested',
      entity: 'user',
      entityId: user.id,
    });
  });
}

/** Sets the password from a mailed link: single use; ends every session and lifts a lockout. */
export async function confirmPasswordReset(
  db: Db,
  ctx: RequestContext,
  input: { token: string; password: string },
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const userId = await consumeResetToken(tx, hashToken(input.token));
    if (!userId) throw new AppError('AUTH.TOKEN_INVALID');
    await updateUserRow(tx, userId, { passwordHash, failedLogins: 0, lockedUntil: null });
    await invalidateResetTokensOfUser(tx, userId);
    await deleteSessionsOfUser(tx, userId);
    await recordAudit(tx, ctx, { action: 'auth.password_reset', entity: 'user', entityId: userId });
  });
}

/** A first set-password link for an account an admin created without a password. */
export async function mailAccountCreated(
  db: Db,
  ctx: RequestContext,
  mail: IdentityMailer,
  input: { userId: string; links: ResetLinks },
): Promise<void> {
  const user = await findUserById(db, input.userId);
  if (!user) throw new AppError('IDENTITY.USER_NOT_FOUND');
  const token = await insertResetToken(db, user.id, ACCOUNT_TOKEN_MINUTES);
  await mail.send(db, ctx, {
    to: user.email,
    locale: LocaleSchema.catch('nl').parse(user.locale),
    template: 'account-created',
    data: {
      name: user.name,
      setPasswordUrl: passwordLink(input.links.baseUrl, token),
      brandName: input.links.brandName,
    },
  });
}
