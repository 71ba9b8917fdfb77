import { and, arrayContains, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { queryRows } from '../../../platform/db/index.ts';
import { userRoles } from '../../../platform/identity/identity.tables.ts';
import {
  availabilityExceptions,
  interpreterLanguages,
  interpreters,
  organisationInterpreterPreferences,
} from '../interpreting.tables.ts';

export type InterpreterRow = typeof interpreters.$inferSelect;
export type InterpreterValues = Omit<typeof interpreters.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type LanguageRow = { language: string; variant: string; direction: string };
export type ExceptionRow = typeof availabilityExceptions.$inferSelect;
export type PreferenceRow = typeof organisationInterpreterPreferences.$inferSelect;
export type ExceptionValues = { startsAt: Date; endsAt: Date; available: boolean; note: string | null };

/**
 * The next free code T-0001, T-0002, … Two registrations at once must not take the same number:
 * a transaction-scoped advisory lock serialises them (the unique index stays the last word).
 */
export async function nextInterpreterCode(tx: Db): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('interpreting.interpreter_code'))`);
  const [row] = await queryRows<{ next: number }>(
    tx,
    sql`select coalesce(max(substring(code from 3)::int), 0) + 1 as next
        from ${interpreters} where code ~ '^T-[0-9]{1,9}$'`,
  );
  return `T-${String(row?.next ?? 1).padStart(4, '0')}`;
}

export async function insertInterpreter(tx: Db, values: InterpreterValues): Promise<InterpreterRow> {
  const [row] = await tx.insert(interpreters).values(values).returning();
  if (!row) throw new Error('insert into interpreters returned no row');
  return row;
}

export async function updateInterpreterRow(
  tx: Db,
  id: string,
  patch: Partial<InterpreterValues>,
): Promise<InterpreterRow> {
  const [row] = await tx
    .update(interpreters)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(interpreters.id, id))
    .returning();
  if (!row) throw new Error('interpreter vanished during update');
  return row;
}

export async function findInterpreter(db: Db, id: string): Promise<InterpreterRow | undefined> {
  const [row] = await db.select().from(interpreters).where(eq(interpreters.id, id));
  return row;
}

/** Locks the row, so that concurrent changes of one interpreter apply one after the other. */
export async function findInterpreterForUpdate(tx: Db, id: string): Promise<InterpreterRow | undefined> {
  const [row] = await tx.select().from(interpreters).where(eq(interpreters.id, id)).for('update');
  return row;
}

export async function findInterpreterByUser(db: Db, userId: string): Promise<InterpreterRow | undefined> {
  const [row] = await db.select().from(interpreters).where(eq(interpreters.userId, userId));
  return row;
}

export async function isInterpreterAccount(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: userRoles.userId })
    .from(userRoles)
    .where(and(eq(userRoles.userId, userId), eq(userRoles.role, 'interpreter')));
  return row !== undefined;
}

/**
 * Stores a new feed-token digest only if the stored one is still `expectedHash` (compare-and-set),
 * so two first visits at once cannot each keep a different URL.
 */
export async function setFeedToken(
  tx: Db,
  id: string,
  issue: { tokenHash: string; issuedAt: Date },
  expectedHash: string | null,
): Promise<boolean> {
  const current =
    expectedHash === null ? isNull(interpreters.feedTokenHash) : eq(interpreters.feedTokenHash, expectedHash);
  const rows = await tx
    .update(interpreters)
    .set({ feedTokenHash: issue.tokenHash, feedTokenIssuedAt: issue.issuedAt })
    .where(and(eq(interpreters.id, id), current))
    .returning({ id: interpreters.id });
  return rows.length === 1;
}

export async function replaceLanguages(
  tx: Db,
  interpreterId: string,
  languages: LanguageRow[],
): Promise<void> {
  await tx.delete(interpreterLanguages).where(eq(interpreterLanguages.interpreterId, interpreterId));
  if (languages.length === 0) return;
  await tx.insert(interpreterLanguages).values(languages.map((l) => ({ ...l, interpreterId })));
}

export async function languagesOf(db: Db, interpreterIds: string[]): Promise<Map<string, LanguageRow[]>> {
  const result = new Map<string, LanguageRow[]>();
  if (interpreterIds.length === 0) return result;
  const rows = await db
    .select()
    .from(interpreterLanguages)
    .where(inArray(interpreterLanguages.interpreterId, interpreterIds))
    .orderBy(asc(interpreterLanguages.language), asc(interpreterLanguages.variant));
  for (const row of rows) {
    const list = result.get(row.interpreterId) ?? [];
    list.push({ language: row.language, variant: row.variant, direction: row.direction });
    result.set(row.interpreterId, list);
  }
  return result;
}

export async function exceptionsOf(db: Db, interpreterId: string): Promise<ExceptionRow[]> {
  return db
    .select()
    .from(availabilityExceptions)
    .where(eq(availabilityExceptions.interpreterId, interpreterId))
    .orderBy(asc(availabilityExceptions.startsAt), asc(availabilityExceptions.id));
}

export async function insertException(
  tx: Db,
  interpreterId: string,
  values: ExceptionValues,
): Promise<ExceptionRow> {
  const [row] = await tx
    .insert(availabilityExceptions)
    .values({ ...values, interpreterId })
    .returning();
  if (!row) throw new Error('insert into availability exceptions returned no row');
  return row;
}

export async function replaceExceptions(
  tx: Db,
  interpreterId: string,
  list: ExceptionValues[],
): Promise<void> {
  await tx.delete(availabilityExceptions).where(eq(availabilityExceptions.interpreterId, interpreterId));
  if (list.length === 0) return;
  await tx.insert(availabilityExceptions).values(list.map((e) => ({ ...e, interpreterId })));
}

export async function deleteException(
  tx: Db,
  interpreterId: string,
  exceptionId: string,
): Promise<ExceptionRow | undefined> {
  const [row] = await tx
    .delete(availabilityExceptions)
    .where(
      and(
        eq(availabilityExceptions.id, exceptionId),
        eq(availabilityExceptions.interpreterId, interpreterId),
      ),
    )
    .returning();
  return row;
}

export async function preferencesOf(db: Db, interpreterId: string): Promise<PreferenceRow[]> {
  return db
    .select()
    .from(organisationInterpreterPreferences)
    .where(eq(organisationInterpreterPreferences.interpreterId, interpreterId))
    .orderBy(asc(organisationInterpreterPreferences.organisationId));
}

export type InterpreterFilter = {
  language?: string | undefined;
  variant?: string | undefined;
  mode?: string | undefined;
  q?: string | undefined;
  status?: string | undefined;
  limit: number;
  offset: number;
};

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filterConditions(filter: InterpreterFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.language) {
    const variant =
      filter.variant === undefined ? sql`true` : sql`${interpreterLanguages.variant} = ${filter.variant}`;
    conditions.push(
      sql`exists (select 1 from ${interpreterLanguages} where ${interpreterLanguages.interpreterId} = ${interpreters.id}
          and ${interpreterLanguages.language} = ${filter.language} and ${variant})`,
    );
  }
  if (filter.mode) conditions.push(arrayContains(interpreters.modes, [filter.mode]));
  if (filter.status) conditions.push(eq(interpreters.status, filter.status));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(
      sql`(${interpreters.givenName} || ' ' || ${interpreters.familyName} ilike ${pattern}
          or ${interpreters.code} ilike ${pattern} or ${interpreters.email} ilike ${pattern})`,
    );
  }
  return conditions;
}

export async function searchInterpreterRows(
  db: Db,
  filter: InterpreterFilter,
): Promise<{ rows: InterpreterRow[]; total: number }> {
  const conditions = filterConditions(filter);
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(interpreters)
      .where(where)
      .orderBy(asc(interpreters.familyName), asc(interpreters.givenName), asc(interpreters.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: count() }).from(interpreters).where(where),
  ]);
  return { rows, total: totalRow?.total ?? 0 };
}
