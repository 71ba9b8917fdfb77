import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { ROOT } from './server.ts';

/** A tiny runner: named checks, each pass or fail with a reason; no test framework in the browser loop. */

export const ARTIFACTS = join(ROOT, 'e2e/artifacts');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type Ctx = { browser: Browser; baseUrl: string };
export type Check = { name: string; run: (ctx: Ctx) => Promise<void> };

type Result = { name: string; ok: boolean; ms: number; error?: string };

export async function runChecks(ctx: Ctx, checks: readonly Check[]): Promise<Result[]> {
  // Screenshots of this run only, so a stale failure picture never misleads.
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const only = process.env.E2E_ONLY;
  const results: Result[] = [];
  for (const check of checks) {
    if (only && !check.name.includes(only)) continue;
    const started = performance.now();
    try {
      await check.run(ctx);
      results.push({ name: check.name, ok: true, ms: performance.now() - started });
      console.log(`  ✓ ${check.name} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name: check.name, ok: false, ms: performance.now() - started, error: message });
      console.log(`  ✗ ${check.name}\n${message.replace(/^/gm, '      ')}`);
    }
  }
  return results;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** A fresh context per scenario (axe needs browser.newContext() pages), closed afterwards. */
export async function withPage<T>(
  ctx: Ctx,
  options: BrowserContextOptions,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    const result = await fn(page);
    assert(errors.length === 0, `uncaught errors in the page: ${errors.join('; ')}`);
    return result;
  } catch (error) {
    await page
      .screenshot({ path: join(ARTIFACTS, `failure-${Date.now()}.png`), fullPage: true })
      .catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

/**
 * Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is now and keeps a screenshot. Every violation
 * is listed with the elements it hit, so a failure says what to fix.
 */
export async function scan(page: Page, label: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${label}.png`), fullPage: true });
  // React Aria's live announcer keeps a spoken message for 7 s; one that names a button which has
  // since gone (a sign-in button after the page changed) was read while the button existed, but
  // axe would report its dangling label. The announcer is not page content, so it is left out.
  const result = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .exclude('[data-live-announcer]')
    .analyze();
  if (result.violations.length === 0) return;
  const lines = result.violations.map(
    (v) =>
      `${label}: ${v.id} (${v.impact}) ${v.help}\n        ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n        ')}`,
  );
  throw new Error(lines.join('\n'));
}

/** Scroll width of the document: more than the viewport means sideways scrolling on a phone. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
}

/** Signs a demo account in through the app's login page and waits for the shell. */
export async function signInAs(page: Page, role: string): Promise<void> {
  await page.goto('/app/login');
  await page.locator('input[name="email"]').fill(`${role}@demo.wegwijs.test`);
  await page.locator('input[name="password"]').fill('wegwijs-demo');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/app/login'), { timeout: 15_000 });
  await page.locator('nav.app-nav').waitFor({ state: 'attached' });
}
