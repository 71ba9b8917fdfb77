import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { type Database, migrateDatabase, openDatabase } from './db/index.ts';
import type { Env } from './env.ts';

/** Opens the configured engine (PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR) and migrates it. */
export async function openAndMigrate(env: Env, logger: FastifyBaseLogger): Promise<Database> {
  const database = env.DATABASE_URL
    ? await openDatabase({ url: env.DATABASE_URL })
    : await openDatabase({ dataDir: join(env.DATA_DIR, 'pglite') });
  logger.info({ engine: database.kind }, 'database open');
  await migrateDatabase(database);
  return database;
}
