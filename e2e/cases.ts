import type { APIRequestContext, Page } from 'playwright-core';
import {
  CaseAppointmentListSchema,
  CaseReferralListSchema,
  PartnerListSchema,
  SavedFilterListSchema,
} from '../contracts/case-work.ts';
import { CaseDetailSchema } from '../contracts/cases.ts';
import { OrganisationSchema } from '../contracts/people.ts';
import { AuditListSchema } from '../contracts/platform.ts';
import { assert, assertEqual, type Check, type Ctx, scan, signInAs, withPage } from './harness.ts';

/**
 * Issue 6, done means: a counsellor runs an intake, plans the trajectory, refers to a partner and
 * books an appointment in the browser; a counsellor of another team cannot open that case (403,
 * and the attempt is audited). Each step is checked on the page and through the API.
 */

const STAMP = Date.now().toString(36);
const TITLE = `Onthaal gezin e2e ${STAMP}`;
const PARTNER = 'CVO Gent';

/** A day two weeks ahead (UTC calendar; the appointment is booked in Brussels time). */
function dayAhead(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

async function caseFromApi(page: Page, id: string) {
  const answer = await page.request.get(`/api/cases/${id}`);
  assertEqual(answer.status(), 200, 'GET /api/cases/{id}');
  return CaseDetailSchema.parse(await answer.json());
}

async function waitForStatus(page: Page, label: string): Promise<void> {
  await page.locator('.page-header__sub .badge', { hasText: label }).waitFor({ timeout: 15_000 });
}

async function move(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: `Naar “${label}”` }).click();
  await waitForStatus(page, label);
}

/** A partner organisation to refer to: the demo's CVO Gent, or one made as admin when there is none. */
async function ensurePartner(ctx: Ctx): Promise<string> {
  const context = await ctx.browser.newContext({
    baseURL: ctx.baseUrl,
    extraHTTPHeaders: { origin: ctx.baseUrl },
  });
  try {
    const api: APIRequestContext = context.request;
    const login = await api.post('/api/auth/login', {
      data: { email: 'admin@demo.wegwijs.test', password: 'wegwijs-demo' },
    });
    assertEqual(login.status(), 200, 'admin sign-in');
    const listed = await api.get('/api/cases/partners', { params: { q: PARTNER } });
    assertEqual(listed.status(), 200, 'GET /api/cases/partners');
    const found = PartnerListSchema.parse(await listed.json());
    const hit = found.items.find((o) => o.name === PARTNER);
    if (hit) return hit.name;
    const made = await api.post('/api/organisations', {
      data: { name: PARTNER, type: 'school', sector: 'volwassenenonderwijs', city: 'Gent' },
    });
    assertEqual(made.status(), 201, 'POST /api/organisations');
    return OrganisationSchema.parse(await made.json()).name;
  } finally {
    await context.close();
  }
}

async function createGuidanceCase(page: Page): Promise<string> {
  await signInAs(page, 'counsellor');
  await page.locator('nav.app-nav [data-nav="cases.list"]').click();
  await page.locator('main h1', { hasText: 'Dossiers' }).waitFor();
  await page.locator('.cases-total').waitFor({ timeout: 15_000 });
  await scan(page, 'cases-list');

  await page.getByRole('link', { name: 'Nieuw dossier' }).click();
  await page.locator('main h1', { hasText: 'Nieuw dossier' }).waitFor();
  await scan(page, 'cases-new');
  assertEqual(
    await page.locator('select[name="type"]').inputValue(),
    'guidance',
    'guidance is the default type',
  );
  await page.getByLabel('Titel van het dossier').fill(TITLE);
  await page.getByLabel('Voornaam').fill('Amal');
  await page.getByLabel('Familienaam').fill(`Testfamilie ${STAMP}`);
  await page.getByLabel('Telefoon').fill('0470 12 34 56');
  await page.getByLabel('Taal van de cliënt (taalcode, bv. ar)').fill('ar');
  // A reference longer than the contract allows: the server's field error shows under its field.
  const kbi = page.locator('input[name="kbiReference"]');
  await kbi.fill('K'.repeat(61));
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await page.locator('input[name="kbiReference"][aria-invalid="true"]').waitFor({ timeout: 15_000 });
  assert(page.url().endsWith('/app/cases/new'), 'a refused case is not created');
  await kbi.fill('');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await page.waitForURL(/\/app\/cases\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.locator('main h1', { hasText: TITLE }).waitFor();
  await waitForStatus(page, 'Aangemeld');
  const made = await caseFromApi(page, id);
  assertEqual(made.status, 'registered', 'a new guidance case is registered');
  assert(
    made.people.some((p) => p.name.includes('Amal')),
    'the new client is linked',
  );
  await scan(page, 'cases-detail-registered');
  return id;
}

async function runIntake(page: Page, id: string): Promise<void> {
  await move(page, 'Intake');
  const facts = page.locator('section[aria-labelledby="cases-fields"]');
  await facts.getByRole('button', { name: 'Wijzigen' }).click();
  await facts.locator('select[name="residenceCategory"]').selectOption('refugee');
  await facts.locator('select[name="obligation"]').selectOption('compulsory');
  await facts.locator('input[name="arrivalDate"]').fill(dayAhead(-30));
  await facts.locator('textarea[name="languages"]').fill('ar\nfr');
  await facts.locator('input[name="family.children"]').fill('2');
  await facts.locator('select[name="schooling.level"]').selectOption('secondary');
  await facts.locator('select[name="work.situation"]').selectOption('jobseeker');
  await facts.locator('textarea[name="needs"]').fill('huisvesting\nkinderopvang');
  await facts.locator('input[name="kbiReference"]').fill(`KBI-${STAMP}`);
  await facts.getByRole('button', { name: 'Bewaren' }).click();
  await facts.locator('dd', { hasText: 'Erkend vluchteling' }).waitFor({ timeout: 15_000 });
  // The rules make a registration deadline for a compulsory newcomer in intake.
  await page.locator('[data-deadline="guidance_registration"]').waitFor();
  const detail = await caseFromApi(page, id);
  assertEqual(detail.status, 'intake', 'status after the intake');
  assertEqual(detail.fields.residenceCategory, 'refugee', 'residence category stored');
  assertEqual(detail.fields.family, { children: 2 }, 'family stored as a group');
  assertEqual(detail.fields.kbiReference, `KBI-${STAMP}`, 'KBI reference stored');
  assert(typeof detail.fields.intakeOn === 'string', 'the intake date is set on entering intake');
  await scan(page, 'cases-detail-intake');
}

async function planTrajectory(page: Page, id: string): Promise<void> {
  await move(page, 'Contract getekend');
  const start = page.getByRole('button', { name: 'Naar “In traject”' });
  assert(await start.isDisabled(), 'the trajectory cannot start before a part is planned');
  const plan = page.locator('section[aria-labelledby="cases-trajectory"]');
  await plan.getByRole('button', { name: 'Onderdelen plannen of wijzigen' }).click();
  const parts: [string, string, string][] = [
    ['socialOrientation', 'Maatschappelijke oriëntatie', 'Agentschap Integratie en Inburgering'],
    ['dutch', 'Nederlands (NT2)', 'Huis van het Nederlands Gent'],
    ['vdab', 'Inschrijving VDAB', 'VDAB Gent'],
    ['participation', 'Participatie en netwerk', 'Buurtcentrum'],
  ];
  for (const [key, label, provider] of parts) {
    await plan.getByLabel(`Opgenomen in het traject: ${label}`).check();
    await plan.locator(`input[name="${key}.provider"]`).fill(provider);
    await plan.locator(`input[name="${key}.startsOn"]`).fill(dayAhead(7));
  }
  await plan.locator('select[name="dutch.level"]').selectOption('A2');
  await plan.locator('select[name="socialOrientation.status"]').selectOption('running');
  await plan.getByRole('button', { name: 'Traject bewaren' }).click();
  await plan.locator('.cases-parts [data-part="participation"]').waitFor({ timeout: 15_000 });
  const detail = await caseFromApi(page, id);
  const trajectory = detail.fields.trajectory;
  assert(typeof trajectory === 'object' && trajectory !== null, 'a trajectory is stored');
  assertEqual(
    Object.keys(trajectory).sort(),
    ['dutch', 'participation', 'socialOrientation', 'vdab'],
    'four parts',
  );
  const dutch: unknown = Reflect.get(trajectory, 'dutch');
  assert(typeof dutch === 'object' && dutch !== null, 'the Dutch part is stored');
  const part = (key: string) => Reflect.get(dutch, key);
  assertEqual(
    [part('status'), part('provider'), part('startsOn'), part('level')],
    ['planned', 'Huis van het Nederlands Gent', dayAhead(7), 'A2'],
    'the Dutch part',
  );
  await move(page, 'In traject');
  assertEqual((await caseFromApi(page, id)).status, 'trajectory', 'status after planning');
  await scan(page, 'cases-detail-trajectory');
}

async function referToPartner(page: Page, id: string, partner: string): Promise<void> {
  await page.getByRole('tab', { name: 'Doorverwijzingen' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('Partner zoeken op naam').fill(partner);
  const select = panel.locator('select[name="organisationId"]');
  await select
    .locator('option', { hasText: partner })
    .first()
    .waitFor({ state: 'attached', timeout: 15_000 });
  const value = await select.locator('option', { hasText: partner }).first().getAttribute('value');
  await select.selectOption(value ?? '');
  await panel.locator('textarea[name="referralReason"]').fill('Inschrijving voor Nederlands niveau 1.2');
  await panel.getByRole('button', { name: 'Doorverwijzen', exact: true }).click();
  await panel
    .locator('[data-referral="referral"]', { hasText: `Doorverwezen naar ${partner}` })
    .waitFor({ timeout: 15_000 });
  const answer = await page.request.get(`/api/cases/${id}/referrals`);
  assertEqual(answer.status(), 200, 'GET referrals');
  const referrals = CaseReferralListSchema.parse(await answer.json()).items;
  assert(
    referrals.some((r) => r.kind === 'referral' && r.organisation?.name === partner && r.status === 'sent'),
    `a referral to ${partner} is recorded`,
  );
  await scan(page, 'cases-detail-referral');
}

/** A task with a due date and a confidential note, then the other tabs, each scanned. */
async function tasksAndNotes(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Taken' }).click();
  let panel = page.getByRole('tabpanel');
  await panel.getByLabel('Wat moet er gebeuren?').fill('Attest taalniveau opvragen');
  await panel.getByLabel('Uiterlijk op').fill(dayAhead(10));
  await panel.getByRole('button', { name: 'Taak toevoegen' }).click();
  await panel.getByLabel('Attest taalniveau opvragen').waitFor({ timeout: 15_000 });
  await scan(page, 'cases-detail-tasks');
  await page.getByRole('tab', { name: 'Notities' }).click();
  panel = page.getByRole('tabpanel');
  await panel.locator('textarea[name="noteBody"]').fill('Cliënt vraagt hulp bij huisvesting.');
  await panel.getByLabel('Vertrouwelijk', { exact: false }).check();
  await panel.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await panel
    .locator('.cases-note', { hasText: 'Cliënt vraagt hulp bij huisvesting.' })
    .waitFor({ timeout: 15_000 });
  assert(
    (await panel.locator('.cases-note .badge').first().textContent()) === 'vertrouwelijk',
    'marked confidential',
  );
  await scan(page, 'cases-detail-notes');
  for (const tab of ['Documenten', 'Contacten']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tabpanel').locator('form').waitFor();
    await scan(page, `cases-detail-${tab.toLowerCase()}`);
  }
}

async function bookAppointment(page: Page, id: string): Promise<void> {
  await page.getByRole('tab', { name: 'Afspraken' }).click();
  const panel = page.getByRole('tabpanel');
  const day = dayAhead(14);
  await panel.locator('input[name="date"]').fill(day);
  await panel.locator('input[name="time"]').fill('10:00');
  await panel.getByLabel('Duur in minuten').fill('45');
  await panel.getByLabel('Plaats').fill('Onthaalbureau lokaal 2');
  await panel.getByRole('button', { name: 'Afspraak maken' }).click();
  const item = panel.locator('[data-appointment]').first();
  await item.waitFor({ timeout: 15_000 });
  assert((await item.textContent())?.includes('10:00') === true, 'the appointment shows its time');
  const href = await item.locator('a.cases-ics').getAttribute('href');
  assert(href, 'the appointment links its .ics');
  const ics = await page.request.get(href);
  assertEqual(ics.status(), 200, 'the .ics answers');
  const text = await ics.text();
  assert(
    text.includes('BEGIN:VCALENDAR') && text.includes('Onthaalbureau lokaal 2'),
    'an iCalendar with the place',
  );
  const answer = await page.request.get(`/api/cases/${id}/appointments`);
  const items = CaseAppointmentListSchema.parse(await answer.json()).items;
  assertEqual(items.length, 1, 'one appointment');
  assertEqual(
    Date.parse(items[0]?.endsAt ?? '') - Date.parse(items[0]?.startsAt ?? ''),
    45 * 60_000,
    'it lasts 45 minutes',
  );
  await scan(page, 'cases-detail-appointment');

  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  await page.getByRole('tabpanel').locator('.cases-timeline li').first().waitFor({ timeout: 15_000 });
  await scan(page, 'cases-detail-timeline');
}

/** The current filters kept under a name: listed as a button, and stored with the search text. */
async function keepFilter(page: Page): Promise<void> {
  const name = `Mijn e2e-filter ${STAMP}`;
  await page.getByLabel('Naam van de filter').fill(name);
  await page.getByRole('button', { name: 'Huidige filters bewaren' }).click();
  await page.getByRole('button', { name: `Toepassen: ${name}` }).waitFor({ timeout: 15_000 });
  const answer = await page.request.get('/api/cases/filters');
  assertEqual(answer.status(), 200, 'GET /api/cases/filters');
  const kept = SavedFilterListSchema.parse(await answer.json()).items.find((f) => f.name === name);
  assertEqual(kept?.query.q, TITLE, 'the saved filter keeps the search text');
  await scan(page, 'cases-list-filtered');
}

async function counsellorRunsCase(ctx: Ctx): Promise<string> {
  return withPage(ctx, { locale: 'nl-BE' }, async (page) => {
    const id = await createGuidanceCase(page);
    await runIntake(page, id);
    await planTrajectory(page, id);
    await tasksAndNotes(page);
    await referToPartner(page, id, await ensurePartner(ctx));
    await bookAppointment(page, id);
    // The list finds it by its title, and the workload table answers.
    await page.getByRole('link', { name: 'Terug naar de dossiers' }).click();
    await page.getByLabel('Zoeken (titel of referentie)').fill(TITLE);
    await page.getByRole('button', { name: 'Filteren', exact: true }).click();
    await page.locator('.cases-table tbody tr', { hasText: TITLE }).waitFor({ timeout: 15_000 });
    await keepFilter(page);
    await page.getByRole('link', { name: 'Werklast' }).click();
    await page.locator('main h1', { hasText: 'Werklast per consulent' }).waitFor();
    await page.locator('main table tbody tr').first().waitFor({ timeout: 15_000 });
    await scan(page, 'cases-workload');
    return id;
  });
}

async function otherTeamIsRefused(ctx: Ctx, id: string): Promise<void> {
  await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
    await signInAs(page, 'counsellor.b');
    await page.goto(`/app/cases/${id}`);
    await page.locator('.cases-refused[data-status="403"]').waitFor({ timeout: 15_000 });
    await page.locator('main h1', { hasText: 'Geen toegang' }).waitFor();
    assert(
      (await page.locator('main').textContent())?.includes(TITLE) === false,
      'nothing of the case shows',
    );
    const answer = await page.request.get(`/api/cases/${id}`);
    assertEqual(answer.status(), 403, 'the API refuses her too');
    await scan(page, 'cases-refused');
  });
  await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
    await signInAs(page, 'admin');
    const answer = await page.request.get('/api/admin/audit', {
      params: { entityId: id, action: 'case.access_refused' },
    });
    assertEqual(answer.status(), 200, 'audit search');
    assert(AuditListSchema.parse(await answer.json()).total >= 1, 'the refused attempt is audited');
  });
}

const check: Check = {
  name: 'cases: a counsellor runs an intake, plans the trajectory, refers to a partner and books an appointment; another team is refused',
  run: async (ctx) => {
    const id = await counsellorRunsCase(ctx);
    await otherTeamIsRefused(ctx, id);
  },
};

export const casesChecks: readonly Check[] = [check];
