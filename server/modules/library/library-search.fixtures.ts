import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../test/app.ts';
import { createTestDatabase } from '../../../test/database.ts';
import { buildApp } from '../../app.ts';
import { systemContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { loadEnv } from '../../platform/env.ts';
import type { FileService } from '../../platform/files/index.ts';
import { createLogger } from '../../platform/logger.ts';
import { createPlatform } from '../../platform/platform.ts';
import { libraryDocuments, libraryTranslations, libraryVersions } from './library.tables.ts';
import { indexTranslation } from './library-index.ts';
import { libraryPublicRoutes } from './library-public.routes.ts';
import { librarySearchRoutes } from './library-search.routes.ts';

/**
 * Test support for library search: the real app (like `createTestApp`) with the search routes
 * mounted even while `module.ts` does not list them yet, and documents written straight into
 * the tables (synthetic texts), each translation indexed with `indexTranslation`.
 */
export async function createSearchTestApp(): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-library-search-'));
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    BASE_URL: 'http://localhost:3000',
    JOBS: 'false',
  });
  const database = await createTestDatabase();
  const platform = await createPlatform({ env, database, logger: createLogger(env) });
  const app = await buildApp({ platform, serveWeb: false });
  for (const [routes, url] of [
    [librarySearchRoutes, '/api/library/documents'],
    [libraryPublicRoutes, '/api/public/library/documents'],
  ] as const) {
    if (!app.hasRoute({ method: 'GET', url })) await app.register(routes, { platform, prefix: '/api' });
  }
  await app.ready();
  return {
    app,
    platform,
    env,
    async close() {
      await app.close();
      await platform.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type FixtureTranslation = { lang: string; title: string; description?: string; text?: string };
export type FixtureDocument = {
  sector: 'education' | 'welfare' | 'health' | 'housing' | 'work' | 'general';
  themes?: string[];
  docType?: 'informative' | 'standard_form';
  visibility: 'public' | 'requesters' | 'staff';
  status?: 'active' | 'archived';
  /** The first is the (Dutch) original. */
  translations: FixtureTranslation[];
};

/** Inserts a document with its translations and a current version each; returns its id. */
export async function insertDocument(db: Db, files: FileService, doc: FixtureDocument): Promise<string> {
  const [document] = await db
    .insert(libraryDocuments)
    .values({
      sector: doc.sector,
      themes: doc.themes ?? [],
      docType: doc.docType ?? 'informative',
      visibility: doc.visibility,
      status: doc.status ?? 'active',
    })
    .returning({ id: libraryDocuments.id });
  if (!document) throw new Error('insert failed');
  for (const [i, translation] of doc.translations.entries()) {
    const [row] = await db
      .insert(libraryTranslations)
      .values({
        documentId: document.id,
        lang: translation.lang,
        isOriginal: i === 0,
        title: translation.title,
        description: translation.description ?? '',
      })
      .returning({ id: libraryTranslations.id });
    if (!row) throw new Error('insert failed');
    if (translation.text) {
      const file = await files.storeUpload(db, systemContext('test'), {
        bytes: new TextEncoder().encode(translation.text),
        originalName: `${translation.lang}.txt`,
        allowed: ['text/plain'],
      });
      const [version] = await db
        .insert(libraryVersions)
        .values({
          translationId: row.id,
          versionNo: 1,
          fileId: file.id,
          fileName: `${translation.lang}.txt`,
          mediaType: 'text/plain',
          extractedText: translation.text,
          wordCount: translation.text.split(/\s+/).length,
        })
        .returning({ id: libraryVersions.id });
      await db
        .update(libraryTranslations)
        .set({ currentVersionId: version?.id })
        .where(eq(libraryTranslations.id, row.id));
    }
    await indexTranslation(db, row.id);
  }
  return document.id;
}
