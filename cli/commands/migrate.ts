import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../server/platform/db/index.ts';
import { type CliCommand, EXIT_OK, parseOptions } from '../runner.ts';

async function appliedMigrations(database: Database): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    database.db,
    sql`select count(*) as n from drizzle.__drizzle_migrations`,
  );
  return Number(row?.n ?? 0);
}

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Apply the pending migrations of db/migrations (a no-op when the schema is current)',
  usage: 'npm run cli -- migrate',
  async run(args, ctx) {
    parseOptions(args, {});
    const database = await ctx.openDatabase();
    try {
      const applied = await appliedMigrations(database);
      ctx.print(`Schema up to date on ${database.kind}: ${applied} migrations applied.`);
    } finally {
      await database.close();
    }
    return EXIT_OK;
  },
};
