import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import { LocaleSchema, RoleSchema } from '../../../contracts/identity.ts';
import type { Actor } from '../context.ts';
import type { Db } from '../db/index.ts';
import { sessions, users } from './identity.tables.ts';
import { sessionCache } from './session-cache.ts';

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
  sessionCache.dropToken(hashToken(token));
  await db.delete(sessions).where(sql`${sessions.tokenHash} = ${hashToken(token)}`);
}

/** Ends every session of a user, e.g. after a password change or deactivation. */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  sessionCache.dropUser(userId);
  await db.delete(sessions).where(sql`${sessions.userId} = ${userId}`);
}

/**
 * The one query every authenticated request makes, prepared once per database handle so the
 * server parses and plans it once, not per request.
 */
function prepareActorQuery(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      organisationId: users.organisationId,
      teamId: users.teamId,
      locale: users.locale,
      expiresAt: sessions.expiresAt,
      roles: sql<
        string[] | null
      >`array(select r.role from user_roles r where r.user_id = ${users.id} order by r.role)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('hash')),
        gt(sessions.expiresAt, sql`now()`),
        eq(users.active, true),
      ),
    )
    .prepare('session_actor');
}

const actorQueries = new WeakMap<Db, ReturnType<typeof prepareActorQuery>>();

/**
 * The actor behind a session token, in one query; null when unknown, expired or deactivated.
 * With `cacheMs`, a found actor is remembered that long (see session-cache.ts).
 */
export async function findActorBySession(db: Db, token: string, cacheMs = 0): Promise<Actor | null> {
  const hash = hashToken(token);
  const cached = sessionCache.get(hash);
  if (cached) return cached;
  let query = actorQueries.get(db);
  if (!query) {
    query = prepareActorQuery(db);
    actorQueries.set(db, query);
  }
  const [row] = await query.execute({ hash });
  if (!row) return null;
  const actor: Actor = {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: (row.roles ?? []).flatMap((role) => {
      const parsed = RoleSchema.safeParse(role);
      return parsed.success ? [parsed.data] : [];
    }),
    organisationId: row.organisationId,
    teamId: row.teamId,
    locale: LocaleSchema.catch('nl').parse(row.locale),
  };
  // Never remembered past the session's own end.
  sessionCache.set(hash, actor, Math.min(cacheMs, row.expiresAt.getTime() - Date.now()));
  return actor;
}
