import type { Page } from 'playwright-core';
import { CallDetailSchema, CallListSchema } from '../contracts/scholarships.ts';
import { assert, assertEqual, type Check, scan, signInAs, withPage } from './harness.ts';

/**
 * Issue 6, done means: a scholarship call is scored and awarded within its budget and the letters
 * come out. As the programme coordinator, on the demo call of 2026-2027 (not yet awarded).
 */

const CALL_TITLE = 'Beurs UCT 2026-2027';

async function demoCallId(page: Page): Promise<string> {
  const answer = await page.request.get('/api/scholarships/calls');
  assertEqual(answer.status(), 200, 'GET /api/scholarships/calls');
  const call = CallListSchema.parse(await answer.json()).items.find((c) => c.title === CALL_TITLE);
  assert(call, `the demo call "${CALL_TITLE}" exists`);
  assert(call.status !== 'awarded', 'the demo call is not awarded yet');
  return call.id;
}

async function scoreFirst(page: Page): Promise<void> {
  const ranking = page.getByRole('grid', { name: /Volledige en ontvankelijke aanvragen/u });
  await ranking.waitFor({ timeout: 15_000 });
  await ranking.getByRole('button', { name: 'Scoren' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Motivatie (0–10)').fill('11');
  await dialog.getByLabel('Nood (0–10)').fill('8');
  await dialog.getByLabel('Vooruitzichten (0–10)').fill('9');
  await dialog.getByRole('button', { name: 'Score bewaren' }).click();
  await dialog.getByText('Geef een geheel getal van 0 tot 10').waitFor();
  await scan(page, 'scholarship-score');
  await dialog.getByLabel('Motivatie (0–10)').fill('10');
  await dialog.getByRole('button', { name: 'Score bewaren' }).click();
  await page
    .getByText(/Score bewaard/u)
    .first()
    .waitFor({ timeout: 15_000 });
}

async function award(page: Page, callId: string): Promise<void> {
  await page.getByRole('button', { name: 'Toekennen binnen het budget' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Toekennen', exact: true }).click();
  await page
    .getByText(/goedgekeurd, \d+ op de wachtlijst/u)
    .first()
    .waitFor({ timeout: 20_000 });
  const answer = await page.request.get(`/api/scholarships/calls/${callId}`);
  const call = CallDetailSchema.parse(await answer.json());
  assertEqual(call.status, 'awarded', 'the call is awarded');
  assert(call.awardedCents > 0, 'grants were given');
  assert(call.awardedCents <= call.budgetCents, 'within the budget');
  assertEqual(call.awardedCents % call.grantCents, 0, 'whole grants only');
}

async function letterComesOut(page: Page): Promise<void> {
  const decisions = page.getByRole('grid', { name: 'Beslissingen van de toekenning' });
  const link = decisions.getByRole('link', { name: 'Brief (pdf)' }).first();
  await link.waitFor({ timeout: 15_000 });
  const href = await link.getAttribute('href');
  assert(href, 'the letter link has an address');
  const letter = await page.request.get(href);
  assertEqual(letter.status(), 200, 'GET the decision letter');
  assert(String(letter.headers()['content-type']).startsWith('application/pdf'), 'the letter is a PDF');
  assert((await letter.body()).subarray(0, 5).toString() === '%PDF-', 'the body is a PDF document');
}

const check: Check = {
  name: 'scholarships: the coordinator scores an application, awards the call within its budget, and a letter comes out',
  run: async (ctx) => {
    await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signInAs(page, 'programme_coordinator');
      const callId = await demoCallId(page);
      await page.goto('/app/scholarships');
      await page.getByRole('link', { name: CALL_TITLE }).click();
      await page.locator('main h1', { hasText: CALL_TITLE }).waitFor({ timeout: 15_000 });
      await scan(page, 'scholarship-call');
      await scoreFirst(page);
      await award(page, callId);
      await letterComesOut(page);
      await scan(page, 'scholarship-awarded');
    });
  },
};

export const scholarshipChecks: readonly Check[] = [check];
