/**
 * The editable jargon list (table plain_language_terms): staff add, change and deactivate words;
 * the check reads the active ones on every request (one small query, so an edit counts at once and
 * no cache can go stale across processes).
 */
import { asc, eq, sql } from 'drizzle-orm';
import type {
  CreatePlainLanguageTerm,
  PlainLanguageTerm,
  UpdatePlainLanguageTerm,
} from '../../../contracts/plain-language.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { RequestContext } from '../../platform/context.ts';
import { type Db, queryRows, sqlState } from '../../platform/db/index.ts';
import { DEFAULT_JARGON, type JargonEntry } from './default-jargon.ts';
import { plainLanguageError } from './errors.ts';
import { plainLanguageTerms } from './plain-language.tables.ts';

type TermRow = typeof plainLanguageTerms.$inferSelect;

/** The table has no "inflects" column: the built-in adjectives ("onderhavig") keep their endings. */
const INFLECTING = new Set(DEFAULT_JARGON.filter((e) => e.inflects).map((e) => e.term.toLowerCase()));

export function toTerm(row: TermRow): PlainLanguageTerm {
  return {
    id: row.id,
    term: row.term,
    alternative: row.alternative,
    note: row.note,
    active: row.active,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listTerms(db: Db): Promise<PlainLanguageTerm[]> {
  const rows = await db
    .select()
    .from(plainLanguageTerms)
    .orderBy(asc(sql`lower(${plainLanguageTerms.term})`));
  return rows.map(toTerm);
}

/** The active terms as the check matches them. */
export async function activeJargon(db: Db): Promise<JargonEntry[]> {
  const rows = await db
    .select({ term: plainLanguageTerms.term, alternative: plainLanguageTerms.alternative })
    .from(plainLanguageTerms)
    .where(eq(plainLanguageTerms.active, true));
  return rows.map((row) => ({ ...row, inflects: INFLECTING.has(row.term.toLowerCase()) }));
}

function refuseDuplicate(error: unknown): never {
  if (sqlState(error) === '23505') throw plainLanguageError('PLAIN_LANGUAGE.TERM_EXISTS', undefined, error);
  throw error;
}

/** One space between words: "dienen  te" and "dienen te" are the same term for the unique index. */
const tidy = (term: string) => term.trim().replace(/\s+/gu, ' ');

export async function createTerm(
  db: Db,
  ctx: RequestContext,
  input: CreatePlainLanguageTerm,
): Promise<PlainLanguageTerm> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(plainLanguageTerms)
      .values({
        term: tidy(input.term),
        alternative: input.alternative,
        note: input.note ?? null,
        active: input.active ?? true,
        updatedBy: ctx.actor?.id ?? null,
      })
      .returning()
      .catch(refuseDuplicate);
    if (!row) throw new Error('insert returned no row');
    const term = toTerm(row);
    await recordAudit(tx, ctx, {
      action: 'plain-language.term.created',
      entity: 'plain_language_term',
      entityId: row.id,
      after: term,
    });
    return term;
  });
}

export async function updateTerm(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdatePlainLanguageTerm,
): Promise<PlainLanguageTerm> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(plainLanguageTerms)
      .where(eq(plainLanguageTerms.id, id))
      .for('update');
    if (!before) throw plainLanguageError('PLAIN_LANGUAGE.TERM_NOT_FOUND');
    const [row] = await tx
      .update(plainLanguageTerms)
      .set({
        ...(input.term !== undefined ? { term: tidy(input.term) } : {}),
        ...(input.alternative !== undefined ? { alternative: input.alternative } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        updatedBy: ctx.actor?.id ?? null,
        updatedAt: new Date(),
      })
      .where(eq(plainLanguageTerms.id, id))
      .returning()
      .catch(refuseDuplicate);
    if (!row) throw plainLanguageError('PLAIN_LANGUAGE.TERM_NOT_FOUND');
    const term = toTerm(row);
    await recordAudit(tx, ctx, {
      action: 'plain-language.term.updated',
      entity: 'plain_language_term',
      entityId: id,
      before: toTerm(before),
      after: term,
    });
    return term;
  });
}

export async function deleteTerm(db: Db, ctx: RequestContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(plainLanguageTerms).where(eq(plainLanguageTerms.id, id)).returning();
    if (!row) throw plainLanguageError('PLAIN_LANGUAGE.TERM_NOT_FOUND');
    await recordAudit(tx, ctx, {
      action: 'plain-language.term.deleted',
      entity: 'plain_language_term',
      entityId: id,
      before: toTerm(row),
    });
  });
}

/**
 * Seeds the list from default-jargon.ts when the table is empty (a fresh installation). Staff switch
 * words off rather than delete them: a list emptied by hand gets the defaults back at the next start.
 */
export async function seedDefaultTerms(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // Two processes booting at once must not both seed.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('plain-language-terms-seed'))`);
    const existing = await queryRows(tx, sql`select 1 from plain_language_terms limit 1`);
    if (existing.length > 0) return;
    await tx.insert(plainLanguageTerms).values(
      DEFAULT_JARGON.map((entry) => ({
        term: entry.term,
        alternative: entry.alternative,
        note: entry.inflects ? 'ook met -e, -en, -s, -n' : 'Heerlijk Helder / Mechelen',
      })),
    );
  });
}
