import type { FastifyBaseLogger } from 'fastify';
import { MODULES } from './modules.ts';
import { systemContext } from './platform/context.ts';
import type { Database } from './platform/db/index.ts';
import { type SeedReport, seedDemoData } from './platform/demo/index.ts';

export type DemoReport = { platform: SeedReport; modules: Record<string, Record<string, number>> };

/** The platform's demo data, then each module's (which may build on it); idempotent. */
export async function seedAllDemoData(input: {
  database: Database;
  logger: FastifyBaseLogger;
}): Promise<DemoReport> {
  const platform = await seedDemoData(input);
  const modules: DemoReport['modules'] = {};
  for (const module of MODULES) {
    if (!module.seedDemo) continue;
    modules[module.name] = await module.seedDemo(input.database.db, systemContext(`demo:${module.name}`));
    input.logger.info({ module: module.name, ...modules[module.name] }, 'demo data');
  }
  return { platform, modules };
}
