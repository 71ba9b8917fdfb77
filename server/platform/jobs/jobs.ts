import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { Database } from '../db/index.ts';
import type { Env } from '../env.ts';
import { createJobsSqlAdapter } from './sql-adapter.ts';
import type { JobHandler, Jobs, QueueOptions, SendOptions, SendResult } from './types.ts';

export type JobsDeps = { env: Pick<Env, 'JOBS'>; database: Database; logger: FastifyBaseLogger };

const SCHEMA = 'pgboss';
const POLLING_SECONDS = 1;
const DEFAULT_STOP_TIMEOUT_MS = 30_000;
const CRON_TIME_ZONE = 'Europe/Brussels';

/**
 * Starts the job queue on the platform's database, or, with JOBS=false, a queue that runs nothing
 * and says so, so that code which sends jobs stays testable without workers.
 */
export async function createJobs(deps: JobsDeps): Promise<Jobs> {
  if (!deps.env.JOBS) return disabledJobs(deps.logger);
  return startPgBoss(deps);
}

function disabledJobs(logger: FastifyBaseLogger): Jobs {
  return {
    enabled: false,
    async register() {},
    async send(name) {
      logger.debug({ job: name }, 'jobs disabled: job not queued');
      return { status: 'disabled' };
    },
    async schedule() {},
    async unschedule() {},
    async stop() {},
  };
}

async function startPgBoss({ database, logger }: JobsDeps): Promise<Jobs> {
  const adapter = createJobsSqlAdapter(database);
  const boss = new PgBoss({
    db: adapter,
    schema: SCHEMA,
    pollingIntervalSeconds: POLLING_SECONDS,
    application_name: 'wegwijs-jobs',
  });
  boss.on('error', (error) => logger.error({ err: error }, 'jobs: queue error'));
  await boss.start();

  const queues = new Set<string>();
  const workers = new Map<string, string>();
  let stopping: Promise<void> | undefined;

  const ensureQueue = async (name: string, options?: QueueOptions) => {
    if (queues.has(name) && !options) return;
    const queue = toQueue(name, options);
    await boss.createQueue(name, queue);
    // createQueue leaves an existing queue alone; apply the options this version of the code asks for.
    if (options) await boss.updateQueue(name, queue);
    queues.add(name);
  };
  const assertRunning = (action: string) => {
    if (stopping) throw new Error(`jobs: cannot ${action} after stop()`);
  };

  return {
    enabled: true,
    async register<T extends object>(name: string, handler: JobHandler<T>, options?: QueueOptions) {
      assertRunning('register');
      if (workers.has(name)) throw new Error(`jobs: a handler for '${name}' is already registered`);
      await ensureQueue(name, options ?? {});
      const workerId = await boss.work<T>(name, { includeMetadata: true, batchSize: 1 }, async (batch) => {
        for (const job of batch) {
          const run = { id: job.id, name: job.name, retryCount: job.retryCount };
          try {
            await handler(job.data, run);
          } catch (error) {
            logger.warn({ err: error, job: run }, 'jobs: run failed');
            throw error;
          }
        }
      });
      workers.set(name, workerId);
    },
    async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<SendResult> {
      assertRunning('send');
      await ensureQueue(name);
      const id = await boss.send(name, data, toSendOptions(options));
      if (!id) return { status: 'duplicate' };
      // Wake this process's worker now instead of at its next poll.
      const workerId = workers.get(name);
      if (workerId) boss.notifyWorker(workerId);
      return { status: 'queued', id };
    },
    async schedule<T extends object>(name: string, cron: string, data?: T) {
      assertRunning('schedule');
      await ensureQueue(name);
      await boss.schedule(name, cron, data ?? {}, { tz: CRON_TIME_ZONE });
    },
    async unschedule(name: string) {
      assertRunning('unschedule');
      await boss.unschedule(name);
    },
    stop({ timeoutMs = DEFAULT_STOP_TIMEOUT_MS } = {}) {
      stopping ??= (async () => {
        await boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
        await adapter.drain();
        await adapter.close();
      })();
      return stopping;
    },
  };
}

function toQueue(name: string, options: QueueOptions = {}): PgBoss.Queue {
  return {
    name,
    policy: options.policy ?? 'standard',
    ...(options.retryLimit !== undefined && { retryLimit: options.retryLimit }),
    ...(options.retryDelaySeconds !== undefined && { retryDelay: options.retryDelaySeconds }),
    ...(options.retryBackoff !== undefined && { retryBackoff: options.retryBackoff }),
    ...(options.expireInSeconds !== undefined && { expireInSeconds: options.expireInSeconds }),
  };
}

function toSendOptions(options: SendOptions): PgBoss.SendOptions {
  return {
    ...(options.singletonKey !== undefined && { singletonKey: options.singletonKey }),
    ...(options.singletonSeconds !== undefined && { singletonSeconds: options.singletonSeconds }),
    ...(options.startAfter !== undefined && { startAfter: options.startAfter }),
    ...(options.retryLimit !== undefined && { retryLimit: options.retryLimit }),
    ...(options.retryDelaySeconds !== undefined && { retryDelay: options.retryDelaySeconds }),
    ...(options.retryBackoff !== undefined && { retryBackoff: options.retryBackoff }),
    ...(options.priority !== undefined && { priority: options.priority }),
  };
}
