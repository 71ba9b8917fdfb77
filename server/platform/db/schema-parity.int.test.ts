import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, migrateDatabase, openDatabase, queryRows } from './index.ts';

/** The server to compare PGlite against; CI always has one, a laptop may not. */
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function describeSchema(database: Database) {
  const db = database.db;
  const columns = await queryRows(
    db,
    sql`select table_name, column_name, data_type, is_nullable, column_default
          from information_schema.columns where table_schema = 'public'
         order by table_name, column_name`,
  );
  // PostgreSQL 18 (PGlite) also lists NOT NULL as constraints ('n'); columns already cover those.
  const constraints = await queryRows(
    db,
    sql`select c.conrelid::regclass::text as table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) as definition
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace
         where n.nspname = 'public' and c.contype <> 'n'
         order by 1, 2`,
  );
  const indexes = await queryRows(
    db,
    sql`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2`,
  );
  const triggers = await queryRows(
    db,
    sql`select t.tgrelid::regclass::text as table_name, t.tgname, pg_get_triggerdef(t.oid) as definition
          from pg_trigger t where not t.tgisinternal order by 1, 2`,
  );
  const migrations = await queryRows(
    db,
    sql`select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by id`,
  );
  return { columns, constraints, indexes, triggers, migrations };
}

describe('migrations', () => {
  const name = `wegwijs_parity_${process.pid}`;
  let admin: pg.Client | null = null;
  let lite: Database;
  let server: Database | null = null;

  beforeAll(async () => {
    lite = await openDatabase({ dataDir: 'memory://' });
    await migrateDatabase(lite);
    try {
      admin = new pg.Client({ connectionString: SERVER_URL });
      await admin.connect();
    } catch {
      admin = null;
      console.warn(`NOTICE: no PostgreSQL at ${SERVER_URL}; the engine parity test is skipped`);
      return;
    }
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const url = new URL(SERVER_URL);
    url.pathname = `/${name}`;
    server = await openDatabase({ url: url.toString() });
    await migrateDatabase(server);
  });

  afterAll(async () => {
    await lite.close();
    await server?.close();
    await admin?.query(`drop database if exists ${name}`);
    await admin?.end();
  });

  it('leave PGlite and PostgreSQL with the same schema', async ({ skip }) => {
    if (!server) return skip('no PostgreSQL server reachable');
    const [onLite, onServer] = await Promise.all([describeSchema(lite), describeSchema(server)]);
    expect(onLite.columns.length).toBeGreaterThan(40);
    expect(onLite.triggers.length).toBeGreaterThan(0);
    expect(onLite).toEqual(onServer);
  });

  it('are a no-op the second time', async () => {
    const before = await describeSchema(lite);
    await migrateDatabase(lite);
    expect(await describeSchema(lite)).toEqual(before);
  });
});
