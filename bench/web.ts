import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium, startWebServer, WEB_DIST } from '../e2e/server.ts';
import { median } from './lib.ts';

/**
 * `npm run bench -- web`: what each route of the built web app makes the browser download (gzip and
 * brotli, JS and CSS) and how soon it paints (first-contentful-paint in headless Chromium), against
 * the budgets of issue 3. Builds nothing: run `npm run build:web` first. The baseline, measured in the
 * same run, is the paint of the server's bare /health answer: the floor any page of ours sits on.
 */

const KB = 1024;
const BUDGETS = { portalJsKb: 90, appFirstLoadKb: 250 };
const FCP_RUNS = 5;
const PORTAL_LOCALES = ['nl', 'en', 'fr', 'tr', 'bg', 'ar'] as const;

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;
type Size = {
  files: number;
  jsGzipKb: number;
  cssGzipKb: number;
  totalGzipKb: number;
  totalBrotliKb: number;
};

const round = (n: number) => Math.round(n * 10) / 10;

function readManifest(): Manifest {
  const path = join(WEB_DIST, '.vite/manifest.json');
  if (!existsSync(path))
    throw new Error('dist/web/.vite/manifest.json missing: run `npm run build:web` first');
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The assets an HTML entry loads before any code runs: its script, modulepreloads and stylesheets. */
function htmlAssets(htmlFile: string): string[] {
  const html = readFileSync(join(WEB_DIST, htmlFile), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.(?:js|css))"/g)];
  return refs.map((m) => m[1] ?? '').filter(Boolean);
}

/** A module's chunk and everything it imports statically (what loading it costs), from the manifest. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  seen.add(chunk.file);
  for (const css of chunk.css ?? []) seen.add(css);
  for (const imported of chunk.imports ?? []) {
    if (!seen.has(manifest[imported]?.file ?? '')) closure(manifest, imported, seen);
  }
  return seen;
}

function sizeOf(files: Iterable<string>): Size {
  let js = 0;
  let css = 0;
  let brotli = 0;
  let count = 0;
  for (const file of files) {
    const content = readFileSync(join(WEB_DIST, file));
    const gz = gzipSync(content, { level: 9 }).length;
    brotli += brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    if (file.endsWith('.css')) css += gz;
    else js += gz;
    count++;
  }
  return {
    files: count,
    jsGzipKb: round(js / KB),
    cssGzipKb: round(css / KB),
    totalGzipKb: round((js + css) / KB),
    totalBrotliKb: round(brotli / KB),
  };
}

/** Route → the files it loads: the HTML entry, the catalog of its language, and its lazy page chunk. */
function routeSizes(manifest: Manifest): Record<string, Size> {
  const portalEntry = htmlAssets('index.html');
  const appEntry = htmlAssets('app/index.html');
  const withModules = (base: string[], keys: string[]) => {
    const files = new Set(base);
    for (const key of keys) for (const file of closure(manifest, key)) files.add(file);
    return files;
  };
  const routes: Record<string, Size> = {};
  for (const locale of PORTAL_LOCALES) {
    routes[`portal / (${locale})`] = sizeOf(
      withModules(portalEntry, [`i18n/catalogs/ui/${locale}.ts`, `i18n/catalogs/portal/${locale}.ts`]),
    );
  }
  const appCatalog = ['i18n/catalogs/ui/nl.ts', 'i18n/catalogs/app/nl.ts'];
  routes['app first load: /app/login, /app/ (nl)'] = sizeOf(withModules(appEntry, appCatalog));
  const lazyPages: Record<string, string> = {
    '/app/profile': 'app/pages/profile-page.tsx',
    '/app/admin/users': 'app/admin/users-page.tsx',
    '/app/admin/audit': 'app/admin/audit-page.tsx',
    '/app/admin/outbox': 'app/admin/outbox-page.tsx',
    '/app/forgot-password': 'app/pages/forgot-password-page.tsx',
  };
  for (const [route, key] of Object.entries(lazyPages)) {
    routes[`app ${route} (direct load)`] = sizeOf(withModules(appEntry, [...appCatalog, key]));
  }
  return routes;
}

type Throttle = { label: string; cpu: number; downKbps: number; upKbps: number; rttMs: number } | null;
/** Roughly a cheap Android phone on a poor mobile connection (Lighthouse's "slow 4G" preset). */
const SLOW_PHONE: Throttle = {
  label: 'slow phone (CPU ×4, 1.6 Mbit/s, 150 ms RTT)',
  cpu: 4,
  downKbps: 1600,
  upKbps: 750,
  rttMs: 150,
};

/** First-contentful-paint of one cold load (new context: empty cache, no cookies). */
async function fcpOnce(browser: Browser, url: string, throttle: Throttle): Promise<number> {
  const context = await browser.newContext({ locale: 'nl-BE' });
  try {
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: throttle.rttMs,
        downloadThroughput: (throttle.downKbps * 1000) / 8,
        uploadThroughput: (throttle.upKbps * 1000) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
    }
    await page.goto(url, { waitUntil: 'load' });
    const expression = `(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime ?? -1`;
    for (let i = 0; i < 100; i++) {
      const fcp = await page.evaluate<number>(expression);
      if (fcp >= 0) return fcp;
      await page.waitForTimeout(50);
    }
    throw new Error(`no first-contentful-paint for ${url}`);
  } finally {
    await context.close();
  }
}

async function fcp(browser: Browser, url: string, throttle: Throttle) {
  await fcpOnce(browser, url, throttle); // warm the server (file cache, JIT), not the browser
  const runs: number[] = [];
  for (let i = 0; i < FCP_RUNS; i++) runs.push(await fcpOnce(browser, url, throttle));
  return { medianMs: Math.round(median(runs)), runsMs: runs.map(Math.round) };
}

async function paintTimes(baseUrl: string, browser: Browser, throttle: Throttle) {
  const baseline = await fcp(browser, `${baseUrl}/health`, throttle);
  const portal = await fcp(browser, `${baseUrl}/`, throttle);
  const appLogin = await fcp(browser, `${baseUrl}/app/login`, throttle);
  const ratio = (ms: number) => round(ms / Math.max(baseline.medianMs, 1));
  return {
    conditions: throttle?.label ?? 'unthrottled (loopback, full CPU)',
    baselineHealth: baseline,
    portal: { ...portal, ratioToBaseline: ratio(portal.medianMs) },
    appLogin: { ...appLogin, ratioToBaseline: ratio(appLogin.medianMs) },
  };
}

export async function benchWeb(): Promise<Record<string, unknown>> {
  const manifest = readManifest();
  const routes = routeSizes(manifest);
  const portalJsKb = Math.max(...PORTAL_LOCALES.map((l) => routes[`portal / (${l})`]?.jsGzipKb ?? Infinity));
  const appFirstLoadKb = routes['app first load: /app/login, /app/ (nl)']?.totalGzipKb ?? Infinity;
  const budgets = [
    {
      name: 'portal page JavaScript (gzip, worst language)',
      valueKb: portalJsKb,
      limitKb: BUDGETS.portalJsKb,
    },
    {
      name: 'app first load JavaScript + CSS (gzip)',
      valueKb: appFirstLoadKb,
      limitKb: BUDGETS.appFirstLoadKb,
    },
  ].map((b) => ({ ...b, headroomKb: round(b.limitKb - b.valueKb), pass: b.valueKb <= b.limitKb }));

  const server = await startWebServer();
  const browser = await launchChromium();
  try {
    const fast = await paintTimes(server.url, browser, null);
    const slow = await paintTimes(server.url, browser, SLOW_PHONE);
    return {
      bench: 'web',
      note: 'sizes: gzip -9 and brotli q11 of what each route downloads; FCP: median of cold loads',
      budgets,
      pass: budgets.every((b) => b.pass),
      routes,
      firstContentfulPaint: [fast, slow],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
