import type { APIRequestContext, Page } from 'playwright-core';
import { CandidateListSchema } from '../contracts/interpreting-dispatch.ts';
import { InterpreterSchema } from '../contracts/interpreting-register.ts';
import {
  CreatedInterpretingRequestSchema,
  InterpretingRequestSchema,
} from '../contracts/interpreting-requests.ts';
import { addWeekdays, brusselsInstant, brusselsParts } from '../web/features/interpreting/brussels.ts';
import { languageName } from '../web/features/interpreting/i18n.ts';
import { interpretingNl as nl } from '../web/features/interpreting/messages-nl.ts';
import { assert, assertEqual, type Check, type Ctx, horizontalOverflow, scan, withPage } from './harness.ts';

/**
 * Social interpreting in the browser, on the demo data: a requester books an on-site Arabic session,
 * a dispatcher assigns the best candidate, and the interpreter's calendar feed carries the job; every
 * new page passes axe. One scenario in steps that share what the previous step made.
 */

const PASSWORD = 'wegwijs-demo';

type Booking = { id: string; reference: string; date: string };
let booking: Booking | null = null;
let assignedInterpreterId: string | null = null;

async function signIn(page: Page, role: string): Promise<void> {
  await page.goto('/app/login');
  await page.locator('input[name="email"]').fill(`${role}@demo.wegwijs.test`);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/app/login'), { timeout: 15_000 });
  await page.locator('nav.app-nav').waitFor({ state: 'attached' });
}

/** The page's own heading, then no loading placeholder left: the state axe should judge. */
async function settled(page: Page, title: string): Promise<void> {
  await page.locator('main h1', { hasText: title }).first().waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 15_000 });
}

/** Picks an option of a React Aria select by its visible label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const field = page.locator('.field').filter({ has: page.locator('.field__label', { hasText: label }) });
  await field.locator('button.select__button').click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

const need = <T>(value: T | null, what: string): T => {
  assert(value !== null, `${what} is missing: an earlier step failed`);
  return value;
};

const requesterBooks: Check = {
  name: 'interpreting: the requester books an on-site Arabic session and sees its reference',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'requester');
      await page.locator('nav.app-nav [data-nav="interpreting.book"]').click();
      await settled(page, nl['title.book']);
      await scan(page, 'interpreting-book');
      // An empty form first: the errors appear next to the fields and pass axe too.
      await page.getByRole('button', { name: nl['book.submit'] }).click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await scan(page, 'interpreting-book-errors');

      // Four weekdays ahead: past the two-working-day lead time even with a public holiday.
      const date = addWeekdays(brusselsParts(new Date()).date, 4);
      await choose(page, nl['book.language'], languageName('ar'));
      await page.locator('input[name="date"]').fill(date);
      await page.locator('input[name="time"]').fill('10:00');
      await page.locator('input[name="durationMinutes"]').fill('60');
      await page.locator('input[name="address"]').fill('Kongostraat 42, 9000 Gent');
      await choose(page, nl['book.sector'], nl['sector.education']);
      await choose(page, nl['book.conversationType'], nl['conversation.parent_meeting']);
      await page.locator('input[name="clientReference"]').fill('K-E2E');
      await page.getByRole('button', { name: nl['book.submit'] }).click();

      const done = page.locator('[data-reference]');
      await done.waitFor({ timeout: 15_000 });
      const reference = (await done.getAttribute('data-reference')) ?? '';
      assert(/^T-\d{4}-\d+$/.test(reference), `a reference like T-2027-000123, got "${reference}"`);
      assert(((await done.textContent()) ?? '').includes(reference), 'the reference is shown');
      const href = (await done.getByRole('link').getAttribute('href')) ?? '';
      const id = href.split('/').pop() ?? '';
      await scan(page, 'interpreting-book-done');
      booking = { id, reference, date };

      // The request is in her list, and its page shows it with the cancel button.
      await page.locator('nav.app-nav [data-nav="interpreting.myRequests"]').click();
      await settled(page, nl['title.myRequests']);
      await page.locator(`[data-request-link="${reference}"]`).waitFor();
      await scan(page, 'interpreting-my-requests');
      await page.locator(`[data-request-link="${reference}"]`).click();
      await settled(page, reference);
      await page.getByRole('button', { name: nl['detail.cancel'] }).click();
      await page.getByRole('dialog').waitFor();
      assertEqual(
        await page.locator('[data-cancellation-preview]').getAttribute('data-cancellation-preview'),
        'free',
        'cancelling days ahead is announced as free',
      );
      await scan(page, 'interpreting-cancel-dialog');
      await page.getByRole('button', { name: nl['detail.cancelKeep'] }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await page.locator('nav.app-nav [data-nav="interpreting.invoices"]').click();
      await settled(page, nl['title.invoices']);
      await page.locator('.table__row, .state--empty').first().waitFor();
      await scan(page, 'interpreting-invoices');
      // When her organisation has an invoice, its PDF link answers a PDF.
      const pdf = page.getByRole('link', { name: /^PDF/ }).first();
      if ((await pdf.count()) > 0) {
        const file = await page.request.get(need(await pdf.getAttribute('href'), 'PDF link'));
        assertEqual(file.headers()['content-type'], 'application/pdf', 'invoice PDF');
      }
    }),
};

const dispatcherAssigns: Check = {
  name: 'interpreting: the dispatcher finds the request in the queue, sees ranked candidates, assigns the first',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      const { reference, date } = requireBooking();
      await signIn(page, 'dispatcher');
      await page.goto(`/app/interpreting/queue?language=ar&from=${date}&to=${date}`);
      await settled(page, nl['title.queue']);
      const link = page.locator(`[data-request-link="${reference}"]`);
      await link.waitFor();
      await scan(page, 'interpreting-queue');
      await link.click();
      await settled(page, reference);

      const first = page.locator('li[data-candidate]').first();
      await first.waitFor({ timeout: 15_000 });
      assignedInterpreterId = await first.getAttribute('data-candidate');
      assert((await first.locator('.interp-reasons li').count()) > 0, 'the candidate carries its reasons');
      const reasons = (await first.locator('.interp-reasons').textContent()) ?? '';
      assert(!reasons.includes('interpreting.'), `reasons are Dutch sentences, got "${reasons}"`);
      await scan(page, 'interpreting-candidates');

      // "Why not?" for the first candidate herself answers that she is eligible.
      await page.locator('input[name="interpreter"]').fill(need(assignedInterpreterId, 'candidate id'));
      await page.getByRole('button', { name: nl['dispatch.whyNotAsk'] }).click();
      await page.locator('.interp-notice--success, .interp-notice--warning').first().waitFor();
      await scan(page, 'interpreting-why-not');

      await first.getByRole('button', { name: nl['dispatch.assign'] }).click();
      await page.locator('.toast--success').waitFor();
      await page.locator('[data-status="assigned"]').waitFor();
      await scan(page, 'interpreting-assigned');
    }),
};

function requireBooking(): Booking {
  return need(booking, 'the booking of the first step');
}

/** An API session of a demo account, for what the scenario sets up or checks outside the browser. */
async function asUser<T>(ctx: Ctx, role: string, fn: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const context = await ctx.browser.newContext({
    baseURL: ctx.baseUrl,
    extraHTTPHeaders: { origin: ctx.baseUrl },
  });
  try {
    const login = await context.request.post('/api/auth/login', {
      data: { email: `${role}@demo.wegwijs.test`, password: PASSWORD },
    });
    assertEqual(login.status(), 200, `${role} sign-in`);
    return await fn(context.request);
  } finally {
    await context.close();
  }
}

const feedShowsJob: Check = {
  name: 'interpreting: the assigned interpreter’s calendar feed (URL from the API, as admin) holds the job',
  run: (ctx) =>
    asUser(ctx, 'admin', async (api) => {
      const { reference } = requireBooking();
      const interpreterId = need(assignedInterpreterId, 'the assigned interpreter');
      const profile = await api.get(`/api/interpreting/interpreters/${interpreterId}`);
      assertEqual(profile.status(), 200, 'interpreter profile');
      const { calendarUrl } = InterpreterSchema.parse(await profile.json());
      assert(calendarUrl, 'the admin gets the interpreter’s calendarUrl');
      const feed = await api.get(new URL(calendarUrl, ctx.baseUrl).href);
      assertEqual(feed.status(), 200, 'feed status');
      const body = await feed.text();
      assert(body.startsWith('BEGIN:VCALENDAR'), 'an iCalendar document');
      assert(body.includes(reference), `the feed names ${reference}`);
    }),
};

type Me = ReturnType<typeof InterpreterSchema.parse>;

/**
 * Fresh requests in her first language inside her weekly hours, on the weekdays from four ahead
 * (one of them is free of her demo jobs): deterministic, unlike picking from the demo month.
 */
async function bookForHer(ctx: Ctx, me: Me): Promise<{ id: string; reference: string }[]> {
  const first = need(me.languages[0] ?? null, 'a language of the demo interpreter');
  const today = brusselsParts(new Date()).date;
  return asUser(ctx, 'requester', async (api) => {
    const made: { id: string; reference: string }[] = [];
    for (let ahead = 4; ahead < 14 && made.length < 3; ahead++) {
      const date = addWeekdays(today, ahead);
      const weekday = brusselsParts(`${date}T12:00:00Z`).weekday;
      for (const window of me.weeklyAvailability.filter((w) => w.weekday === weekday)) {
        const body = {
          mode: 'phone',
          language: first.language,
          variant: first.variant,
          start: brusselsInstant(date, window.from),
          durationMinutes: 30,
          phoneNumber: '+32 9 210 10 10',
          sector: 'welfare',
          conversationType: 'intake',
          clientReference: `K-E2E-${ahead}`,
        };
        const answer = await api.post('/api/interpreting/requests', { data: body });
        if (answer.status() === 201) made.push(CreatedInterpretingRequestSchema.parse(await answer.json()));
      }
    }
    return made;
  });
}

/** Offers her a fresh job for which she is a candidate. */
async function offerJobTo(ctx: Ctx, me: Me): Promise<string> {
  return asUser(ctx, 'admin', async (api) => {
    const tryOffer = async (request: { id: string; reference: string }) => {
      const answer = await api.get(`/api/interpreting/requests/${request.id}/candidates`);
      if (!answer.ok()) return false;
      if (!CandidateListSchema.parse(await answer.json()).some((c) => c.interpreterId === me.id))
        return false;
      const sent = await api.post(`/api/interpreting/requests/${request.id}/offers`, {
        data: { interpreterIds: [me.id] },
      });
      assertEqual(sent.status(), 201, 'offer round');
      return true;
    };
    for (const request of await bookForHer(ctx, me)) if (await tryOffer(request)) return request.reference;
    throw new Error('no request could be booked with the demo interpreter among its candidates');
  });
}

async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  assert((await horizontalOverflow(page)) <= 0, `${what} fits a 360 px phone without sideways scrolling`);
}

const interpreterWorks: Check = {
  name: 'interpreting: on a phone the interpreter accepts an offer, sees her agenda and feed link, reports a timesheet',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE', viewport: { width: 360, height: 740 } }, async (page) => {
      await signIn(page, 'interpreter');
      const me = InterpreterSchema.parse(await (await page.request.get('/api/interpreting/me')).json());
      const reference = await offerJobTo(ctx, me);

      await page.goto('/app/interpreting/offers');
      await settled(page, nl['title.offers']);
      const card = page.locator(`[data-offer="${reference}"]`);
      await card.waitFor();
      await noSidewaysScroll(page, 'the offers');
      await scan(page, 'interpreting-offers');
      await card.getByRole('button', { name: nl['offers.accept'] }).click();
      await page.locator('.toast--success').waitFor();
      await card.waitFor({ state: 'detached' });

      await page.goto('/app/interpreting/agenda');
      await settled(page, nl['title.agenda']);
      await page.locator(`.interp-card[data-reference="${reference}"]`).waitFor();
      const feedUrl = await page.locator('input[name="calendarUrl"]').inputValue();
      assert(feedUrl.includes('/calendar.ics?token='), `the feed link is shown, got "${feedUrl}"`);
      await noSidewaysScroll(page, 'the agenda');
      await scan(page, 'interpreting-agenda');

      // A past job of the demo month without a timesheet: she reports it, and the card says so.
      const job = page.locator('.interp-card').filter({
        has: page.getByRole('button', { name: nl['agenda.timesheetOpen'] }),
      });
      if ((await job.count()) === 0) return;
      const assignment = need(await job.first().getAttribute('data-assignment'), 'assignment id');
      await job.first().getByRole('button', { name: nl['agenda.timesheetOpen'] }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByLabel(nl['timesheet.waiting']).fill('10');
      await dialog.getByLabel(nl['timesheet.km']).fill('12,5');
      await scan(page, 'interpreting-timesheet');
      await dialog.getByRole('button', { name: nl['timesheet.submit'] }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator(`[data-assignment="${assignment}"] [data-timesheet="submitted"]`).waitFor();
    }),
};

const requesterCancels: Check = {
  name: 'interpreting: the requester cancels days ahead and is told by the server that it was free',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      const { id, reference } = requireBooking();
      await signIn(page, 'requester');
      await page.goto(`/app/interpreting/requests/${id}`);
      await settled(page, reference);
      await page.getByRole('button', { name: nl['detail.cancel'] }).click();
      await page.getByRole('dialog').waitFor();
      await page.getByRole('button', { name: nl['detail.cancelConfirm'] }).click();
      const outcome = page.locator('[data-cancel-outcome]');
      await outcome.waitFor();
      assertEqual(((await outcome.textContent()) ?? '').trim(), nl['detail.cancelledFree'], 'server verdict');
      await page.locator('[data-status="cancelled"]').waitFor();
      await scan(page, 'interpreting-cancelled');
    }),
};

/**
 * Self-contained (it books its own request), so `E2E_ONLY` can run it alone: the requester opens
 * "Wijzigen", is warned about releasing the interpreter, first gets the lead-time error under the
 * date, then moves the session to 11:30 and sees the new time on the page.
 */
const requesterChanges: Check = {
  name: 'interpreting: the requester changes the time of a request in the browser and sees the change',
  run: async (ctx) => {
    const date = addWeekdays(brusselsParts(new Date()).date, 5);
    const made = await asUser(ctx, 'requester', async (api) => {
      const answer = await api.post('/api/interpreting/requests', {
        data: {
          mode: 'on_site',
          language: 'ar',
          start: brusselsInstant(date, '09:00'),
          durationMinutes: 60,
          address: 'Kongostraat 42, 9000 Gent',
          sector: 'education',
          conversationType: 'parent_meeting',
          clientReference: 'K-E2E-CHANGE',
        },
      });
      assertEqual(answer.status(), 201, 'booking to change');
      return CreatedInterpretingRequestSchema.parse(await answer.json());
    });
    await withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'requester');
      await page.goto(`/app/interpreting/requests/${made.id}`);
      await settled(page, made.reference);
      await page.getByRole('button', { name: nl['change.open'], exact: true }).click();
      const form = page.locator('[data-change-form]');
      await form.waitFor();
      await form.locator('[data-release-notice]').waitFor();
      await scan(page, 'interpreting-change');

      // Tomorrow's weekday is inside the lead time: the server's error lands under the date.
      await form.locator('input[name="date"]').fill(addWeekdays(brusselsParts(new Date()).date, 1));
      await form.getByRole('button', { name: nl['change.submit'] }).click();
      await form.locator('input[name="date"][aria-invalid="true"]').waitFor();
      await scan(page, 'interpreting-change-errors');

      await form.locator('input[name="date"]').fill(date);
      await form.locator('input[name="time"]').fill('11:30');
      await form.getByRole('button', { name: nl['change.submit'] }).click();
      await page.locator('[data-outcome]').waitFor();
      await form.waitFor({ state: 'detached' });
      const facts = (await page.locator('.interp-facts').textContent()) ?? '';
      assert(facts.includes('11:30–12:30'), `the page shows the new time, got "${facts}"`);
    });
    const after = await asUser(ctx, 'requester', async (api) =>
      InterpretingRequestSchema.parse(await (await api.get(`/api/interpreting/requests/${made.id}`)).json()),
    );
    assertEqual(
      Date.parse(after.start),
      Date.parse(need(brusselsInstant(date, '11:30'), 'new start')),
      'the server holds the new start',
    );
  },
};

/** The current Brussels quarter, e.g. "2026-Q4": the demo month's approved sessions fall in it. */
const thisQuarter = () => {
  const [year, month] = brusselsParts(new Date()).date.split('-').map(Number);
  return `${year}-Q${Math.ceil((month ?? 1) / 3)}`;
};

const requesterInvoice: Check = {
  name: 'interpreting: billing drafts the quarter’s invoice; the requester downloads it as PDF, CSV and XLSX',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'requester');
      const request = await page.request.get(`/api/interpreting/requests/${requireBooking().id}`);
      const { organisationId } = InterpretingRequestSchema.parse(await request.json());
      const drafted = await asUser(ctx, 'admin', (api) =>
        api.post('/api/interpreting/invoices', { data: { organisationId, quarter: thisQuarter() } }),
      );
      if (drafted.status() === 409)
        return console.log('      (nothing to invoice this quarter: links not checked)');
      assertEqual(drafted.status(), 201, 'invoice drafted');
      await page.goto('/app/interpreting/invoices');
      await settled(page, nl['title.invoices']);
      await page.locator('.table__row').first().waitFor();
      await scan(page, 'interpreting-invoices-list');
      for (const [format, type] of [
        ['PDF', 'application/pdf'],
        ['CSV', 'text/csv'],
        ['XLSX', 'spreadsheet'],
      ] as const) {
        const href = need(
          await page
            .getByRole('link', { name: new RegExp(`^${format}`) })
            .first()
            .getAttribute('href'),
          format,
        );
        const file = await page.request.get(href);
        assertEqual(file.status(), 200, `${format} download`);
        assert((file.headers()['content-type'] ?? '').includes(type), `${format} is ${type}`);
      }
    }),
};

const requesterInvites: Check = {
  name: 'interpreting: a requester invites a colleague of her organisation, who gets a requester account',
  run: (ctx) =>
    withPage(ctx, { locale: 'nl-BE' }, async (page) => {
      await signIn(page, 'requester');
      await page.goto('/app/interpreting/requests');
      await settled(page, nl['title.myRequests']);
      const email = `collega-${Date.now()}@example.test`;
      await page.getByLabel(nl['invite.name']).fill('Collega Testpersoon');
      await page.getByLabel(nl['invite.email']).fill(email);
      await page.getByRole('button', { name: nl['invite.submit'] }).click();
      await page.getByRole('status').filter({ hasText: email }).waitFor();
      await scan(page, 'interpreting-invite-colleague');
      // The account exists, in the requester's organisation, with the requester role only.
      const users = await asUser(ctx, 'admin', async (api) =>
        (await api.get('/api/admin/users', { params: { q: email } })).json(),
      );
      const me = await (await page.request.get('/api/auth/me')).json();
      const invited = (users.items as { email: string; roles: string[]; organisationId: string }[]).find(
        (u) => u.email === email,
      );
      assert(invited !== undefined, 'the invited account exists');
      assertEqual(invited?.roles, ['requester'], 'requester role only');
      assertEqual(invited?.organisationId, me.organisationId, 'same organisation');
    }),
};

export const interpretingChecks: readonly Check[] = [
  requesterBooks,
  dispatcherAssigns,
  feedShowsJob,
  interpreterWorks,
  requesterCancels,
  requesterInvoice,
  requesterChanges,
  requesterInvites,
];
