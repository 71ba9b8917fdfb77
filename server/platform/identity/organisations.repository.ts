import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { OrganisationType } from '../../../contracts/people.ts';
import type { Db } from '../db/index.ts';
import { organisations } from './identity.tables.ts';
import { fuzzyMatch } from './search.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

export type OrganisationValues = {
  name: string;
  type: OrganisationType;
  sector: string | null;
  kboNumber: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
};

export async function insertOrganisation(db: Db, values: OrganisationValues): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error('insert into organisations returned no row');
  return row;
}

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

/** Locks the row for the rest of the transaction, so a concurrent update cannot slip between before and after. */
export async function findOrganisationForUpdate(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row;
}

export async function updateOrganisationRow(
  db: Db,
  id: string,
  patch: Partial<OrganisationValues>,
): Promise<OrganisationRow> {
  const [row] = await db
    .update(organisations)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(organisations.id, id))
    .returning();
  if (!row) throw new Error('organisation vanished during update');
  return row;
}

export type OrganisationFilter = {
  q?: string | undefined;
  type?: OrganisationType | undefined;
  kbo?: string | undefined;
  limit: number;
  offset: number;
};

/** Best matches first when searching by name; alphabetical otherwise. */
export async function searchOrganisationRows(
  db: Db,
  filter: OrganisationFilter,
): Promise<{ rows: OrganisationRow[]; total: number }> {
  const conditions: SQL[] = [];
  const match = filter.q ? fuzzyMatch(sql`${organisations.name}`, filter.q) : undefined;
  if (match) conditions.push(match.where);
  if (filter.type) conditions.push(eq(organisations.type, filter.type));
  if (filter.kbo) conditions.push(eq(organisations.kboNumber, filter.kbo));
  const where = conditions.length ? and(...conditions) : undefined;
  const order = match ? [desc(match.score), organisations.name] : [organisations.name];
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(organisations)
      .where(where)
      .orderBy(...order, organisations.id)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(organisations).where(where),
  ]);
  return { rows, total: totalRow?.total ?? 0 };
}
