import pg from 'pg';
import type { Database } from '../db/index.ts';

type SqlResult = { rows: unknown[] };

/**
 * The `db` option pg-boss accepts, plus what a clean shutdown needs: pg-boss fires its
 * "job completed" query without awaiting it, so stop() waits for every query still in flight
 * before the connection goes away.
 */
export type JobsSqlAdapter = {
  executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
  /** Resolves once no query of this adapter is running. */
  drain(): Promise<void>;
  /** Releases the adapter's own connections (the shared PGlite stays open). */
  close(): Promise<void>;
};

const JOBS_POOL_SIZE = 4;

/**
 * PostgreSQL: a small pool of its own from the connection string, so job polling never waits
 * behind the request pool. PGlite: the one in-process client; parameterless SQL from pg-boss can
 * hold several statements, which only `exec` accepts.
 */
export function createJobsSqlAdapter(database: Database): JobsSqlAdapter {
  let run: (text: string, values?: unknown[]) => Promise<SqlResult>;
  let closeOwn: () => Promise<void>;
  if (database.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: database.url,
      max: JOBS_POOL_SIZE,
      application_name: 'wegwijs-jobs',
    });
    // A dropped idle connection must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    run = (text, values) => pool.query(text, values);
    closeOwn = () => pool.end();
  } else {
    const { client } = database;
    run = async (text, values) => {
      if (values?.length) return client.query(text, values);
      const results = await client.exec(text);
      return results.at(-1) ?? { rows: [] };
    };
    closeOwn = async () => {};
  }

  const inFlight = new Set<Promise<unknown>>();
  return {
    executeSql(text, values) {
      const promise = run(text, values);
      inFlight.add(promise);
      const forget = () => inFlight.delete(promise);
      promise.then(forget, forget);
      return promise;
    },
    async drain() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async close() {
      await closeOwn();
    },
  };
}
