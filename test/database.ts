import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../server/platform/db/index.ts';
import { adminUrl } from './global-setup.ts';

let counter = 0;

/** A fresh, migrated database for one test file: a copy of the run's template on either engine. */
export async function createTestDatabase(): Promise<Database> {
  const template = inject('pgTemplate');
  const url = process.env.TEST_DATABASE_URL;
  if (template && url) {
    const name = `wegwijs_t_${inject('runId')}_${process.pid}_${counter++}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${template}`);
    } finally {
      await admin.end();
    }
    return openDatabase({ url: adminUrl(url, name), poolSize: 60 });
  }
  const snapshot = inject('pgliteSnapshot');
  if (!snapshot) throw new Error('global setup provided no database template');
  return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(snapshot)]) });
}

/** Which engine this run tests, for the few tests that only make sense on one of them. */
export function testEngine(): 'postgres' | 'pglite' {
  return inject('pgTemplate') ? 'postgres' : 'pglite';
}
