import { and, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/context.ts';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { storedFiles } from '../../../platform/files/files.tables.ts';
import { rowScope } from '../../../platform/identity/scoping.ts';
import {
  charges,
  interpreterLanguages,
  interpreters,
  requestingOrganisations,
  translationJobs,
  translationOffers,
} from '../interpreting.tables.ts';

export type TranslationJobRow = typeof translationJobs.$inferSelect;
export type TranslationOfferRow = typeof translationOffers.$inferSelect;
export type NewTranslationJob = typeof translationJobs.$inferInsert;

/** A job with what its answer shows: the source file and the translator's code and first name. */
export type TranslationJobView = {
  job: TranslationJobRow;
  file: { originalName: string; mediaType: string; size: number };
  translatorCode: string | null;
  translatorGivenName: string | null;
};

/**
 * Jobs an actor may see: staff all, a requester her organisation's, a translator the jobs
 * assigned to her (the translator's account is interpreters.user_id).
 */
export function visibleJobs(actor: Actor): SQL {
  return rowScope(actor, {
    organisationId: translationJobs.organisationId,
    assigneeUserId: sql`(select ${interpreters.userId} from ${interpreters} where ${interpreters.id} = ${translationJobs.translatorId})`,
  });
}

/** No row scoping: for staff-only steps and for re-reading a row the caller just wrote. */
export const EVERY_JOB: SQL = sql`true`;

/** The jobs whose source document an actor may read: the visible ones and those offered to her. */
export function jobsWithReadableSource(actor: Actor): SQL {
  return or(visibleJobs(actor), jobsWithOpenOfferTo(actor)) ?? visibleJobs(actor);
}

/** The jobs offered to her with the offer still open. */
function jobsWithOpenOfferTo(actor: Actor): SQL {
  return sql`exists (select 1 from ${translationOffers} join ${interpreters} on ${interpreters.id} = ${translationOffers.interpreterId}
    where ${translationOffers.jobId} = ${translationJobs.id} and ${interpreters.userId} = ${actor.id}
      and ${translationOffers.status} = 'open')`;
}

function selectViews(db: Db) {
  return db
    .select({
      job: translationJobs,
      file: {
        originalName: storedFiles.originalName,
        mediaType: storedFiles.mediaType,
        size: storedFiles.size,
      },
      translatorCode: interpreters.code,
      translatorGivenName: interpreters.givenName,
    })
    .from(translationJobs)
    .innerJoin(storedFiles, eq(storedFiles.id, translationJobs.sourceFileId))
    .leftJoin(interpreters, eq(interpreters.id, translationJobs.translatorId));
}

export async function findJobView(db: Db, id: string, scope: SQL): Promise<TranslationJobView | undefined> {
  const [row] = await selectViews(db).where(and(eq(translationJobs.id, id), scope));
  return row;
}

export async function listJobViews(db: Db, scope: SQL, status?: string): Promise<TranslationJobView[]> {
  const condition = status ? and(scope, eq(translationJobs.status, status)) : scope;
  return selectViews(db).where(condition).orderBy(desc(translationJobs.createdAt)).limit(500);
}

/** The job row, locked for the rest of the transaction, when the actor may see it. */
export async function lockJob(tx: Db, id: string, scope: SQL): Promise<TranslationJobRow | undefined> {
  const [row] = await tx
    .select()
    .from(translationJobs)
    .where(and(eq(translationJobs.id, id), scope))
    .for('update', { of: translationJobs });
  return row;
}

/** Compare-and-set: changes the job only while it is in one of the expected states. */
export async function updateJobIf(
  tx: Db,
  id: string,
  expected: readonly string[],
  set: Partial<NewTranslationJob>,
  extra?: SQL,
): Promise<TranslationJobRow | undefined> {
  const [row] = await tx
    .update(translationJobs)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(translationJobs.id, id), inArray(translationJobs.status, [...expected]), extra))
    .returning();
  return row;
}

export async function nextTranslationNumber(tx: Db): Promise<number> {
  const [row] = await queryRows<{ n: string }>(
    tx,
    sql`select nextval('interpreting_translation_reference_seq')::text as n`,
  );
  if (!row) throw new Error('the translation reference sequence answered nothing');
  return Number(row.n);
}

export async function insertJob(tx: Db, values: NewTranslationJob): Promise<TranslationJobRow> {
  const [row] = await tx.insert(translationJobs).values(values).returning();
  if (!row) throw new Error('insert of a translation job returned nothing');
  return row;
}

/** Whether the organisation is an active requester (eligibility and a running agreement). */
export async function isEligibleRequester(db: Db, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ active: requestingOrganisations.active })
    .from(requestingOrganisations)
    .where(eq(requestingOrganisations.organisationId, organisationId));
  return row?.active === true;
}

export type TranslatorCandidate = {
  id: string;
  status: string;
  translates: boolean;
  certificationValidUntil: string | null;
  directions: string[];
};

/** The named interpreters with the directions in which they work with one language. */
export async function findTranslators(
  db: Db,
  ids: readonly string[],
  language: string,
): Promise<TranslatorCandidate[]> {
  const rows = await db
    .select({
      id: interpreters.id,
      status: interpreters.status,
      translates: interpreters.translates,
      certificationValidUntil: interpreters.certificationValidUntil,
      direction: interpreterLanguages.direction,
    })
    .from(interpreters)
    .leftJoin(
      interpreterLanguages,
      and(
        eq(interpreterLanguages.interpreterId, interpreters.id),
        eq(interpreterLanguages.language, language),
      ),
    )
    .where(inArray(interpreters.id, [...ids]));
  const byId = new Map<string, TranslatorCandidate>();
  for (const { direction, ...row } of rows) {
    const candidate = byId.get(row.id) ?? { ...row, directions: [] };
    if (direction) candidate.directions.push(direction);
    byId.set(row.id, candidate);
  }
  return [...byId.values()];
}

/** New offers; an interpreter already offered this job keeps her first offer (unique key). */
export async function insertOffers(
  tx: Db,
  jobId: string,
  interpreterIds: readonly string[],
  expiresAt: Date,
): Promise<TranslationOfferRow[]> {
  return tx
    .insert(translationOffers)
    .values(interpreterIds.map((interpreterId) => ({ jobId, interpreterId, expiresAt })))
    .onConflictDoNothing({ target: [translationOffers.jobId, translationOffers.interpreterId] })
    .returning();
}

export async function findInterpreterIdOfUser(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: interpreters.id })
    .from(interpreters)
    .where(eq(interpreters.userId, userId));
  return row?.id;
}

export async function findOffer(
  db: Db,
  id: string,
  interpreterId: string,
): Promise<TranslationOfferRow | undefined> {
  const [row] = await db
    .select()
    .from(translationOffers)
    .where(and(eq(translationOffers.id, id), eq(translationOffers.interpreterId, interpreterId)));
  return row;
}

/** Compare-and-set on an open offer; accepting also needs it not to have expired. */
export async function respondToOffer(
  tx: Db,
  id: string,
  interpreterId: string,
  status: 'accepted' | 'declined',
): Promise<TranslationOfferRow | undefined> {
  const [row] = await tx
    .update(translationOffers)
    .set({ status, respondedAt: sql`now()`, updatedAt: sql`now()` })
    .where(
      and(
        eq(translationOffers.id, id),
        eq(translationOffers.interpreterId, interpreterId),
        eq(translationOffers.status, 'open'),
        status === 'accepted' ? sql`${translationOffers.expiresAt} > now()` : undefined,
      ),
    )
    .returning();
  return row;
}

/** Closes the job's other open offers: 'filled' when someone won, 'withdrawn' on cancellation. */
export async function closeOpenOffers(
  tx: Db,
  jobId: string,
  status: 'filled' | 'withdrawn',
  exceptOfferId?: string,
): Promise<number> {
  const rows = await tx
    .update(translationOffers)
    .set({ status, updatedAt: sql`now()` })
    .where(
      and(
        eq(translationOffers.jobId, jobId),
        eq(translationOffers.status, 'open'),
        exceptOfferId ? ne(translationOffers.id, exceptOfferId) : undefined,
      ),
    )
    .returning({ id: translationOffers.id });
  return rows.length;
}

export type MyOfferRow = { offer: TranslationOfferRow; job: TranslationJobRow };

export async function listOffersOfInterpreter(
  db: Db,
  interpreterId: string,
  status?: string,
): Promise<MyOfferRow[]> {
  return db
    .select({ offer: translationOffers, job: translationJobs })
    .from(translationOffers)
    .innerJoin(translationJobs, eq(translationJobs.id, translationOffers.jobId))
    .where(
      and(
        eq(translationOffers.interpreterId, interpreterId),
        status ? eq(translationOffers.status, status) : undefined,
      ),
    )
    .orderBy(desc(translationOffers.createdAt))
    .limit(500);
}

export type NewCharge = typeof charges.$inferInsert;

export async function insertCharge(tx: Db, values: NewCharge): Promise<{ id: string }> {
  const [row] = await tx.insert(charges).values(values).returning({ id: charges.id });
  if (!row) throw new Error('insert of a charge returned nothing');
  return row;
}
