import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { LibraryVisibility } from '../../../contracts/library.ts';
import type { Db } from '../../platform/db/index.ts';
import { organisations } from '../../platform/identity/identity.tables.ts';
import { libraryDocuments, libraryTranslations, libraryVersions } from './library.tables.ts';

export type DocumentRow = typeof libraryDocuments.$inferSelect;
export type TranslationRow = typeof libraryTranslations.$inferSelect;
export type VersionRow = typeof libraryVersions.$inferSelect;
export type NewDocument = typeof libraryDocuments.$inferInsert;
export type NewVersion = Omit<typeof libraryVersions.$inferInsert, 'versionNo'>;

/** Archived documents are kept for staff only; everyone else sees active ones of their visibilities. */
function visibleDocument(visibilities: readonly LibraryVisibility[]) {
  const scoped = inArray(libraryDocuments.visibility, [...visibilities]);
  return visibilities.includes('staff') ? scoped : and(scoped, eq(libraryDocuments.status, 'active'));
}

export async function insertDocument(db: Db, values: NewDocument): Promise<DocumentRow> {
  const [row] = await db.insert(libraryDocuments).values(values).returning();
  if (!row) throw new Error('library document insert returned nothing');
  return row;
}

export async function updateDocument(
  db: Db,
  id: string,
  values: Partial<NewDocument>,
): Promise<DocumentRow | undefined> {
  const [row] = await db
    .update(libraryDocuments)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(libraryDocuments.id, id))
    .returning();
  return row;
}

/** The document if the caller may see it; `forUpdate` locks it so writes to one document queue. */
export async function findDocument(
  db: Db,
  id: string,
  visibilities: readonly LibraryVisibility[],
  forUpdate = false,
): Promise<DocumentRow | undefined> {
  const query = db
    .select()
    .from(libraryDocuments)
    .where(and(eq(libraryDocuments.id, id), visibleDocument(visibilities)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function organisationName(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row?.name;
}

export async function insertTranslation(
  db: Db,
  values: typeof libraryTranslations.$inferInsert,
): Promise<TranslationRow> {
  const [row] = await db.insert(libraryTranslations).values(values).returning();
  if (!row) throw new Error('library translation insert returned nothing');
  return row;
}

export async function findTranslation(
  db: Db,
  documentId: string,
  lang: string,
): Promise<TranslationRow | undefined> {
  const [row] = await db
    .select()
    .from(libraryTranslations)
    .where(and(eq(libraryTranslations.documentId, documentId), eq(libraryTranslations.lang, lang)));
  return row;
}

/** The original first, then the languages alphabetically. */
export async function listTranslations(db: Db, documentId: string): Promise<TranslationRow[]> {
  return db
    .select()
    .from(libraryTranslations)
    .where(eq(libraryTranslations.documentId, documentId))
    .orderBy(desc(libraryTranslations.isOriginal), asc(libraryTranslations.lang));
}

/** Versions of the given translations, newest first. */
export async function listVersions(db: Db, translationIds: string[]): Promise<VersionRow[]> {
  if (translationIds.length === 0) return [];
  return db
    .select()
    .from(libraryVersions)
    .where(inArray(libraryVersions.translationId, translationIds))
    .orderBy(desc(libraryVersions.versionNo));
}

/**
 * Adds the next version and makes it current. The caller holds the document's row lock, so two
 * uploads to one translation cannot take the same number (the unique key would refuse it anyway).
 */
export async function addVersion(
  db: Db,
  values: NewVersion,
  changes: { title?: string | undefined; description?: string | undefined } = {},
): Promise<VersionRow> {
  const { title, description } = changes;
  const [last] = await db
    .select({ no: max(libraryVersions.versionNo) })
    .from(libraryVersions)
    .where(eq(libraryVersions.translationId, values.translationId));
  const [version] = await db
    .insert(libraryVersions)
    .values({ ...values, versionNo: (last?.no ?? 0) + 1 })
    .returning();
  if (!version) throw new Error('library version insert returned nothing');
  await db
    .update(libraryTranslations)
    .set({
      currentVersionId: version.id,
      updatedAt: new Date(),
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
    })
    .where(eq(libraryTranslations.id, values.translationId));
  return version;
}

export async function findVersion(db: Db, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(libraryVersions).where(eq(libraryVersions.id, id));
  return row;
}

/**
 * Counts a download and answers the current version in one statement: the increment is done by
 * the database (`download_count + 1`), so concurrent downloads never lose a count.
 */
export async function countDownload(
  db: Db,
  documentId: string,
  lang: string,
  visibilities: readonly LibraryVisibility[],
): Promise<{ title: string; currentVersionId: string | null } | undefined> {
  const [row] = await db
    .update(libraryTranslations)
    .set({ downloadCount: sql`${libraryTranslations.downloadCount} + 1` })
    .where(
      and(
        eq(libraryTranslations.documentId, documentId),
        eq(libraryTranslations.lang, lang),
        sql`${libraryTranslations.currentVersionId} is not null`,
        sql`exists (select 1 from ${libraryDocuments} where ${libraryDocuments.id} = ${libraryTranslations.documentId} and ${visibleDocument(visibilities)})`,
      ),
    )
    .returning({ title: libraryTranslations.title, currentVersionId: libraryTranslations.currentVersionId });
  return row;
}

/** The extracted text of one version (the XLIFF export of a document's original). */
export async function currentText(db: Db, versionId: string): Promise<string | null> {
  const [row] = await db
    .select({ text: libraryVersions.extractedText })
    .from(libraryVersions)
    .where(eq(libraryVersions.id, versionId));
  return row?.text ?? null;
}
