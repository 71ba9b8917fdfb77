import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './db/index.ts';
import type { Env } from './env.ts';

/**
 * The shared services every module receives. Built once per process (and once per test app),
 * so nothing reads globals.
 */
export type Platform = {
  env: Env;
  database: Database;
  logger: FastifyBaseLogger;
  /** Close everything the platform started (jobs first, then the database). */
  close(): Promise<void>;
};

export async function createPlatform(input: {
  env: Env;
  database: Database;
  logger: FastifyBaseLogger;
}): Promise<Platform> {
  const { env, database, logger } = input;
  return {
    env,
    database,
    logger,
    async close() {
      await database.close();
    },
  };
}
