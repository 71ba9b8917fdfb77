import { and, asc, eq } from 'drizzle-orm';
import {
  type CreateSavedFilter,
  type SavedFilter,
  SavedFilterQuerySchema,
} from '../../../../contracts/case-work.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/index.ts';
import { caseSavedFilters } from '../cases.tables.ts';

type FilterRow = typeof caseSavedFilters.$inferSelect;

function toFilter(row: FilterRow): SavedFilter {
  // Stored rows were parsed on the way in; a key a later version dropped is left out, not refused.
  const query = SavedFilterQuerySchema.strip().safeParse(row.query);
  return {
    id: row.id,
    name: row.name,
    query: query.success ? query.data : {},
    createdAt: row.createdAt.toISOString(),
  };
}

/** The caller's own saved filters, by name; nobody sees another's. */
export async function listSavedFilters(db: Db, ctx: RequestContext): Promise<SavedFilter[]> {
  const actor = requirePermission(ctx, 'cases.work');
  const rows = await db
    .select()
    .from(caseSavedFilters)
    .where(eq(caseSavedFilters.userId, actor.id))
    .orderBy(asc(caseSavedFilters.name));
  return rows.map(toFilter);
}

/** Only the keys given are kept: an empty value is "not filtered", not a filter on ''. */
function storedQuery(query: CreateSavedFilter['query']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

export async function saveFilter(
  db: Db,
  ctx: RequestContext,
  input: CreateSavedFilter,
): Promise<SavedFilter> {
  const actor = requirePermission(ctx, 'cases.work');
  const row = await db
    .transaction(async (tx) => {
      const [inserted] = await tx
        .insert(caseSavedFilters)
        .values({ userId: actor.id, name: input.name, query: storedQuery(input.query) })
        .returning();
      if (!inserted) throw new Error('insert returned no row');
      await recordAudit(tx, ctx, {
        action: 'case_saved_filter.created',
        entity: 'case_saved_filter',
        entityId: inserted.id,
        after: { name: inserted.name, query: inserted.query },
      });
      return inserted;
    })
    .catch((error: unknown) => {
      if (sqlState(error) === '23505')
        throw new AppError('CASE_WORK.FILTER_EXISTS', undefined, { cause: error });
      throw error;
    });
  return toFilter(row);
}

/** Deletes one of the caller's own filters; another's is answered as not found. */
export async function deleteFilter(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const actor = requirePermission(ctx, 'cases.work');
  await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(caseSavedFilters)
      .where(and(eq(caseSavedFilters.id, id), eq(caseSavedFilters.userId, actor.id)))
      .returning();
    if (!deleted) throw new AppError('CASE_WORK.FILTER_NOT_FOUND');
    await recordAudit(tx, ctx, {
      action: 'case_saved_filter.deleted',
      entity: 'case_saved_filter',
      entityId: deleted.id,
      before: { name: deleted.name, query: deleted.query },
    });
  });
}
