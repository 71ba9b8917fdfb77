import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { queryRows } from '../db/index.ts';

function deferred<T = void>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('jobs (pg-boss)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ JOBS: 'true' });
  });
  afterAll(() => t.close());

  it('processes a job that is sent', async () => {
    const received = deferred<{ value: number }>();
    await t.platform.jobs.register<{ value: number }>('test.echo', async (data) => received.resolve(data));
    const sent = await t.platform.jobs.send('test.echo', { value: 42 });
    expect(sent.status).toBe('queued');
    expect(await received.promise).toEqual({ value: 42 });
  });

  it('retries a job that fails', async () => {
    const runs: number[] = [];
    const succeeded = deferred();
    await t.platform.jobs.register(
      'test.flaky',
      async (_data, run) => {
        runs.push(run.retryCount);
        if (run.retryCount === 0) throw new Error('first run fails');
        succeeded.resolve();
      },
      { retryLimit: 2, retryDelaySeconds: 0 },
    );
    await t.platform.jobs.send('test.flaky', {});
    await succeeded.promise;
    expect(runs).toEqual([0, 1]);
  });

  it("keeps one waiting job on a 'short' queue", async () => {
    await t.platform.jobs.register('test.sweep', async () => {}, { policy: 'short' });
    const first = await t.platform.jobs.send('test.sweep', {}, { startAfter: 3600 });
    const second = await t.platform.jobs.send('test.sweep', {}, { startAfter: 3600 });
    expect(first.status).toBe('queued');
    expect(second).toEqual({ status: 'duplicate' });
  });

  it('stores a cron schedule and removes it again', async () => {
    const schedules = () =>
      queryRows<{ name: string; cron: string }>(
        t.platform.database.db,
        sql`select name, cron from pgboss.schedule where name = 'test.nightly'`,
      );
    await t.platform.jobs.schedule('test.nightly', '0 3 * * *');
    expect(await schedules()).toEqual([{ name: 'test.nightly', cron: '0 3 * * *' }]);
    await t.platform.jobs.unschedule('test.nightly');
    expect(await schedules()).toEqual([]);
  });

  it('refuses a second handler for the same name', async () => {
    await expect(t.platform.jobs.register('test.echo', async () => {})).rejects.toThrow(/already registered/);
  });
});

describe('jobs shutdown', () => {
  it('waits for a running job to finish before it stops', async () => {
    const t = await createTestApp({ JOBS: 'true' });
    try {
      const started = deferred();
      let finished = false;
      await t.platform.jobs.register('test.slow', async () => {
        started.resolve();
        await sleep(500);
        finished = true;
      });
      const sent = await t.platform.jobs.send('test.slow', {});
      if (sent.status !== 'queued') throw new Error(`not queued: ${sent.status}`);
      await started.promise;

      await t.platform.jobs.stop();

      expect(finished).toBe(true);
      // The queue itself recorded the completion before its connections were released.
      const [job] = await queryRows<{ state: string }>(
        t.platform.database.db,
        sql`select state from pgboss.job where id = ${sent.id}`,
      );
      expect(job?.state).toBe('completed');
      await expect(t.platform.jobs.send('test.slow', {})).rejects.toThrow(/after stop/);
    } finally {
      await t.close();
    }
  });
});

describe('jobs when JOBS=false', () => {
  it('runs nothing and says so', async () => {
    const t = await createTestApp();
    try {
      expect(t.platform.jobs.enabled).toBe(false);
      await t.platform.jobs.register('test.never', async () => {
        throw new Error('must not run');
      });
      expect(await t.platform.jobs.send('test.never', {})).toEqual({ status: 'disabled' });
    } finally {
      await t.close();
    }
  });
});
