import { and, count, desc, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/identity.ts';
import type { Db } from '../db/index.ts';
import { sessions, userRoles, users } from './identity.tables.ts';
import { likePattern } from './search.ts';

/** A user as the services see it: no password hash. */
export type UserRow = {
  id: string;
  email: string;
  name: string;
  locale: string;
  organisationId: string | null;
  teamId: string | null;
  personId: string | null;
  active: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
  roles: string[];
};

const rolesOfUser = sql<string[]>`array(select ${userRoles.role} from ${userRoles}
  where ${userRoles.userId} = ${users.id} order by ${userRoles.role})`;

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  organisationId: users.organisationId,
  teamId: users.teamId,
  personId: users.personId,
  active: users.active,
  lockedUntil: users.lockedUntil,
  createdAt: users.createdAt,
  roles: rolesOfUser,
};

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id));
  return row;
}

export type UserFilter = { q?: string | undefined; role?: Role | undefined; limit: number; offset: number };

export async function listUsers(db: Db, filter: UserFilter): Promise<{ rows: UserRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(sql`(${users.name} ilike ${pattern} or ${users.email} ilike ${pattern})`);
  }
  if (filter.role) {
    conditions.push(
      sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} = ${filter.role})`,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [totalRow]] = await Promise.all([
    db
      .select(userColumns)
      .from(users)
      .where(where)
      .orderBy(users.name, desc(users.createdAt))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total: totalRow?.total ?? 0 };
}

export type NewUser = {
  email: string;
  name: string;
  passwordHash: string | null;
  locale: string;
  organisationId: string | null;
  teamId: string | null;
};

export async function insertUser(db: Db, values: NewUser, roles: readonly Role[]): Promise<string> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  if (!row) throw new Error('insert into users returned no row');
  await db.insert(userRoles).values(roles.map((role) => ({ userId: row.id, role })));
  return row.id;
}

export type UserPatch = Partial<{
  name: string;
  locale: string;
  organisationId: string | null;
  teamId: string | null;
  active: boolean;
  lockedUntil: Date | null;
  failedLogins: number;
  passwordHash: string;
  oidcSubject: string;
}>;

export async function updateUserRow(db: Db, id: string, patch: UserPatch): Promise<void> {
  await db
    .update(users)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(users.id, id));
}

export async function replaceRoles(db: Db, userId: string, roles: readonly Role[]): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  await db.insert(userRoles).values(roles.map((role) => ({ userId, role })));
}

export type LoginCandidate = { id: string; active: boolean; passwordHash: string | null };

export async function findLoginCandidate(db: Db, email: string): Promise<LoginCandidate | undefined> {
  const [row] = await db
    .select({ id: users.id, active: users.active, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

/**
 * Counts a sign-in attempt before the password is checked, in one statement, so that parallel
 * guesses cannot slip past the limit. The attempt that reaches `maxFailures` starts the lock; a
 * successful sign-in resets the count. No row back means the account is locked now.
 */
export async function claimLoginAttempt(
  db: Db,
  userId: string,
  policy: { maxFailures: number; lockMinutes: number },
): Promise<{ attempt: number } | undefined> {
  const expired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= now())`;
  const attempt = sql`(case when ${expired} then 0 else ${users.failedLogins} end) + 1`;
  const [row] = await db
    .update(users)
    .set({
      failedLogins: attempt,
      lockedUntil: sql`case when ${attempt} >= ${policy.maxFailures}
        then now() + make_interval(mins => ${policy.lockMinutes})
        when ${expired} then null else ${users.lockedUntil} end`,
    })
    .where(and(eq(users.id, userId), sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= now())`))
    .returning({ attempt: users.failedLogins });
  return row;
}

export async function clearLoginFailures(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function passwordHashOf(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.hash ?? null;
}

/** Ends every session of a user except the one given (the caller's own, after a password change). */
export async function deleteOtherSessions(db: Db, userId: string, keepTokenHash: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
}

export async function findUserByOidcSubject(db: Db, subject: string): Promise<UserRow | undefined> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.oidcSubject, subject));
  return row;
}

/** An account not yet linked to any single sign-on subject, found by its e-mail address. */
export async function findUnlinkedUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(and(sql`lower(${users.email}) = lower(${email})`, isNull(users.oidcSubject)));
  return row;
}

export async function countUsers(db: Db): Promise<{ active: number; lockedNow: number }> {
  const [row] = await db
    .select({
      active: sql<number>`count(*) filter (where ${users.active})::int`,
      lockedNow: sql<number>`count(*) filter (where ${users.lockedUntil} > now())::int`,
    })
    .from(users);
  return { active: row?.active ?? 0, lockedNow: row?.lockedNow ?? 0 };
}
