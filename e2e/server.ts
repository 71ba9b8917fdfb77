import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { type ServerProcess, startServer } from '../test/server-process.ts';

/**
 * What the end-to-end suite and the web benchmark share: the real server on a fresh embedded
 * database (so it seeds the demo accounts), serving the built web app, and Debian's Chromium.
 */

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_DIST = join(ROOT, 'dist/web');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type WebServer = ServerProcess & { dataDir: string; close(): Promise<void> };

export async function startWebServer(env: Record<string, string> = {}): Promise<WebServer> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error('dist/web is missing: run `npm run build:web` first');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-e2e-'));
  try {
    // Many sign-ins from one address in a few minutes: the suite is not a password-guessing attack.
    const server = await startServer({
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      JOBS: 'false',
      LOGIN_RATE_PER_MINUTE: '600',
      ...env,
    });
    return {
      ...server,
      dataDir,
      async close() {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
