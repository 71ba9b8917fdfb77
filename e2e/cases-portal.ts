import type { APIRequestContext, Page } from 'playwright-core';
import { type PublicStatus, PublicStatusSchema } from '../contracts/public-forms.ts';
import { portal as portalTr } from '../web/i18n/catalogs/portal/tr.ts';
import { LOCALE_NAMES, PORTAL_LOCALES } from '../web/i18n/locales.ts';
import { createTranslator } from '../web/i18n/translator.ts';
import { ar } from '../web/portal/cases/messages/ar.ts';
import { bg } from '../web/portal/cases/messages/bg.ts';
import { en } from '../web/portal/cases/messages/en.ts';
import { fr } from '../web/portal/cases/messages/fr.ts';
import { nl } from '../web/portal/cases/messages/nl.ts';
import { tr } from '../web/portal/cases/messages/tr.ts';
import { assert, assertEqual, type Check, type Ctx, horizontalOverflow, scan, withPage } from './harness.ts';

/** The portal's public forms and status page (web/portal/cases/), as a visitor uses them. */

const TEXTS = { nl, en, fr, tr, bg, ar } as const;

async function heading(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

async function statusFromApi(page: Page, code: string, lang: string): Promise<PublicStatus> {
  const response = await page.request.get(`/api/public/status/${encodeURIComponent(code)}?lang=${lang}`);
  assertEqual(response.status(), 200, `GET /api/public/status/{code}?lang=${lang}`);
  return PublicStatusSchema.parse(await response.json());
}

/** From the home page, in Turkish, to the education info point's form. */
async function openFormInTurkish(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('h1').waitFor();
  await page.locator('.language-switcher a[lang="tr"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'tr');
  await page.getByRole('link', { name: portalTr['service.education-info-point.title'] }).click();
  await page.locator('h1', { hasText: portalTr['service.education-info-point.title'] }).waitFor();
  await page.getByRole('link', { name: tr.linkEducationQuestion }).click();
  await page.waitForURL('**/education-question');
  await page.locator('h1', { hasText: tr.eqTitle }).waitFor();
}

/** A send with nothing filled in: the problems are listed and shown under the fields, in Turkish. */
async function refusedWhenEmpty(page: Page): Promise<void> {
  await page.getByRole('button', { name: tr.submit, exact: true }).click();
  const summary = page.locator('.case-alert[role="alert"]');
  await summary.waitFor();
  assertEqual(
    (await summary.locator('p').first().textContent())?.trim(),
    createTranslator('tr', tr).t('summary', { count: 3 }),
    'the summary counts three fields in Turkish',
  );
  assertEqual((await page.locator('#name-error').textContent())?.trim(), tr.required, 'name error');
  assertEqual(await page.locator('#name').getAttribute('aria-invalid'), 'true', 'the name field is marked');
  assert(
    (await page.locator('#name').getAttribute('aria-describedby'))?.includes('name-error') === true,
    'the error is tied to the field',
  );
  await scan(page, 'cases-portal-question-errors-tr');
}

async function askAndReadCode(page: Page): Promise<string> {
  await page.getByLabel(tr.name, { exact: true }).fill('Ayşe Yılmaz');
  await page.getByLabel(tr.email, { exact: true }).fill('ayse.yilmaz@example.test');
  await page.getByLabel(tr.eqBirthDate).fill('2016-03-14');
  await page.getByLabel(tr.eqRegistered).fill('2025-09-01');
  await page.getByLabel(tr.eqQuestion).fill('Kızım 10 yaşında. Onu hangi okula kaydettirebilirim?');
  await page.getByRole('button', { name: tr.submit, exact: true }).click();
  const code = page.locator('.case-code');
  await code.waitFor({ timeout: 15_000 });
  const text = ((await code.textContent()) ?? '').trim();
  assert(/^[A-Z0-9-]{10,40}$/u.test(text), `a status code is shown (got "${text}")`);
  assert((await page.getByText(tr.keepCode).count()) === 1, 'the visitor is told to keep the code');
  assertEqual(
    await page.evaluate<string | null>('document.activeElement && document.activeElement.id'),
    'case-sent-title',
    'focus on the confirmation',
  );
  await scan(page, 'cases-portal-question-sent-tr');
  return text;
}

async function followInTurkish(page: Page, code: string): Promise<void> {
  await page.getByRole('link', { name: tr.followLink }).click();
  await page.waitForURL(`**/status/${code}`);
  await page.locator('h1', { hasText: tr.stTitle }).waitFor();
  const label = page.locator('.case-status__label');
  await label.waitFor({ timeout: 15_000 });
  const turkish = await statusFromApi(page, code, 'tr');
  const dutch = await statusFromApi(page, code, 'nl');
  assertEqual(
    (await label.textContent())?.trim(),
    turkish.statusLabel,
    'the status as the API gives it in Turkish',
  );
  assert(
    turkish.statusLabel !== dutch.statusLabel,
    `the status is Turkish, not Dutch ("${turkish.statusLabel}" vs "${dutch.statusLabel}")`,
  );
  assertEqual(turkish.type, 'education_question', 'the case is an education question');
  const details = page.locator('.case-status');
  assert((await details.getByText(tr.typeEducationQuestion).count()) === 1, 'the kind of request in Turkish');
  assert((await details.getByText(turkish.reference).count()) === 1, 'the file number to quote');
  assertEqual(await page.locator('html').getAttribute('lang'), 'tr', 'still in Turkish');
  await scan(page, 'cases-portal-status-tr');
}

const askInTurkish: Check = {
  name: 'portal cases (code): a parent asks the info point a question on the portal in Turkish and follows it with a code',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await openFormInTurkish(page);
      await scan(page, 'cases-portal-question-tr');
      await refusedWhenEmpty(page);
      const code = await askAndReadCode(page);
      await followInTurkish(page, code);
      // The code typed by hand, in small letters and with spaces, finds the same request.
      await page.goto('/status');
      await page.getByLabel(tr.stCode).fill(` ${code.toLowerCase().replaceAll('-', ' - ')} `);
      await page.getByRole('button', { name: tr.stShow }).click();
      await page.locator('.case-status__label').waitFor({ timeout: 15_000 });
    }),
};

const wrongCode: Check = {
  name: 'portal cases (code): the status page for a wrong code says it found nothing',
  run: (ctx) =>
    withPage(ctx, { locale: 'tr-TR' }, async (page) => {
      await page.goto('/status');
      await page.locator('h1', { hasText: tr.stTitle }).waitFor();
      await page.getByLabel(tr.stCode).fill('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
      await page.getByRole('button', { name: tr.stShow }).click();
      await page.waitForURL('**/status/ZZZZ-ZZZZ-ZZZZ-ZZZZ');
      const alert = page.locator('[role="alert"]', { hasText: tr.stNotFound });
      await alert.waitFor({ timeout: 15_000 });
      assertEqual(await page.locator('.case-status').count(), 0, 'no status is shown');
      await scan(page, 'cases-portal-status-unknown-tr');
      // A code too short to be one is not found either (the server refuses it as malformed).
      await page.goto('/status/ABC');
      await page.locator('[role="alert"]', { hasText: tr.stNotFound }).waitFor({ timeout: 15_000 });
    }),
};

/** A programme coordinator opens a call for this test, so the portal has one whatever the demo data holds. */
async function openCall(ctx: Ctx, title: string): Promise<void> {
  const context = await ctx.browser.newContext({
    baseURL: ctx.baseUrl,
    extraHTTPHeaders: { origin: ctx.baseUrl },
  });
  try {
    const api: APIRequestContext = context.request;
    const login = await api.post('/api/auth/login', {
      data: { email: 'programme_coordinator@demo.wegwijs.test', password: 'wegwijs-demo' },
    });
    assert(login.ok(), `coordinator sign-in answered ${login.status()}`);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const created = await api.post('/api/scholarships/calls', {
      data: {
        academicYear: '2026-2027',
        title,
        budgetCents: 1_000_000,
        grantCents: 25_000,
        opensOn: day(-1),
        closesOn: day(30),
        status: 'open',
      },
    });
    assert(
      created.ok(),
      `POST /api/scholarships/calls answered ${created.status()}: ${await created.text()}`,
    );
  } finally {
    await context.close();
  }
}

// A tiny but real PDF: the server sniffs the content, not the name.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

const applyForScholarship: Check = {
  name: 'portal cases (scholarship): a visitor applies in Bulgarian for the open UCT call with a document and follows it',
  run: async (ctx) => {
    const title = `Beurs UCT e2e ${Date.now()}`;
    await openCall(ctx, title);
    await withPage(ctx, { locale: 'bg' }, async (page) => {
      await page.goto('/services/uct-scholarship');
      await page.getByRole('link', { name: bg.linkScholarship }).click();
      await page.locator('h1', { hasText: bg.scTitle }).waitFor();
      const choice = page.getByRole('radio', { name: title });
      const summary = page.locator('.case-call h2', { hasText: title });
      await choice.or(summary).first().waitFor({ timeout: 15_000 });
      if ((await choice.count()) > 0) await choice.check();
      await page.getByRole('button', { name: bg.submit, exact: true }).click();
      assertEqual(
        (await page.locator('#files-error').textContent())?.trim(),
        bg.scFilesRequired,
        'a document is asked for, in Bulgarian',
      );
      await scan(page, 'cases-portal-scholarship-errors-bg');
      await page.getByLabel(bg.name, { exact: true }).fill('Мария Иванова');
      await page.getByLabel(bg.email, { exact: true }).fill('maria.ivanova@example.test');
      await page.getByLabel(bg.scCourse).fill('Nederlands niveau 3');
      await page.getByLabel(bg.scDomicile).check();
      await page.getByLabel(bg.scIncome).fill('1450');
      await page.getByLabel(bg.scHousehold).fill('3');
      await page.getByLabel(bg.scMotivation).fill('Искам да уча в университета в Гент.');
      await page
        .locator('#statusDocument')
        .setInputFiles({ name: 'status.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.getByRole('button', { name: bg.submit, exact: true }).click();
      const code = page.locator('.case-code');
      await code.waitFor({ timeout: 15_000 });
      const text = ((await code.textContent()) ?? '').trim();
      await scan(page, 'cases-portal-scholarship-sent-bg');
      await page.getByRole('link', { name: bg.followLink }).click();
      const label = page.locator('.case-status__label');
      await label.waitFor({ timeout: 15_000 });
      const status = await statusFromApi(page, text, 'bg');
      assertEqual(status.type, 'scholarship', 'the case is a scholarship application');
      assertEqual((await label.textContent())?.trim(), status.statusLabel, 'the status in Bulgarian');
    });
  },
};

const PAGES = [
  { path: '/education-question', title: 'eqTitle' },
  { path: '/guidance-appointment', title: 'gaTitle' },
  { path: '/scholarship', title: 'scTitle' },
  { path: '/status', title: 'stTitle' },
] as const;

const everyLanguage: Check = {
  name: 'portal cases (languages): the forms and the status page in all six languages (Arabic right-to-left) have zero axe violations',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE', viewport: { width: 360, height: 740 } }, async (page) => {
      for (const lang of PORTAL_LOCALES) {
        for (const p of PAGES) {
          await page.goto(`${p.path}?lang=${lang}`);
          await page.locator('h1', { hasText: TEXTS[lang][p.title] }).waitFor();
          if (p.path === '/scholarship')
            await page.locator('.case-call, .notice, .case-alert').first().waitFor();
          assertEqual(await heading(page), TEXTS[lang][p.title], `${lang} ${p.path} heading`);
          assertEqual(
            await page.locator('html').getAttribute('dir'),
            lang === 'ar' ? 'rtl' : 'ltr',
            `${lang} ${p.path} dir (${LOCALE_NAMES[lang]})`,
          );
          assert((await horizontalOverflow(page)) <= 0, `${lang} ${p.path}: no sideways scrolling at 360 px`);
          await scan(page, `cases-portal-${p.path.slice(1)}-${lang}`);
        }
      }
    }),
};

export const casesPortalChecks: readonly Check[] = [
  askInTurkish,
  wrongCode,
  applyForScholarship,
  everyLanguage,
];
