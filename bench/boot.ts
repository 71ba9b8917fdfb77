import { spawnSync } from 'node:child_process';
import { startServer } from '../test/server-process.ts';
import { median, tempDataDir } from './lib.ts';

const WARM_RUNS = 3;

/** Cost of starting Node with the TypeScript loader and doing nothing: the floor under any boot time. */
function baselineMs(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['--import', 'tsx', '-e', '0']);
  return performance.now() - started;
}

/**
 * Time from spawning the server to the first 200 from /ready on the embedded database: cold (a new
 * data folder: initdb, migrations, demo data) and warm (the same folder again).
 */
export async function benchBoot(): Promise<Record<string, unknown>> {
  const data = tempDataDir('boot');
  try {
    const cold = await startServer({ DATA_DIR: data.dir, JOBS: 'true' });
    await cold.stop();
    const warm: number[] = [];
    for (let run = 0; run < WARM_RUNS; run++) {
      const server = await startServer({ DATA_DIR: data.dir, JOBS: 'true' });
      warm.push(server.readyMs);
      await server.stop();
    }
    const warmMedian = Math.round(median(warm));
    return {
      bench: 'boot',
      engine: 'pglite',
      coldMs: Math.round(cold.readyMs),
      warmMs: warm.map(Math.round),
      warmMedianMs: warmMedian,
      baselineNodeStartMs: Math.round(baselineMs()),
      target: { warmMs: 5000, met: warmMedian <= 5000 },
    };
  } finally {
    data.remove();
  }
}
