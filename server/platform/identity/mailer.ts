import type { Locale } from '../../../contracts/identity.ts';
import type { RequestContext } from '../context.ts';
import type { Db } from '../db/index.ts';

/** The identity mails and the data their templates read. */
export type IdentityMail =
  | { template: 'password-reset'; data: { name: string; resetUrl: string; expiresInMinutes: number } }
  | { template: 'account-created'; data: { name: string; setPasswordUrl: string; brandName: string } };

/**
 * The part of platform.mail identity uses: queue a mail in the outbox, within the caller's
 * transaction, so the mail goes out only if the write it belongs to commits.
 */
export type IdentityMailer = {
  send(db: Db, ctx: RequestContext, message: { to: string; locale: Locale } & IdentityMail): Promise<unknown>;
};
