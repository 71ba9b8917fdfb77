import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase } from '../server/platform/db/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgliteSnapshot: string | null;
    runId: string;
  }
}

/** Admin connection on the same server as TEST_DATABASE_URL, for CREATE/DROP DATABASE. */
export function adminUrl(url: string, database = 'postgres'): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Migrates one template database per run, so each test file starts from a fresh copy in well under
 * a second: a PostgreSQL template database, or a PGlite data-dir snapshot.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = randomBytes(4).toString('hex');
  project.provide('runId', runId);
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `wegwijs_tpl_${runId}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const database = await openDatabase({ url: adminUrl(url, template) });
    await migrateDatabase(database);
    await database.close();
    project.provide('pgTemplate', template);
    project.provide('pgliteSnapshot', null);
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`wegwijs_%_${runId}%`],
      );
      for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-test-'));
  const database = await openDatabase({ dataDir: 'memory://' });
  if (database.kind !== 'pglite') throw new Error('expected PGlite');
  await migrateDatabase(database);
  const snapshot = await database.client.dumpDataDir('none');
  const path = join(dir, 'snapshot.tar');
  writeFileSync(path, Buffer.from(await snapshot.arrayBuffer()));
  await database.close();
  project.provide('pgTemplate', null);
  project.provide('pgliteSnapshot', path);
  return async () => rmSync(dir, { recursive: true, force: true });
}
