import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { MODULES } from './modules.ts';
import { systemContext } from './platform/context.ts';
import type { Database } from './platform/db/index.ts';
import { type SeedReport, seedDemoData } from './platform/demo/index.ts';
import { createFileService, createLocalFileStore } from './platform/files/index.ts';
import { createPseudonymiser } from './platform/pseudonym/index.ts';

export type DemoReport = { platform: SeedReport; modules: Record<string, Record<string, number>> };

/** The platform's demo data, then each module's (which may build on it); idempotent. */
export async function seedAllDemoData(input: {
  database: Database;
  logger: FastifyBaseLogger;
  /** DATA_DIR: demo files (library documents) go to the same store the app reads. */
  dataDir: string;
  /** PSEUDONYM_KEY, so demo pseudonyms match the app's. */
  pseudonymKey: string | undefined;
}): Promise<DemoReport> {
  const platform = await seedDemoData(input);
  const files = createFileService({
    store: createLocalFileStore(join(input.dataDir, 'files')),
    maxUploadBytes: 50 * 1_048_576,
  });
  const tools = { pseudonymise: createPseudonymiser(input.database.db, input.pseudonymKey) };
  const modules: DemoReport['modules'] = {};
  for (const module of MODULES) {
    if (!module.seedDemo) continue;
    modules[module.name] = await module.seedDemo(
      input.database.db,
      systemContext(`demo:${module.name}`),
      files,
      tools,
    );
    input.logger.info({ module: module.name, ...modules[module.name] }, 'demo data');
  }
  return { platform, modules };
}
