import type { APIRequestContext, Page } from 'playwright-core';
import { InterpretingRequestListSchema } from '../contracts/interpreting-requests.ts';
import { addDays, brusselsParts } from '../web/features/interpreting/brussels.ts';
import { languageName } from '../web/features/interpreting/i18n.ts';
import { dispatchNl as nl } from '../web/features/interpreting-dispatch/messages-nl.ts';
import { assert, type Check, type Ctx, scan, withPage } from './harness.ts';

/**
 * The dispatcher's day plan, register and requesting organisations on the demo data: each page
 * loads, does its main job and passes axe. The day and the organisation come from the API first.
 */

const PASSWORD = 'wegwijs-demo';

async function signIn(page: Page, role: string): Promise<void> {
  await page.goto('/app/login');
  await page.locator('input[name="email"]').fill(`${role}@demo.wegwijs.test`);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/app/login'), { timeout: 15_000 });
  await page.locator('nav.app-nav').waitFor({ state: 'attached' });
}

async function settled(page: Page, title: string): Promise<void> {
  await page.locator('main h1', { hasText: title }).first().waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 15_000 });
}

/** Picks an option of a React Aria select whose label is exactly `label`. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const field = page.locator('.field').filter({ has: page.locator('.field__label', { hasText: exact }) });
  await field.locator('button.select__button').click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

async function asDispatcher<T>(ctx: Ctx, fn: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const context = await ctx.browser.newContext({
    baseURL: ctx.baseUrl,
    extraHTTPHeaders: { origin: ctx.baseUrl },
  });
  try {
    const login = await context.request.post('/api/auth/login', {
      data: { email: `dispatcher@demo.wegwijs.test`, password: PASSWORD },
    });
    assert(login.ok(), `dispatcher sign-in: ${login.status()}`);
    return await fn(context.request);
  } finally {
    await context.close();
  }
}

/** The weekday of the next 14 days with the most open on-site requests of the demo month. */
async function busiestOpenDay(api: APIRequestContext): Promise<string> {
  const today = brusselsParts(new Date()).date;
  const counts = new Map<string, number>();
  for (const status of ['submitted', 'unfilled']) {
    const query = `status=${status}&from=${addDays(today, 1)}&to=${addDays(today, 14)}&limit=200`;
    const answer = await api.get(`/api/interpreting/requests?${query}`);
    assert(answer.ok(), `request list: ${answer.status()}`);
    for (const r of InterpretingRequestListSchema.parse(await answer.json()).items) {
      const { date, weekday } = brusselsParts(r.start);
      if (r.mode === 'on_site' && !r.interpreter && weekday <= 5)
        counts.set(date, (counts.get(date) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  assert(best, 'the demo data has open on-site requests on a weekday in the next 14 days');
  return best[0];
}

const dayPlan: Check = {
  name: 'interpreting dispatch: the dispatcher proposes a day plan and sees its totals and reasons',
  run: async (ctx) => {
    const day = await asDispatcher(ctx, busiestOpenDay);
    await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'dispatcher');
      await page.locator('nav.app-nav [data-nav="interpreting.dayPlan"]').click();
      await settled(page, nl['title.dayPlan']);
      await page.locator('input[name="day"]').fill(day);
      await page.getByRole('button', { name: nl['plan.propose'] }).click();
      await page.locator('[data-plan-totals]').waitFor({ timeout: 30_000 });
      await page.waitForURL(/\/interpreting\/day-plan\/[0-9a-f-]{36}$/);
      const rows = page.locator('tr[data-plan-item]');
      await rows.first().waitFor();
      const reason = ((await rows.first().locator('.dispatch-reason').textContent()) ?? '').trim();
      assert(reason.length > 0, 'each row carries its reason');
      const totals = (await page.locator('[data-plan-totals]').textContent()) ?? '';
      assert(totals.includes(nl['plan.engineReason']), 'the totals name the engine and why');
      await scan(page, 'interpreting-day-plan');

      // The dispatcher leaves a planned request open: the edit is applied and the row says so.
      const filled = page.locator('tr[data-plan-item][data-filled="yes"]').first();
      if ((await filled.count()) === 0) return;
      const reference = (await filled.getAttribute('data-plan-item')) ?? '';
      await filled.locator('button.select__button').click();
      await page.getByRole('option', { name: nl['plan.leaveOpen'], exact: true }).click();
      await page.getByRole('button', { name: nl['plan.apply'] }).click();
      await page.locator(`tr[data-plan-item="${reference}"][data-filled="no"]`).waitFor();
    });
  },
};

const register: Check = {
  name: 'interpreting dispatch: the dispatcher registers an interpreter and finds her in the register',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'dispatcher');
      await page.goto('/app/interpreting/interpreters');
      await settled(page, nl['title.interpreters']);
      await page.locator('.table__row').first().waitFor();
      await scan(page, 'interpreting-register');

      await page.getByRole('link', { name: nl['reg.new'] }).click();
      await settled(page, nl['title.interpreterNew']);
      const family = `E2e${Date.now()}`;
      await page.locator('input[name="givenName"]').fill('Amina');
      await page.locator('input[name="familyName"]').fill(family);
      await page.locator('input[name="email"]').fill(`${family.toLowerCase()}@example.test`);
      await choose(page, nl['form.languageN'].replace('{n}', '1'), languageName('ar'));
      await page.locator('input[name="lat"]').fill('51,05');
      await page.locator('input[name="lon"]').fill('3,72');
      await scan(page, 'interpreting-register-new');
      await page.getByRole('button', { name: nl['form.create'] }).click();

      const header = page.locator('[data-interpreter]');
      await header.waitFor({ timeout: 15_000 });
      const code = (await header.getAttribute('data-interpreter')) ?? '';
      assert(/^T-\d+$/.test(code), `a code like T-0070, got "${code}"`);
      await page.locator('#exceptions').waitFor();
      await scan(page, 'interpreting-register-detail');

      await page.goto(`/app/interpreting/interpreters?q=${family}`);
      await settled(page, nl['title.interpreters']);
      await page.locator(`[data-interpreter-link="${code}"]`).waitFor();
    }),
};

const organisation: Check = {
  name: 'interpreting dispatch: an organisation’s eligibility and units',
  run: async (ctx) => {
    const orgId = await asDispatcher(ctx, async (api) => {
      const answer = await api.get('/api/interpreting/requests?limit=1');
      const first = InterpretingRequestListSchema.parse(await answer.json()).items[0];
      assert(first, 'the demo data has a request');
      return first.organisationId;
    });
    await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'dispatcher');
      await page.goto(`/app/interpreting/organisations?org=${orgId}`);
      await settled(page, nl['title.organisations']);
      await page.locator('form[data-registered="yes"]').waitFor();
      await page.locator('#units').waitFor();
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
      await scan(page, 'interpreting-organisation');
    });
  },
};

export const dispatchChecks: readonly Check[] = [dayPlan, register, organisation];
