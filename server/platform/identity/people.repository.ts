import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { type LanguageSkill, people } from './identity.tables.ts';
import { fuzzyMatch } from './search.ts';

export type PersonRow = typeof people.$inferSelect;

export type PersonValues = {
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  preferredLanguage: string;
  languages: LanguageSkill[];
};

/** Written exactly as the people_full_name_trgm index is, so the planner can use it. */
export const personFullName = sql`(${people.givenName} || ' ' || ${people.familyName})`;

export async function insertPerson(db: Db, values: PersonValues): Promise<PersonRow> {
  const [row] = await db.insert(people).values(values).returning();
  if (!row) throw new Error('insert into people returned no row');
  return row;
}

export async function findPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

export async function findPersonForUpdate(db: Db, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, id)).for('update');
  return row;
}

export async function updatePersonRow(db: Db, id: string, patch: Partial<PersonValues>): Promise<PersonRow> {
  const [row] = await db
    .update(people)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(people.id, id))
    .returning();
  if (!row) throw new Error('person vanished during update');
  return row;
}

export type PersonFilter = {
  q?: string | undefined;
  email?: string | undefined;
  limit: number;
  offset: number;
};

export async function searchPersonRows(
  db: Db,
  filter: PersonFilter,
): Promise<{ rows: PersonRow[]; total: number }> {
  const conditions: SQL[] = [];
  const match = filter.q ? fuzzyMatch(personFullName, filter.q) : undefined;
  if (match) conditions.push(match.where);
  if (filter.email) conditions.push(sql`lower(${people.email}) = ${filter.email}`);
  const where = conditions.length ? and(...conditions) : undefined;
  const order = match ? [desc(match.score)] : [];
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(people)
      .where(where)
      .orderBy(...order, people.familyName, people.givenName, people.id)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(people).where(where),
  ]);
  return { rows, total: totalRow?.total ?? 0 };
}
