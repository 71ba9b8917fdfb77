import type { Page } from 'playwright-core';
import { CaseAppointmentListSchema, CaseAppointmentSchema } from '../contracts/case-work.ts';
import { CaseDetailSchema } from '../contracts/cases.ts';
import { CaseEligibilitySchema } from '../contracts/scholarships.ts';
import { assert, assertEqual, type Check, type Ctx, scan, signInAs, withPage } from './harness.ts';

/**
 * Issue 6, the parts of a case page the first browser check (e2e/cases.ts) does not walk: the
 * higher-education steps editor, the diploma recognition documents checklist, the scholarship
 * eligibility panel, and the interpreter of an appointment — booked with it, and asked afterwards
 * with "Tolk aanvragen". Each as the demo counsellor, on a case she opens through the API; each step
 * checked on the page and through the API, and scanned with axe.
 */

const STAMP = Date.now().toString(36);

/** A calendar day `days` ahead (UTC), moved to Monday when it falls in a weekend. */
function dayAhead(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const weekday = date.getUTCDay();
  if (weekday === 6) date.setUTCDate(date.getUTCDate() + 2);
  if (weekday === 0) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A value with its object keys sorted, so a stored JSON compares whatever order it keeps. */
function canonical(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
}

/** The case as the API answers it now. */
async function caseFromApi(page: Page, id: string) {
  const answer = await page.request.get(`/api/cases/${id}`);
  assertEqual(answer.status(), 200, 'GET /api/cases/{id}');
  return CaseDetailSchema.parse(await answer.json());
}

/** Signs in as the demo counsellor, opens a case of her team through the API and shows its page. */
async function openCasePage(page: Page, ctx: Ctx, body: Record<string, unknown>): Promise<string> {
  await signInAs(page, 'counsellor');
  const made = await page.request.post('/api/cases', {
    data: body,
    headers: { origin: ctx.baseUrl },
  });
  assertEqual(made.status(), 201, `POST /api/cases (${String(body.type)}): ${await made.text()}`);
  const { id } = CaseDetailSchema.pick({ id: true }).parse(await made.json());
  await page.goto(`/app/cases/${id}`);
  await page.locator('main h1', { hasText: String(body.title) }).waitFor({ timeout: 15_000 });
  return id;
}

const stepsEditor: Check = {
  name: 'cases editors: the higher-education steps are planned in their editor and shown as a timeline',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      const title = `Hoger onderwijs e2e ${STAMP}`;
      const id = await openCasePage(page, ctx, {
        type: 'higher_education',
        title,
        language: 'ar',
        fields: { dutchLevel: 'B1' },
      });
      const card = page.locator('section[aria-labelledby="cases-steps"]');
      await card.getByText('Nog geen stappen gepland.').waitFor();
      // Dutch below B2: the editor hints at the proof of Dutch.
      await card
        .getByRole('note')
        .getByText(/Niveau Nederlands B1/u)
        .waitFor();
      await card.getByRole('button', { name: 'Stappen plannen of bijwerken' }).click();
      await card.getByLabel('Status (Informatie)').selectOption('done');
      // Done in the future is refused on the page, under its field, and nothing is saved.
      await card.getByLabel('Rond op (Informatie)').fill(dayAhead(5));
      await card.getByRole('button', { name: 'Stappen bewaren' }).click();
      await card.locator('input[name="information.doneOn"][aria-invalid="true"]').waitFor();
      assertEqual((await caseFromApi(page, id)).fields.steps, undefined, 'a refused plan is not stored');
      await card.getByLabel('Rond op (Informatie)').fill(dayAhead(-20));
      await card.getByLabel('Uitkomst (Informatie)').selectOption('positive');
      await card.getByLabel('Status (Studiekeuzegesprek)').selectOption('doing');
      await card.getByLabel('Gepland op (Studiekeuzegesprek)').fill(dayAhead(7));
      await card.getByLabel('Status (Bewijs Nederlands B2)').selectOption('todo');
      await card.getByLabel('Gepland op (Bewijs Nederlands B2)').fill(dayAhead(30));
      await scan(page, 'cases-editors-steps-form');
      await card.getByRole('button', { name: 'Stappen bewaren' }).click();
      await card.locator('.cases-steps li[data-step="information"][data-status="done"]').waitFor({
        timeout: 15_000,
      });
      await card.getByText('1 van 3 geplande stappen rond').waitFor();
      assertEqual(
        await card.locator('.cases-steps li').evaluateAll((items) => items.map((li) => li.dataset.step)),
        ['information', 'studyChoice', 'dutchProof'],
        'the timeline follows the order of the steps',
      );
      const steps = (await caseFromApi(page, id)).fields.steps;
      assertEqual(
        canonical(steps),
        canonical({
          information: { status: 'done', doneOn: dayAhead(-20), outcome: 'positive' },
          studyChoice: { status: 'doing', plannedOn: dayAhead(7) },
          dutchProof: { status: 'todo', plannedOn: dayAhead(30) },
        }),
        'the steps stored',
      );
      await scan(page, 'cases-editors-steps');
    }),
};

const checklistEditor: Check = {
  name: 'cases editors: the diploma recognition checklist takes the NARIC standard list and counts what is missing',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      const title = `Gelijkschakeling e2e ${STAMP}`;
      const id = await openCasePage(page, ctx, {
        type: 'diploma_recognition',
        title,
        language: 'ar',
        fields: { diploma: { title: 'Bachelor Verpleegkunde', country: 'Syrië', level: 'bachelor' } },
      });
      const card = page.locator('section[aria-labelledby="cases-checklist"]');
      await card.getByText('Nog geen checklist. Voeg de standaardlijst van NARIC toe.').waitFor();
      await card.getByRole('button', { name: 'Checklist bijwerken' }).click();
      await card.getByRole('button', { name: 'Standaardlijst NARIC aanvullen' }).click();
      const lines = card.locator('fieldset[data-line]');
      await lines.first().waitFor();
      const count = await lines.count();
      assert(count >= 2, `the standard list has several documents (${count})`);
      const first = (await card.locator('input[name="checklist.0.item"]').inputValue()).trim();
      assert(first.length > 0, 'the first standard document has a name');
      await card.locator('select[name="checklist.0.status"]').selectOption('received');
      // Receiving it fills today's date; a line of one's own is added at the end.
      assert((await card.locator('input[name="checklist.0.receivedOn"]').inputValue()) !== '', 'received on');
      await card.getByRole('button', { name: 'Document toevoegen' }).click();
      await card.locator(`input[name="checklist.${count}.item"]`).fill(`Attest e2e ${STAMP}`);
      await card.locator(`select[name="checklist.${count}.status"]`).selectOption('translation_needed');
      await scan(page, 'cases-editors-checklist-form');
      await card.getByRole('button', { name: 'Checklist bewaren' }).click();
      await card.locator('table.cases-checklist tbody tr').first().waitFor({ timeout: 15_000 });
      assertEqual(await card.locator('table.cases-checklist tbody tr').count(), count + 1, 'rows shown');
      await card.getByText(`1 van ${count + 1} ontvangen`, { exact: false }).waitFor();
      await card.locator('.cases-missing', { hasText: `Attest e2e ${STAMP}` }).waitFor();
      const stored = (await caseFromApi(page, id)).fields.checklist;
      assert(Array.isArray(stored), 'a checklist is stored');
      assertEqual(stored.length, count + 1, 'every line stored');
      assertEqual(
        [Reflect.get(stored[0], 'item'), Reflect.get(stored[0], 'status')],
        [first, 'received'],
        'the first document is received',
      );
      assert(typeof Reflect.get(stored[0], 'receivedOn') === 'string', 'with the day it came in');
      assertEqual(Reflect.get(stored[count], 'status'), 'translation_needed', 'the own line');
      await scan(page, 'cases-editors-checklist');
    }),
};

const eligibilityPanel: Check = {
  name: 'cases editors: the scholarship eligibility panel gives the verdict per rule and follows an edit of the fields',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      const title = `Beurs e2e ${STAMP}`;
      const id = await openCasePage(page, ctx, {
        type: 'scholarship',
        title,
        language: 'ar',
        fields: {
          course: 'Nederlands niveau 3',
          courseLevel: 3,
          domicileGhent: true,
          residenceStatus: 'refugee',
          livingWage: true,
          secondaryFinished: true,
          goal: 'qualified_work',
          previousEnrolmentsSameLevel: 0,
        },
      });
      const panel = page.locator('section[aria-labelledby="cases-eligibility"]');
      await panel.locator('[data-eligible="true"]', { hasText: 'Komt in aanmerking' }).waitFor({
        timeout: 15_000,
      });
      const answer = await page.request.get(`/api/cases/${id}/eligibility`);
      assertEqual(answer.status(), 200, 'GET /api/cases/{id}/eligibility');
      const eligibility = CaseEligibilitySchema.parse(await answer.json());
      assertEqual(eligibility.eligible, true, 'the API agrees');
      assertEqual(
        await panel.locator('tbody tr[data-rule]').count(),
        eligibility.reasons.length,
        'one row per rule',
      );
      await panel
        .locator('tr[data-rule="domicileGhent"][data-passed="true"]', { hasText: 'Woont in Gent.' })
        .waitFor();
      await panel.getByText('Nog niet beoordeeld door de commissie.').waitFor();
      await scan(page, 'cases-editors-eligibility');

      // She moves out of Ghent: the fields change, the panel answers again with the reason.
      const facts = page.locator('section[aria-labelledby="cases-fields"]');
      await facts.getByRole('button', { name: 'Wijzigen' }).click();
      await facts.locator('select[name="domicileGhent"]').selectOption({ label: 'Nee' });
      await facts.getByRole('button', { name: 'Bewaren' }).click();
      await panel.locator('[data-eligible="false"]', { hasText: 'Komt niet in aanmerking' }).waitFor({
        timeout: 15_000,
      });
      await panel
        .locator('tr[data-rule="domicileGhent"][data-passed="false"]', { hasText: 'Woont niet in Gent.' })
        .waitFor();
      assertEqual((await caseFromApi(page, id)).fields.domicileGhent, false, 'the field stored');
      await scan(page, 'cases-editors-eligibility-refused');
    }),
};

/** The Afspraken tab of the case page, with the plan form filled for a day three weeks ahead. */
async function fillAppointment(page: Page, time: string, place: string) {
  await page.getByRole('tab', { name: 'Afspraken' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.locator('input[name="date"]').fill(dayAhead(21));
  await panel.locator('input[name="time"]').fill(time);
  await panel.getByLabel('Duur in minuten').fill('60');
  await panel.locator('input[name="location"]').fill(place);
  return panel;
}

async function appointmentsFromApi(page: Page, id: string) {
  const answer = await page.request.get(`/api/cases/${id}/appointments`);
  assertEqual(answer.status(), 200, 'GET appointments');
  return CaseAppointmentListSchema.parse(await answer.json()).items;
}

const interpreterBadge: Check = {
  name: 'cases editors: an appointment booked with an interpreter shows her request as a badge',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      const id = await openCasePage(page, ctx, {
        type: 'guidance',
        title: `Tolk e2e ${STAMP}`,
        language: 'ar',
      });
      const panel = await fillAppointment(page, '10:00', 'Sleepstraat 1, 9000 Gent');
      await panel.getByLabel('Tolk nodig').check();
      assertEqual(
        await panel.getByLabel('Taal van de tolk (taalcode, bv. ar)').inputValue(),
        'ar',
        "the case's language is proposed",
      );
      await panel.getByRole('button', { name: 'Afspraak maken' }).click();
      const badge = panel.locator('[data-appointment] [data-interpreter-status="submitted"]');
      await badge.waitFor({ timeout: 15_000 });
      const text = (await badge.textContent()) ?? '';
      assert(/^tolk aangevraagd · T-\d{4}-\d{6}$/u.test(text.trim()), `the badge reads "${text}"`);
      const [appointment] = await appointmentsFromApi(page, id);
      assertEqual(appointment?.interpreter?.status, 'submitted', 'the request is submitted');
      assert(text.includes(appointment?.interpreter?.reference ?? '?'), 'the badge names its reference');
      const item = panel.locator(`[data-appointment="${appointment?.id}"]`);
      assertEqual(await item.getByRole('button', { name: 'Tolk aanvragen' }).count(), 0, 'no second request');
      await scan(page, 'cases-editors-interpreter-badge');
    }),
};

const askInterpreter: Check = {
  name: 'cases editors: "Tolk aanvragen" on an appointment already planned books the interpreter',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      const id = await openCasePage(page, ctx, {
        type: 'guidance',
        title: `Tolk later e2e ${STAMP}`,
        language: 'ps',
      });
      const panel = await fillAppointment(page, '14:00', 'Onthaalbureau lokaal 3, Gent');
      await panel.getByRole('button', { name: 'Afspraak maken' }).click();
      const item = panel.locator('[data-appointment]').first();
      await item.waitFor({ timeout: 15_000 });
      assertEqual(await item.locator('[data-interpreter-status]').count(), 0, 'planned without interpreter');
      await item.getByRole('button', { name: 'Tolk aanvragen' }).click();
      const form = item.getByRole('form', { name: /^Tolk aanvragen voor de afspraak op/u });
      const language = form.getByLabel('Taal van de tolk (taalcode, bv. ar)');
      assertEqual(await language.inputValue(), 'ps', "the case's language is proposed");
      // A language name instead of its code: refused on the page, nothing booked.
      await language.fill('Pasjtoe');
      await form.getByRole('button', { name: 'Tolk aanvragen' }).click();
      await form.locator('input[aria-invalid="true"]').waitFor();
      assertEqual((await appointmentsFromApi(page, id))[0]?.interpreter, null, 'nothing booked yet');
      await scan(page, 'cases-editors-ask-interpreter-form');
      await language.fill('ps');
      await form.getByRole('button', { name: 'Tolk aanvragen' }).click();
      const badge = item.locator('[data-interpreter-status="submitted"]');
      await badge.waitFor({ timeout: 15_000 });
      await form.waitFor({ state: 'detached' });
      assertEqual(
        await item.getByRole('button', { name: 'Tolk aanvragen' }).count(),
        0,
        'the action is gone',
      );
      const [appointment] = await appointmentsFromApi(page, id);
      assert(appointment?.interpreter, 'the appointment holds the request');
      assertEqual(appointment.interpreter.status, 'submitted', 'the request is submitted');
      assert(
        ((await badge.textContent()) ?? '').includes(appointment.interpreter.reference),
        'the badge names its reference',
      );
      assertEqual(appointment.sequence, 0, 'the calendar event did not change');
      // Asked twice (another tab): 409 problem+json, and still the one request.
      const again = await page.request.post(`/api/cases/${id}/appointments/${appointment.id}/interpreter`, {
        data: { language: 'ps' },
        headers: { origin: ctx.baseUrl },
      });
      assertEqual(again.status(), 409, 'a second request is refused');
      assert(String(again.headers()['content-type']).startsWith('application/problem+json'), 'problem+json');
      const after = CaseAppointmentSchema.array().parse(await appointmentsFromApi(page, id));
      assertEqual(after[0]?.interpretingRequestId, appointment.interpretingRequestId, 'the same request');
      await scan(page, 'cases-editors-ask-interpreter');
    }),
};

export const casesEditorsChecks: readonly Check[] = [
  stepsEditor,
  checklistEditor,
  eligibilityPanel,
  interpreterBadge,
  askInterpreter,
];
