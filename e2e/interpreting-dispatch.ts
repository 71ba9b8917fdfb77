import type { APIRequestContext, Page } from 'playwright-core';
import { RequestOfferListSchema } from '../contracts/interpreting-dispatch.ts';
import {
  ChangedInterpretingRequestSchema,
  CreatedInterpretingRequestSchema,
  InterpretingRequestListSchema,
} from '../contracts/interpreting-requests.ts';
import {
  addDays,
  addWeekdays,
  brusselsInstant,
  brusselsParts,
} from '../web/features/interpreting/brussels.ts';
import { languageName } from '../web/features/interpreting/i18n.ts';
import { interpretingNl as inl } from '../web/features/interpreting/messages-nl.ts';
import { dispatchNl as nl } from '../web/features/interpreting-dispatch/messages-nl.ts';
import { assert, assertEqual, type Check, type Ctx, scan, withPage } from './harness.ts';

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

type Made = { id: string; reference: string };

/**
 * Two fresh phone requests of a demo organisation, booked by the dispatcher: one days ahead with
 * an offer round sent, and an urgent one starting within the hour, cancelled at once, which is
 * late by the policy (after 10:00 on the working day before) wherever in the day the check runs.
 */
async function offeredAndLate(api: APIRequestContext): Promise<{ offered: Made; late: Made }> {
  const list = await api.get('/api/interpreting/requests?limit=1');
  const org = InterpretingRequestListSchema.parse(await list.json()).items[0]?.organisationId;
  assert(org, 'the demo data has a request with its organisation');
  const book = async (start: string, urgent: boolean): Promise<Made> => {
    const answer = await api.post('/api/interpreting/requests', {
      data: {
        organisationId: org,
        mode: 'phone',
        language: 'ar',
        start,
        durationMinutes: 30,
        phoneNumber: '+32 9 210 10 10',
        sector: 'welfare',
        conversationType: 'intake',
        clientReference: 'K-E2E-OFFERS',
        ...(urgent ? { urgent: true } : {}),
      },
    });
    assertEqual(answer.status(), 201, 'dispatcher books');
    return CreatedInterpretingRequestSchema.parse(await answer.json());
  };
  const offered = await book(
    need(brusselsInstant(addWeekdays(brusselsParts(new Date()).date, 4), '10:00')),
    false,
  );
  // Automatic offers may have sent round 1 already; this round goes to the next ones, if any.
  const round = await api.post(`/api/interpreting/requests/${offered.id}/offers`, { data: { top: 2 } });
  assert([201, 409].includes(round.status()), `offer round: ${round.status()}`);
  const sent = await api.get(`/api/interpreting/requests/${offered.id}/offers`);
  assert(RequestOfferListSchema.parse(await sent.json()).length > 0, 'the request was offered to someone');

  const soon = new Date(Date.now() + 45 * 60_000);
  soon.setUTCSeconds(0, 0);
  const late = await book(soon.toISOString(), true);
  const cancelled = await api.post(`/api/interpreting/requests/${late.id}/cancel`, {
    data: { reason: 'e2e: cliënt niet gekomen' },
  });
  assertEqual(cancelled.status(), 200, 'late cancellation');
  const kind = ChangedInterpretingRequestSchema.parse(await cancelled.json()).cancellation?.kind;
  assertEqual(kind, 'late', 'cancelled within the hour is late');
  return { offered, late };
}

function need<T>(value: T | null | undefined, what = 'value'): T {
  assert(value !== null && value !== undefined, `${what} is missing`);
  return value;
}

const offersAndWaiver: Check = {
  name: 'interpreting dispatch: the dispatcher sees the offers of a request and waives a late cancellation',
  run: async (ctx) => {
    const { offered, late } = await asDispatcher(ctx, offeredAndLate);
    await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'dispatcher');
      await page.goto(`/app/interpreting/requests/${offered.id}`);
      await settled(page, offered.reference);
      const offers = page.locator('[data-request-offers]');
      await offers.locator('[data-offer-status]').first().waitFor();
      const text = (await offers.textContent()) ?? '';
      assert(/\(T-\d+\)/.test(text), `each offer names the interpreter with her code, got "${text}"`);
      await scan(page, 'interpreting-request-offers');

      await page.goto(`/app/interpreting/requests/${late.id}`);
      await settled(page, late.reference);
      const charge = page.locator('[data-charge-actions]');
      await charge.getByRole('button', { name: inl['charge.waive'] }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByLabel(inl['charge.note']).fill('Eerste keer, goodwill');
      await scan(page, 'interpreting-waive-dialog');
      await dialog.getByRole('button', { name: inl['charge.waiveConfirm'] }).click();
      await dialog.waitFor({ state: 'detached' });
      const outcome = page.locator('[data-outcome]');
      await outcome.waitFor();
      assertEqual(((await outcome.textContent()) ?? '').trim(), inl['charge.waiveDone'], 'waived');
      await charge.getByRole('button', { name: inl['charge.unwaive'] }).waitFor();
      const facts = (await page.locator('.interp-facts').textContent()) ?? '';
      assert(facts.includes(inl['charge.waived']), `the facts say it is waived, got "${facts}"`);
      await scan(page, 'interpreting-waived');
    });
  },
};

export const dispatchChecks: readonly Check[] = [dayPlan, register, organisation, offersAndWaiver];
