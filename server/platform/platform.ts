import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './db/index.ts';
import type { Env } from './env.ts';
import {
  createFileService,
  createLocalFileStore,
  type FileService,
  registerFilePurge,
} from './files/index.ts';
import { createJobs, type Jobs } from './jobs/index.ts';
import { createMail, type Mail } from './mail/index.ts';
import { createParamService, type ParamService } from './params/index.ts';
import { createPseudonymiser, type Pseudonymiser } from './pseudonym/index.ts';

/**
 * The shared services every module receives. Built once per process (and once per test app),
 * so nothing reads globals.
 */
export type Platform = {
  env: Env;
  database: Database;
  logger: FastifyBaseLogger;
  /** Uploaded files: content-addressed store under DATA_DIR/files, checked by content and size. */
  files: FileService;
  /** Effective-dated parameters: `params.get(key, at)`. */
  params: ParamService;
  /** Background jobs (pg-boss): `jobs.register`, `jobs.send`, `jobs.schedule`. */
  jobs: Jobs;
  /** Templated mail through the outbox: `mail.send(db, ctx, { to, locale, template, data })`. */
  mail: Mail;
  /** Keyed pseudonyms (HMAC) for values kept only to recognise duplicates: `pseudonymise(purpose, value)`. */
  pseudonymise: Pseudonymiser;
  /** Close everything the platform started (jobs first, then the database). */
  close(): Promise<void>;
};

export async function createPlatform(input: {
  env: Env;
  database: Database;
  logger: FastifyBaseLogger;
}): Promise<Platform> {
  const { env, database, logger } = input;
  const jobs = await createJobs({ env, database, logger });
  const mail = await createMail({ env, database, logger, jobs });
  const files = createFileService({
    store: createLocalFileStore(join(env.DATA_DIR, 'files')),
    maxUploadBytes: env.MAX_UPLOAD_MB * 1_048_576,
  });
  await registerFilePurge(jobs, database.db, files.store);
  return {
    env,
    database,
    logger,
    files,
    params: createParamService(database.db),
    jobs,
    mail,
    pseudonymise: createPseudonymiser(database.db, env.PSEUDONYM_KEY),
    async close() {
      // Running jobs still use the database: let them finish first.
      await jobs.stop();
      await database.close();
    },
  };
}
