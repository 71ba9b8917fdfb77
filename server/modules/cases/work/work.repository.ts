import { eq, inArray } from 'drizzle-orm';
import type { UserRef } from '../../../../contracts/case-work.ts';
import type { Db } from '../../../platform/db/index.ts';
import { organisations, teams, users } from '../../../platform/identity/identity.tables.ts';
import { isCaseWorker } from '../cases.repository.ts';

/** Shared look-ups of the case's working parts: display names of the users, teams and partners they name. */

export type Names = Map<string, string>;

export async function userNames(db: Db, ids: readonly (string | null)[]): Promise<Names> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function teamNames(db: Db, ids: readonly (string | null)[]): Promise<Names> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(inArray(teams.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function organisationNames(db: Db, ids: readonly (string | null)[]): Promise<Names> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function organisationExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  return row !== undefined;
}

/** `{id, name}` of a user, or null when none is named. */
export function refOf(names: Names, id: string | null): UserRef | null {
  return id ? { id, name: names.get(id) ?? 'Onbekende gebruiker' } : null;
}

export { teamExists } from '../cases.repository.ts';
export { isCaseWorker };
