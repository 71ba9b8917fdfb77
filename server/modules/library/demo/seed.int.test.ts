import { count, countDistinct, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import { systemContext } from '../../../platform/context.ts';
import { queryRows } from '../../../platform/db/index.ts';
import { seedDemoData } from '../../../platform/demo/index.ts';
import { libraryDocuments, libraryTranslations, libraryVersions } from '../library.tables.ts';
import { seedLibraryDemo } from './seed.ts';

describe('translation library demo data', () => {
  let t: TestApp;
  let first: Record<string, number>;
  let seconds: number;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.platform);
    const started = performance.now();
    first = await seedLibraryDemo(t.platform.database.db, systemContext('demo:library'), t.platform.files);
    seconds = (performance.now() - started) / 1000;
    console.info(`library demo seed: ${JSON.stringify(first)} in ${seconds.toFixed(1)} s`);
  }, 300_000);
  afterAll(() => t.close());

  it('meets the issue minimums: 150 documents in at least 12 languages', async () => {
    const db = t.platform.database.db;
    const [[documents], [languages], [translations]] = await Promise.all([
      db.select({ n: count() }).from(libraryDocuments),
      db
        .select({ n: countDistinct(libraryTranslations.lang) })
        .from(libraryTranslations)
        .where(eq(libraryTranslations.isOriginal, false)),
      db.select({ n: count() }).from(libraryTranslations).where(eq(libraryTranslations.isOriginal, false)),
    ]);
    expect(documents?.n).toBeGreaterThanOrEqual(150);
    expect(languages?.n).toBeGreaterThanOrEqual(12);
    expect(first.documents).toBe(documents?.n);
    expect(first.translations).toBe(translations?.n);
    expect(first.languages).toBe(languages?.n);
  });

  it('keeps every text in its own script', async () => {
    const rows = await queryRows<{ lang: string; text: string }>(
      t.platform.database.db,
      sql`select t.lang, v.extracted_text as text from library_translations t
          join library_versions v on v.id = t.current_version_id where t.lang in ('ar', 'fa', 'ti', 'ru', 'uk', 'bg')`,
    );
    const scripts: Record<string, RegExp> = {
      ar: /\p{Script=Arabic}/u,
      fa: /\p{Script=Arabic}/u,
      ti: /\p{Script=Ethiopic}/u,
      ru: /\p{Script=Cyrillic}/u,
      uk: /\p{Script=Cyrillic}/u,
      bg: /\p{Script=Cyrillic}/u,
    };
    for (const lang of ['ar', 'ti', 'ru'])
      expect(
        rows.some((r) => r.lang === lang),
        lang,
      ).toBe(true);
    const letters = (text: string, script: RegExp) =>
      [...text].filter((ch) => script.test(ch)).length /
      Math.max(1, [...text].filter((ch) => /\p{L}/u.test(ch)).length);
    // Mostly the language's own script: school names and "Amal" stay in Latin letters.
    const wrong = rows.filter((r) => letters(r.text, scripts[r.lang] ?? /./u) < 0.6).map((r) => r.lang);
    expect(wrong).toEqual([]);
  });

  it('gives documents between 3 and 14 translations, some past their review date', async () => {
    const rows = await queryRows<{ n: number }>(
      t.platform.database.db,
      sql`select count(*)::int as n from library_translations where not is_original group by document_id`,
    );
    expect(Math.min(...rows.map((r) => r.n))).toBeGreaterThanOrEqual(3);
    expect(Math.max(...rows.map((r) => r.n))).toBeLessThanOrEqual(14);
    const [due] = await queryRows<{ n: number }>(
      t.platform.database.db,
      sql`select count(*)::int as n from library_documents where review_date < current_date`,
    );
    expect(due?.n).toBeGreaterThan(0);
    const [sourced] = await queryRows<{ n: number }>(
      t.platform.database.db,
      sql`select count(distinct source_organisation_id)::int as n from library_documents`,
    );
    expect(sourced?.n).toBeGreaterThanOrEqual(5);
    const facets = await queryRows<{ visibility: string }>(
      t.platform.database.db,
      sql`select distinct visibility from library_documents`,
    );
    expect(facets.map((f) => f.visibility).sort()).toEqual(['public', 'requesters', 'staff']);
  });

  it('stores each text as a file and finds it by search', async () => {
    const db = t.platform.database.db;
    const [versions] = await db.select({ n: count() }).from(libraryVersions);
    expect(versions?.n).toBe((first.documents ?? 0) + (first.translations ?? 0));
    const hits = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from library_translations where search_vector @@ plainto_tsquery('simple', 'Regenboog')`,
    );
    expect(hits[0]?.n).toBeGreaterThan(0);
    // Aligned into the translation memory: Dutch → Tigrinya pairs exist, from library documents.
    const pairs = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from tm_segments
          where source_lang = 'nl' and target_lang = 'ti' and origin like 'library:%'`,
    );
    expect(pairs[0]?.n).toBeGreaterThan(0);
  });

  it('adds nothing on a second run', async () => {
    const db = t.platform.database.db;
    const [before] = await db.select({ n: count() }).from(auditLog);
    const second = await seedLibraryDemo(db, systemContext('demo:library'), t.platform.files);
    expect(second).toEqual({ documents: 0, translations: 0, languages: 0 });
    const [after] = await db.select({ n: count() }).from(auditLog);
    expect(after?.n).toBe(before?.n);
    // The first run aligned every translation into the memory: each (document, language) has pairs.
    const aligned = await queryRows<{ n: number }>(
      db,
      sql`select count(distinct (origin, target_lang))::int as n from tm_segments where origin like 'library:%'`,
    );
    expect(aligned[0]?.n).toBe(first.translations);
  });
});
