import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { LocaleSchema, RoleSchema } from '../../../contracts/identity.ts';
import type { Actor } from '../context.ts';
import { type Db, queryRows } from '../db/index.ts';
import { sessions } from './identity.tables.ts';

export const SESSION_COOKIE = 'wegwijs_session';

/** Tokens are 256 random bits; only their SHA-256 is stored, so a leaked table opens no session. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Db,
  input: { userId: string; ttlHours: number; ip?: string | undefined; userAgent?: string | undefined },
): Promise<{ token: string; expiresAt: Date }> {
  const { token, hash } = newToken();
  const expiresAt = new Date(Date.now() + input.ttlHours * 3_600_000);
  await db.insert(sessions).values({
    tokenHash: hash,
    userId: input.userId,
    expiresAt,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.tokenHash} = ${hashToken(token)}`);
}

/** Ends every session of a user, e.g. after a password change or deactivation. */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.userId} = ${userId}`);
}

type ActorRow = {
  id: string;
  email: string;
  name: string;
  roles: string[] | null;
  organisation_id: string | null;
  team_id: string | null;
  locale: string;
};

/** The actor behind a session token, in one query; null when unknown, expired or deactivated. */
export async function findActorBySession(db: Db, token: string): Promise<Actor | null> {
  const rows = await queryRows<ActorRow>(
    db,
    sql`
    select u.id, u.email, u.name, u.organisation_id, u.team_id, u.locale,
           array(select r.role from user_roles r where r.user_id = u.id order by r.role) as roles
      from sessions s join users u on u.id = s.user_id
     where s.token_hash = ${hashToken(token)} and s.expires_at > now() and u.active`,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: (row.roles ?? []).flatMap((role) => {
      const parsed = RoleSchema.safeParse(role);
      return parsed.success ? [parsed.data] : [];
    }),
    organisationId: row.organisation_id,
    teamId: row.team_id,
    locale: LocaleSchema.catch('nl').parse(row.locale),
  };
}
