import { randomUUID } from 'node:crypto';
import type { Role } from '../contracts/identity.ts';
import type { Db } from '../server/platform/db/index.ts';
import { userRoles, users } from '../server/platform/identity/identity.tables.ts';
import { hashPassword } from '../server/platform/identity/password.ts';

export const TEST_PASSWORD = 'correct-horse-battery';

let cachedHash: Promise<string> | undefined;

/** Inserts a user with roles straight into the database; the password is TEST_PASSWORD. */
export async function insertUser(
  db: Db,
  input: {
    roles: Role[];
    email?: string;
    name?: string;
    organisationId?: string | null;
    teamId?: string | null;
  },
): Promise<{ id: string; email: string }> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = input.email ?? `${input.roles[0] ?? 'user'}-${randomUUID().slice(0, 8)}@test.wegwijs.test`;
  const [row] = await db
    .insert(users)
    .values({
      email,
      name: input.name ?? `Test ${input.roles.join(' ')}`,
      passwordHash: await cachedHash,
      organisationId: input.organisationId ?? null,
      teamId: input.teamId ?? null,
    })
    .returning({ id: users.id });
  if (!row) throw new Error('insert failed');
  await db.insert(userRoles).values(input.roles.map((role) => ({ userId: row.id, role })));
  return { id: row.id, email };
}
