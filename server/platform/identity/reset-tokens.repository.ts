import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { passwordResetTokens, users } from './identity.tables.ts';
import { newToken } from './session.ts';

/** Stores a new one-time token (its SHA-256 only) and answers the token itself, for the mail. */
export async function insertResetToken(db: Db, userId: string, validMinutes: number): Promise<string> {
  const { token, hash } = newToken();
  await db.insert(passwordResetTokens).values({
    tokenHash: hash,
    userId,
    // The database's clock, like the now() the token is checked against.
    expiresAt: sql`now() + make_interval(mins => ${validMinutes})`,
  });
  return token;
}

/**
 * Marks a token used and answers its user, in one compare-and-set, so two tabs using the same
 * link cannot both succeed. Unknown, used, expired and deactivated-user tokens answer undefined.
 */
export async function consumeResetToken(db: Db, tokenHash: string): Promise<string | undefined> {
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, sql`now()`),
        sql`exists (select 1 from ${users} where ${users.id} = ${passwordResetTokens.userId} and ${users.active})`,
      ),
    )
    .returning({ userId: passwordResetTokens.userId });
  return row?.userId;
}

/** After a password is set, older links of the same user must stop working too. */
export async function invalidateResetTokensOfUser(db: Db, userId: string): Promise<void> {
  await db
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}
