import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RequestContext } from './context.ts';
import type { Db } from './db/index.ts';
import type { FileService } from './files/index.ts';
import type { Platform } from './platform.ts';
import type { Pseudonymiser } from './pseudonym/index.ts';

/** What demo seeds get besides the database: the same pseudonyms the app makes (PSEUDONYM_KEY or the installation's key). */
export type DemoTools = { pseudonymise: Pseudonymiser };

/**
 * What a domain module gives the app. `server/modules.ts` lists the modules; `app.ts` mounts
 * their routes under /api, `main.ts` seeds their demo data and starts their jobs.
 */
export type WegwijsModule = {
  name: string;
  routes: FastifyPluginAsyncZod<{ platform: Platform }>;
  /** Registers the module's job handlers and schedules; called once per process. */
  start?(platform: Platform): Promise<void>;
  /** Adds the module's demo data; idempotent (a second run adds nothing). `files` stores demo files. */
  seedDemo?(
    db: Db,
    ctx: RequestContext,
    files: FileService,
    tools: DemoTools,
  ): Promise<Record<string, number>>;
};
