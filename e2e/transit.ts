import type { Page } from 'playwright-core';
import { ReservationDetailSchema } from '../contracts/transit.ts';
import { assert, assertEqual, type Check, horizontalOverflow, scan, withPage } from './harness.ts';

/**
 * Issue 7 (transit site), done means: a site supervisor takes a family from a reservation to a
 * settled bill in the browser (new → confirmed with a traveller and the prepayment → checked in with
 * meter readings → checked out with readings → settled, the bill shown), a stay of 22 days is
 * refused with a clear message, and the today and grid pages pass axe. On a tablet (768×1024).
 */

const STAMP = Date.now().toString(36);
const PARTY = `Familie E2E ${STAMP}`;
const TABLET = { width: 768, height: 1024 };
/** The server shares a busy machine in CI; a step waits this long for the server's answer. */
const SLOW = 60_000;

/** As `signInAs` in the harness, with room for a slow server. */
async function signIn(page: Page): Promise<void> {
  await page.goto('/app/login');
  await page.locator('input[name="email"]').fill('site_supervisor@demo.wegwijs.test');
  await page.locator('input[name="password"]').fill('wegwijs-demo');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/app/login'), { timeout: SLOW });
  await page.locator('nav.app-nav').waitFor({ state: 'attached', timeout: SLOW });
}

function brusselsDay(offset = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The API the pages need answers (not 404): a clear reason when the server work is not there yet. */
async function apiExists(page: Page): Promise<void> {
  const from = brusselsDay();
  const to = brusselsDay(14);
  for (const path of [
    '/api/transit/today',
    `/api/transit/occupancy?from=${from}&to=${to}`,
    '/api/transit/reservations',
  ]) {
    const answer = await page.request.get(path);
    assertEqual(answer.status(), 200, `GET ${path} (the transit API route must exist)`);
  }
}

async function detailOf(page: Page): Promise<ReturnType<typeof ReservationDetailSchema.parse>> {
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  const answer = await page.request.get(`/api/transit/reservations/${id}`);
  assertEqual(answer.status(), 200, 'GET /api/transit/reservations/{id}');
  return ReservationDetailSchema.parse(await answer.json());
}

async function waitForStatus(page: Page, label: string): Promise<void> {
  await page.locator('.page-header__sub .transit-status', { hasText: label }).waitFor({ timeout: SLOW });
}

async function fillReservation(page: Page, nights: number): Promise<void> {
  await page.getByLabel(/Naam van de familie/u).fill(PARTY);
  await page.getByLabel(/Telefoon van het gezinshoofd/u).fill('+32 470 12 34 56');
  await page.getByLabel(/Aantal woonwagens/u).fill('1');
  await page.getByLabel(/Aantal voertuigen/u).fill('1');
  await page.getByLabel(/^Aankomst/u).fill(brusselsDay());
  await page.getByLabel(/^Vertrek/u).fill(brusselsDay(nights));
}

/** A 22-day stay is refused by the server and the form says why; then a 3-night stay is made. */
async function reserve(page: Page): Promise<void> {
  await page.goto('/app/transit/reservations/new');
  await page.locator('main h1', { hasText: 'Nieuwe reservatie' }).waitFor({ timeout: SLOW });
  await page.getByText('max. 21 dagen, max. 5 verblijven per jaar').waitFor({ timeout: SLOW });
  await fillReservation(page, 22);
  await page.getByText('22 nachten').waitFor();
  await page.getByRole('button', { name: 'Reservatie aanmaken' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: 'Een verblijf duurt hoogstens 21 dagen; deze aanvraag telt 22 dagen.' })
    .waitFor({ timeout: SLOW });
  await scan(page, 'transit-too-long');
  await page.getByLabel(/^Vertrek/u).fill(brusselsDay(3));
  await page.getByRole('button', { name: 'Reservatie aanmaken' }).click();
  await page.locator('main h1', { hasText: /^Reservatie / }).waitFor({ timeout: SLOW });
}

/** Opens a step's dialog from the page, lets `fill` fill it, sends it and waits for the new status. */
async function step(
  page: Page,
  name: string,
  status: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.locator('main').getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ timeout: SLOW });
  await fill(dialog);
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout: SLOW });
  await waitForStatus(page, status);
}

async function fillAll(dialog: ReturnType<Page['getByRole']>, label: RegExp, value: string): Promise<void> {
  const fields = await dialog.getByLabel(label).all();
  assert(fields.length > 0, `the dialog asks for ${label}`);
  for (const field of fields) await field.fill(value);
}

async function takeThrough(page: Page): Promise<void> {
  if ((await detailOf(page)).status === 'requested') {
    await step(page, 'Standplaatsen vasthouden', 'Voorlopig', async () => {});
  }
  await step(page, 'Bevestigen', 'Bevestigd', async (dialog) => {
    await dialog.getByLabel(/Naam reiziger 1/u).fill(`${PARTY} Anna`);
    await dialog.getByLabel('Voorafbetaling ontvangen').check();
    await scan(page, 'transit-confirm');
  });
  await step(page, 'Inchecken', 'Ingecheckt', (dialog) =>
    fillAll(dialog, /Meterstand bij aankomst/u, '1000'),
  );
  await step(page, 'Uitchecken', 'Uitgecheckt', (dialog) =>
    fillAll(dialog, /Meterstand bij vertrek/u, '1012,5'),
  );
  await page.getByRole('heading', { name: /^Eindafrekening / }).waitFor({ timeout: SLOW });
  await step(page, 'Afrekenen', 'Afgerekend', async () => {});
  // After the settlement the bill on the page stands at € 0, not at the check-out balance.
  await page.getByRole('rowheader', { name: 'Saldo (vereffend)' }).waitFor({ timeout: SLOW });
  const detail = await detailOf(page);
  assertEqual(detail.status, 'settled', 'the reservation is settled');
  assert(detail.bill && detail.bill.lines.length > 0, 'the final bill has lines');
  assert(
    detail.payments.some((p) => p.kind === 'final' || p.kind === 'refund' || p.kind === 'deposit_refund'),
    'settling recorded the final payment or the refund',
  );
  assert(
    detail.travellers.some((t) => t.name === `${PARTY} Anna`),
    'the traveller is registered',
  );
  assert(
    detail.payments.some((p) => p.kind === 'prepayment'),
    'the prepayment is recorded',
  );
}

async function billIsPdf(page: Page): Promise<void> {
  const link = page.getByRole('link', { name: /^Afrekening .* \(pdf\)$/u });
  const href = await link.getAttribute('href');
  assert(href, 'the bill link has an address');
  const pdf = await page.request.get(href);
  assertEqual(pdf.status(), 200, 'GET the bill PDF');
  assert((await pdf.body()).subarray(0, 5).toString() === '%PDF-', 'the bill is a PDF document');
}

const journey: Check = {
  name: 'transit: a supervisor takes a family from reservation to settled bill; a 22nd day is refused',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE', viewport: TABLET }, async (page) => {
      await signIn(page);
      await apiExists(page);
      await reserve(page);
      await scan(page, 'transit-reservation');
      await takeThrough(page);
      await scan(page, 'transit-settled');
      await billIsPdf(page);
    }),
};

const pages: Check = {
  name: 'transit: the today and grid pages have no axe violations, on a tablet and a phone',
  run: async (ctx) => {
    for (const viewport of [TABLET, { width: 360, height: 740 }]) {
      await withPage(ctx, { locale: 'nl-BE', viewport }, async (page) => {
        await signIn(page);
        await apiExists(page);
        await page.goto('/app/transit');
        await page.getByRole('heading', { name: /^Aankomsten vandaag/u }).waitFor({ timeout: SLOW });
        await scan(page, `transit-today-${viewport.width}`);
        assert(
          (await horizontalOverflow(page)) <= 0,
          `the today page does not scroll sideways at ${viewport.width}px`,
        );
        await page.goto('/app/transit/grid');
        await page
          .getByRole('table', { name: 'Bezetting per standplaats en per dag' })
          .waitFor({ timeout: SLOW });
        await scan(page, `transit-grid-${viewport.width}`);
        assert(
          (await horizontalOverflow(page)) <= 0,
          `the grid page scrolls inside its region at ${viewport.width}px`,
        );
        await page.getByRole('button', { name: 'Volgende 14 dagen' }).click();
        await page.getByRole('button', { name: 'Vanaf vandaag' }).click();
      });
    }
  },
};

const outOfService: Check = {
  name: 'transit: a supervisor puts a pitch out of service on the tablet, and sees the caps without their form',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE', viewport: TABLET }, async (page) => {
      await signIn(page);
      await page.goto('/app/transit/site');
      await page.getByRole('heading', { name: 'Tijdelijke capaciteit' }).waitFor({ timeout: SLOW });
      assertEqual(
        await page.getByRole('button', { name: 'Capaciteit instellen' }).count(),
        0,
        'a supervisor gets no form to set a cap',
      );
      const form = page.getByRole('form', { name: 'Plaats 25 buiten gebruik stellen' });
      await form.waitFor({ timeout: SLOW });
      const reason = `Meter stuk ${STAMP}`;
      await form.getByLabel('Vanaf').fill(brusselsDay(85));
      await form.getByLabel('Terug in gebruik op').fill(brusselsDay(87));
      await form.getByLabel('Reden').fill(reason);
      await form.getByRole('button', { name: 'Buiten gebruik stellen' }).click();
      const item = page.locator('.transit-pitches .transit-list li', { hasText: reason });
      await item.waitFor({ timeout: SLOW });
      await scan(page, 'transit-site-supervisor');
      const grid = await page.request.get(
        `/api/transit/occupancy?from=${brusselsDay(85)}&to=${brusselsDay(86)}`,
      );
      const [day] = (await grid.json()).days as { outOfService: number; capacity: number }[];
      assert(day && day.outOfService >= 1, 'the grid counts the pitch out of service');
      // The demo has its own period on pitch 25: remove this one, by its row.
      await item.getByRole('button', { name: 'Periode buiten gebruik van plaats 25 verwijderen' }).click();
      await item.waitFor({ state: 'detached', timeout: SLOW });
    }),
};

export const transitChecks: Check[] = [journey, pages, outOfService];
