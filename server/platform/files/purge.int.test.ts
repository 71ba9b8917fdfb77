import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testEngine } from '../../../test/database.ts';
import { systemContext } from '../context.ts';
import { queryRows } from '../db/index.ts';
import { purgeUnreferencedFiles } from './purge.ts';

const ctx = systemContext('purge-test');

async function exists(t: TestApp, sha256: string): Promise<boolean> {
  return t.platform.files.openContent({ sha256 }).then(
    (stream) => {
      stream.destroy();
      return true;
    },
    () => false,
  );
}

/** Files nothing refers to any more go, records and bytes; referenced, young or shared ones stay. */
describe(`purge of unreferenced files (${testEngine()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    // A stand-in for a module's file column: the purge finds references by their foreign keys.
    await t.platform.database.db.execute(
      sql`create table purge_test_refs (file_id uuid not null references stored_files(id))`,
    );
  });
  afterAll(() => t.close());

  const upload = (text: string) =>
    t.platform.files.storeUpload(t.platform.database.db, ctx, {
      bytes: new TextEncoder().encode(text),
      originalName: 'note.txt',
      allowed: ['text/plain'],
    });
  const age = (id: string, days: number) =>
    t.platform.database.db.execute(
      sql`update stored_files set created_at = now() - make_interval(days => ${days}) where id = ${id}`,
    );

  it('deletes an old unreferenced file and its content, keeps a referenced one and a young one', async () => {
    const { db } = t.platform.database;
    const orphan = await upload('nobody needs this any more');
    const kept = await upload('a case still holds this');
    const young = await upload('uploaded a minute ago');
    await db.execute(sql`insert into purge_test_refs (file_id) values (${kept.id})`);
    await age(orphan.id, 8);
    await age(kept.id, 8);

    const report = await purgeUnreferencedFiles(db, t.platform.files.store);

    expect(report).toEqual({ records: 1, contents: 1 });
    const left = await queryRows<{ id: string }>(db, sql`select id from stored_files`);
    expect(left.map((row) => row.id).sort()).toEqual([kept.id, young.id].sort());
    expect(await exists(t, orphan.sha256)).toBe(false);
    expect(await exists(t, kept.sha256)).toBe(true);
    expect(await exists(t, young.sha256)).toBe(true);
  });

  it('keeps the content while another record still has the same bytes', async () => {
    const { db } = t.platform.database;
    const first = await upload('the same invoice, uploaded twice');
    const second = await upload('the same invoice, uploaded twice');
    expect(second.sha256).toBe(first.sha256);
    await age(first.id, 30);

    expect(await purgeUnreferencedFiles(db, t.platform.files.store)).toEqual({ records: 1, contents: 0 });
    expect(await exists(t, second.sha256)).toBe(true);
  });
});
