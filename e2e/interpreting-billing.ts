import type { APIRequestContext, Page } from 'playwright-core';
import { InvoiceListSchema } from '../contracts/interpreting-billing.ts';
import { TimesheetQueueSchema } from '../contracts/interpreting-billing-queue.ts';
import { addWeekdays, brusselsParts } from '../web/features/interpreting/brussels.ts';
import { languageName } from '../web/features/interpreting/i18n.ts';
import { billingNl as nl } from '../web/features/interpreting-billing/messages-nl.ts';
import { quarterLabel, quarterOf } from '../web/features/interpreting-billing/periods.ts';
import { assert, type Check, type Ctx, scan, withPage } from './harness.ts';

/**
 * Billing, translations and figures of social interpreting, on the demo data: the dispatcher
 * approves a timesheet and drafts a quarterly invoice, the requester gets a translation quote, the
 * city monitor reads the figures. Every page passes axe.
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

/** Opens a page from the nav and waits until its heading is there and nothing is loading. */
async function openFromNav(page: Page, navId: string, title: string): Promise<void> {
  await page.locator(`nav.app-nav [data-nav="${navId}"]`).click();
  await page.locator('main h1', { hasText: title }).first().waitFor();
  await settle(page);
}

async function settle(page: Page): Promise<void> {
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 15_000 });
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  const field = page.locator('.field').filter({ has: page.locator('.field__label', { hasText: label }) });
  await field.locator('button.select__button').click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

async function asUser<T>(ctx: Ctx, role: string, fn: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const context = await ctx.browser.newContext({
    baseURL: ctx.baseUrl,
    extraHTTPHeaders: { origin: ctx.baseUrl },
  });
  try {
    const login = await context.request.post('/api/auth/login', {
      data: { email: `${role}@demo.wegwijs.test`, password: PASSWORD },
    });
    assert(login.ok(), `${role} sign-in answered ${login.status()}`);
    return await fn(context.request);
  } finally {
    await context.close();
  }
}

const dispatcherApproves: Check = {
  name: 'interpreting billing: the dispatcher approves a submitted timesheet and sees the charge',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'dispatcher');
      await openFromNav(page, 'interpreting.timesheets', nl['title.timesheets']);
      const approve = page.getByRole('button', { name: /^Prestatie .* goedkeuren$/ }).first();
      await approve.waitFor();
      await scan(page, 'interpreting-timesheets');
      await approve.click();
      const outcome = page.locator('[data-outcome]');
      await outcome.waitFor();
      assert(((await outcome.textContent()) ?? '').includes('€'), 'the approval names the charge in euros');
      await page
        .getByRole('button', { name: /^Prestatie .* terugsturen$/ })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
      await scan(page, 'interpreting-timesheet-reject');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }),
};

/** An organisation and quarter with approved sessions and no invoice yet, found through the API. */
async function somethingToInvoice(ctx: Ctx): Promise<{ name: string; quarter: string }> {
  return asUser(ctx, 'admin', async (api) => {
    const queue = TimesheetQueueSchema.parse(
      await (await api.get('/api/interpreting/timesheets?status=approved&limit=500')).json(),
    );
    const invoiced = InvoiceListSchema.parse(await (await api.get('/api/interpreting/invoices')).json());
    const done = new Set(invoiced.items.map((i) => `${i.organisationId}/${i.quarter}`));
    const todo = queue.items
      .map((i) => ({
        id: i.organisationId,
        name: i.organisationName,
        quarter: quarterOf(brusselsParts(i.plannedStart).date),
      }))
      .find((c) => !done.has(`${c.id}/${c.quarter}`));
    assert(todo, 'the demo data has approved timesheets of a quarter not invoiced yet');
    return todo;
  });
}

const dispatcherInvoices: Check = {
  name: 'interpreting billing: the dispatcher drafts a quarterly invoice and sees its total and files',
  run: async (ctx) => {
    const target = await somethingToInvoice(ctx);
    await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'dispatcher');
      await openFromNav(page, 'interpreting.billing', nl['title.billing']);
      await scan(page, 'interpreting-billing');
      await choose(page, nl['common.organisation'], target.name);
      await choose(page, nl['common.quarter'], quarterLabel(target.quarter));
      await page.getByRole('button', { name: nl['billing.draft'] }).click();
      const invoice = page.locator('[data-invoice]');
      await invoice.waitFor({ timeout: 15_000 });
      assert(((await invoice.locator('[data-total]').textContent()) ?? '').includes('€'), 'a total in euros');
      for (const format of ['pdf', 'csv', 'xlsx']) {
        const href = await invoice.locator(`a[data-format="${format}"]`).getAttribute('href');
        assert(href, `a ${format} link`);
        const file = await page.request.get(href);
        assert(file.ok(), `${format} download answered ${file.status()}`);
      }
      await settle(page);
      await scan(page, 'interpreting-billing-invoice');
    });
  },
};

const requesterTranslates: Check = {
  name: 'interpreting billing: the requester uploads a text for translation and sees the quote',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'requester');
      await openFromNav(page, 'interpreting.translations', nl['title.translations']);
      await scan(page, 'interpreting-translations');
      await page.locator('input[type="file"]').setInputFiles({
        name: 'brief-ouders.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Beste ouders, op vrijdag is er geen school. Met vriendelijke groeten, de directie.\n',
        ),
      });
      await choose(page, nl['translations.targetLanguage'], languageName('en'));
      await page.locator('input[name="deadline"]').fill(addWeekdays(brusselsParts(new Date()).date, 5));
      await page.locator('input[name="clientReference"]').fill('K-E2E');
      await page.getByRole('button', { name: nl['translations.submit'] }).click();
      const quote = page.locator('[data-quote]');
      await quote.waitFor({ timeout: 15_000 });
      const words = Number((await quote.locator('[data-words]').textContent()) ?? '0');
      assert(words > 5, `the quote counts the words, got ${words}`);
      assert(((await quote.locator('[data-amount]').textContent()) ?? '').includes('€'), 'a price in euros');
      await scan(page, 'interpreting-translation-quote');
      await quote.getByRole('button', { name: nl['translations.acceptQuote'] }).click();
      await quote.locator('.interp-notice--success').waitFor();
    }),
};

const monitorReadsFigures: Check = {
  name: 'interpreting billing: the city monitor reads the interpreting figures as tables',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'city_monitor');
      await openFromNav(page, 'interpreting.figures', nl['title.figures']);
      await page.locator('[data-figures] table').first().waitFor();
      assert((await page.locator('[data-figures] table').count()) >= 7, 'one table per breakdown');
      await scan(page, 'interpreting-figures');
    }),
};

export const interpretingBillingChecks: readonly Check[] = [
  dispatcherApproves,
  dispatcherInvoices,
  requesterTranslates,
  monitorReadsFigures,
];
