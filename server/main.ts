import { existsSync } from 'node:fs';
import { buildApp } from './app.ts';
import { seedAllDemoData } from './demo.ts';
import { openAndMigrate } from './platform/boot.ts';
import { EnvError, loadEnv } from './platform/env.ts';
import { createLogger } from './platform/logger.ts';
import { createPlatform } from './platform/platform.ts';

/** Boot: env → database → migrations → demo data → app → listen; stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  // A local .env (see .env.example) fills in what the shell did not set.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = loadEnv();
  const logger = createLogger(env);
  const database = await openAndMigrate(env, logger);
  if (env.demoData)
    await seedAllDemoData({ database, logger, dataDir: env.DATA_DIR, pseudonymKey: env.PSEUDONYM_KEY });
  const platform = await createPlatform({ env, database, logger });
  const app = await buildApp({ platform });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stop taking requests, let running jobs finish, then close the database.
    await app.close();
    await platform.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  await app.listen({ port: env.PORT, host: env.HOST });
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
