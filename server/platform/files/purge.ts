import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/index.ts';
import type { Jobs } from '../jobs/index.ts';
import type { FileStore } from './file-store.ts';
import { lockContent } from './files.service.ts';

export const PURGE_FILES_JOB = 'files.purge-unreferenced';
/** An upload is linked to its case, document or claim minutes after it arrives; a week is ample. */
const GRACE_DAYS = 7;

type Reference = { tableName: string; columnName: string };

/** Every column that points at stored_files by a foreign key: the references a file can have. */
async function fileReferences(db: Db): Promise<Reference[]> {
  return queryRows<Reference>(
    db,
    sql`select rel.relname as "tableName", att.attname as "columnName"
      from pg_constraint con
      join pg_class rel on rel.oid = con.conrelid
      join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
      where con.contype = 'f' and con.confrelid = 'stored_files'::regclass
      order by 1, 2`,
  );
}

/**
 * Deletes the records of stored files that nothing refers to any more (a case anonymised, a claim
 * anonymised, an upload never used) once they are `GRACE_DAYS` old, and then the content of every
 * hash no record uses. Retention clears the links; this makes the bytes go too. The references
 * are read from the foreign keys, so a module's new file column is covered without code here.
 */
export async function purgeUnreferencedFiles(
  db: Db,
  store: FileStore,
  graceDays = GRACE_DAYS,
): Promise<{ records: number; contents: number }> {
  const references = await fileReferences(db);
  const unused = references.map(
    (ref) => sql`not exists (select 1 from ${sql.identifier(ref.tableName)} r
      where r.${sql.identifier(ref.columnName)} = f.id)`,
  );
  const deleted = await queryRows<{ sha256: string }>(
    db,
    sql`delete from stored_files f
      where f.created_at < now() - make_interval(days => ${graceDays})
        and ${sql.join([sql`true`, ...unused], sql` and `)}
      returning f.sha256`,
  );
  let contents = 0;
  for (const sha256 of new Set(deleted.map((row) => row.sha256))) {
    const removed = await db.transaction(async (tx) => {
      await lockContent(tx, sha256);
      const still = await queryRows(tx, sql`select 1 from stored_files where sha256 = ${sha256} limit 1`);
      if (still.length > 0) return false;
      await store.delete(sha256);
      return true;
    });
    if (removed) contents += 1;
  }
  return { records: deleted.length, contents };
}

/** Daily at 03:15 Brussels, after the modules' retention sweeps of the night. */
export async function registerFilePurge(jobs: Jobs, db: Db, store: FileStore): Promise<void> {
  if (!jobs.enabled) return;
  await jobs.register(PURGE_FILES_JOB, async () => void (await purgeUnreferencedFiles(db, store)), {
    policy: 'short',
    retryLimit: 0,
  });
  await jobs.schedule(PURGE_FILES_JOB, '15 3 * * *');
}
