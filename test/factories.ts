import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Locale, Role } from '../contracts/identity.ts';
import type { Db } from '../server/platform/db/index.ts';
import {
  type LanguageSkill,
  organisations,
  people,
  teams,
  userRoles,
  users,
} from '../server/platform/identity/identity.tables.ts';
import { hashPassword } from '../server/platform/identity/password.ts';

export const TEST_PASSWORD = 'correct-horse-battery';

let cachedHash: Promise<string> | undefined;

/** Inserts a user with roles straight into the database; the password is TEST_PASSWORD unless given. */
export async function insertUser(
  db: Db,
  input: {
    roles: Role[];
    email?: string;
    name?: string;
    organisationId?: string | null;
    teamId?: string | null;
    personId?: string | null;
    active?: boolean;
    locale?: Locale;
    /** A password of its own; null for an account without one (invited, or single sign-on only). */
    password?: string | null;
    oidcSubject?: string | null;
  },
): Promise<{ id: string; email: string }> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash =
    input.password === null
      ? null
      : input.password === undefined
        ? await cachedHash
        : await hashPassword(input.password);
  const email = input.email ?? `${input.roles[0] ?? 'user'}-${randomUUID().slice(0, 8)}@test.wegwijs.test`;
  const [row] = await db
    .insert(users)
    .values({
      email,
      name: input.name ?? `Test ${input.roles.join(' ')}`,
      passwordHash,
      organisationId: input.organisationId ?? null,
      teamId: input.teamId ?? null,
      personId: input.personId ?? null,
      active: input.active ?? true,
      locale: input.locale ?? 'nl',
      oidcSubject: input.oidcSubject ?? null,
    })
    .returning({ id: users.id });
  if (!row) throw new Error('insert failed');
  if (input.roles.length) {
    await db.insert(userRoles).values(input.roles.map((role) => ({ userId: row.id, role })));
  }
  return { id: row.id, email };
}

/** Inserts an organisation; synthetic data only. */
export async function insertOrganisation(
  db: Db,
  input: { name?: string; type?: string; kboNumber?: string | null } = {},
): Promise<{ id: string; name: string }> {
  const name = input.name ?? `Test organisation ${randomUUID().slice(0, 8)}`;
  const [row] = await db
    .insert(organisations)
    .values({ name, type: input.type ?? 'public_service', kboNumber: input.kboNumber ?? null })
    .returning({ id: organisations.id });
  if (!row) throw new Error('insert failed');
  return { id: row.id, name };
}

export async function insertTeam(db: Db, name = `Team ${randomUUID().slice(0, 8)}`): Promise<{ id: string }> {
  const [row] = await db.insert(teams).values({ name }).returning({ id: teams.id });
  if (!row) throw new Error('insert failed');
  return { id: row.id };
}

/** Inserts a person; synthetic names only. */
export async function insertPerson(
  db: Db,
  input: {
    givenName: string;
    familyName: string;
    email?: string | null;
    preferredLanguage?: string;
    languages?: LanguageSkill[];
  },
): Promise<{ id: string }> {
  const [row] = await db
    .insert(people)
    .values({
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? null,
      preferredLanguage: input.preferredLanguage ?? 'nl',
      languages: input.languages ?? [],
    })
    .returning({ id: people.id });
  if (!row) throw new Error('insert failed');
  return { id: row.id };
}

let address = 0;

/**
 * A client address of its own for each call, so tests that sign in many times stay under the
 * per-address login rate limit (which has its own test).
 */
export function freshAddress(): string {
  address++;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
}

/** Signs in through the real login route and answers the cookie header to send back. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: freshAddress(),
    payload: { email, password },
  });
  const cookie = response.cookies.find((c) => c.name === 'wegwijs_session');
  if (response.statusCode !== 200 || !cookie) {
    throw new Error(`sign-in failed (status ${response.statusCode}: ${response.body})`);
  }
  return `wegwijs_session=${cookie.value}`;
}
