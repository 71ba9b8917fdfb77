import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import { queryRows } from '../../../platform/db/index.ts';
import { addWorkingDays, brusselsDateTime } from '../../interpreting/index.ts';
import { parseIcs } from './ics.test-support.ts';
import { call, type Member, openCase, setUpWorkFixture, type WorkFixture } from './work.test-support.ts';

/** A Brussels wall-clock time `workingDays` working days ahead: past any interpreting lead time. */
function ahead(workingDays: number, time: string): string {
  return brusselsDateTime(addWorkingDays(new Date(), workingDays), time).toISOString();
}

describe('case appointments, their .ics and the timeline', () => {
  let f: WorkFixture;
  let caseId: string;
  let reference: string;

  beforeAll(async () => {
    f = await setUpWorkFixture();
    ({ id: caseId, reference } = await openCase(f.t, f.users.counsellorA, {
      type: 'guidance',
      title: 'Onthaal Amina Testnaam',
    }));
  });
  afterAll(() => f.t.close());

  const base = () => ({
    startsAt: ahead(10, '10:00'),
    endsAt: ahead(10, '11:00'),
    location: 'Onthaalbureau Noord',
  });

  it('plans, moves and cancels an appointment; the .ics follows with a stable UID and a growing SEQUENCE', async () => {
    const created = await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/appointments`, {
      ...base(),
      modality: 'on_site',
      notes: 'Meebrengen: verblijfskaart',
    });
    expect(created.statusCode, created.body).toBe(201);
    const appointment = created.json();
    expect(appointment).toMatchObject({
      status: 'planned',
      sequence: 0,
      counsellor: { id: f.users.counsellorA.id },
      interpretingRequestId: null,
    });
    const first = await call(f.t, f.users.colleagueA, 'GET', appointment.icsUrl);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/calendar/);
    const [before] = parseIcs(first.body).events;
    expect(before?.start.toISOString()).toBe(appointment.startsAt);
    expect(before?.sequence).toBe(0);
    // The case title names the client: it never reaches the calendar file, nor do the notes.
    expect(first.body).not.toContain('Amina');
    expect(first.body).not.toContain('verblijfskaart');
    expect(first.body).toContain(reference);

    const url = `/api/cases/${caseId}/appointments/${appointment.id}`;
    const startsAt = ahead(11, '14:00');
    const moved = await call(f.t, f.users.counsellorA, 'PATCH', url, {
      startsAt,
      endsAt: ahead(11, '15:00'),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ sequence: 1, startsAt });
    const cancelled = await call(f.t, f.users.counsellorA, 'PATCH', url, { status: 'cancelled' });
    expect(cancelled.json()).toMatchObject({ sequence: 2, status: 'cancelled' });
    const [after] = parseIcs((await call(f.t, f.users.counsellorA, 'GET', appointment.icsUrl)).body).events;
    expect(after).toMatchObject({ uid: before?.uid, sequence: 2, status: 'CANCELLED' });
    expect(after?.start.toISOString()).toBe(startsAt);
    const again = await call(f.t, f.users.counsellorA, 'PATCH', url, { startsAt: ahead(12, '10:00') });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CASE_WORK.APPOINTMENT_CLOSED');
    const list = (await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${caseId}/appointments`)).json();
    expect(list.items.map((item: { id: string }) => item.id)).toContain(appointment.id);
  });

  it('refuses another team (including the .ics) and bad input', async () => {
    const created = (
      await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/appointments`, {
        ...base(),
        modality: 'phone',
      })
    ).json();
    expect((await call(f.t, f.users.counsellorB, 'GET', created.icsUrl)).statusCode).toBe(403);
    expect(
      (await call(f.t, f.users.counsellorB, 'GET', `/api/cases/${caseId}/appointments`)).statusCode,
    ).toBe(403);
    const post = (body: object) =>
      call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/appointments`, body);
    expect((await post({ ...base(), endsAt: base().startsAt })).statusCode).toBe(400);
    expect((await post({ ...base(), modality: 'carrier_pigeon' })).statusCode).toBe(400);
    expect((await post({ ...base(), startsAt: '2027-01-12 10:00' })).statusCode).toBe(400);
    const stranger = await post({ ...base(), counsellorId: f.users.monitor.id });
    expect(stranger.json().code).toBe('CASE_WORK.UNKNOWN_USER');
    const url = `/api/cases/${caseId}/appointments/${created.id}`;
    const backwards = await call(f.t, f.users.counsellorA, 'PATCH', url, { endsAt: ahead(1, '08:00') });
    expect(backwards.statusCode).toBe(400);
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect(
      (await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${caseId}/appointments/${nobody}.ics`))
        .statusCode,
    ).toBe(404);
  });

  describe('with an interpreter', () => {
    let agencyManager: Member;

    beforeAll(async () => {
      // The agency books its own interpreters: its organisation is a requesting organisation.
      const agency = await insertOrganisation(f.db, {
        name: 'Integratiedienst (test)',
        type: 'public_service',
      });
      await f.db.execute(
        sql`insert into interpreting_requesting_organisations (organisation_id, sector, active_in_greater_ghent, agreement_signed_on, active)
            values (${agency.id}, 'integration', true, '2020-01-15', true)`,
      );
      const user = await insertUser(f.db, { roles: ['manager'], organisationId: agency.id });
      agencyManager = { ...user, cookie: await signIn(f.t.app, user.email) };
    });

    it('books an interpreting request for the appointment and keeps its id', async () => {
      const created = await call(f.t, agencyManager, 'POST', `/api/cases/${caseId}/appointments`, {
        ...base(),
        modality: 'on_site',
        location: 'Sleepstraat 1, 9000 Gent',
        interpreter: { language: 'ar', conversationType: 'intake' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const { interpretingRequestId } = created.json();
      expect(interpretingRequestId).toEqual(expect.any(String));
      const [request] = await queryRows<{
        client_reference: string;
        language: string;
        mode: string;
        status: string;
      }>(
        f.db,
        sql`select client_reference, language, mode, status from interpreting_requests where id = ${interpretingRequestId}`,
      );
      expect(request).toEqual({
        client_reference: reference,
        language: 'ar',
        mode: 'on_site',
        status: 'submitted',
      });
    });

    it('refuses a caller who may not book interpreters, before anything is written', async () => {
      const count = async () =>
        (
          await queryRows<{ n: number }>(
            f.db,
            sql`select count(*)::int as n from case_appointments where case_id = ${caseId}`,
          )
        )[0]?.n;
      const before = await count();
      const refused = await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/appointments`, {
        ...base(),
        interpreter: { language: 'ar' },
      });
      expect(refused.statusCode).toBe(403);
      expect(await count()).toBe(before);
      const bad = await call(f.t, agencyManager, 'POST', `/api/cases/${caseId}/appointments`, {
        ...base(),
        modality: 'phone',
        interpreter: { language: 'ar' },
      });
      expect(bad.statusCode).toBeGreaterThanOrEqual(400);
      expect(bad.statusCode).toBeLessThan(500);
      expect(await count()).toBe(before);
    });
  });

  it('tells the story newest first with Dutch labels, without reads or note text', async () => {
    await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/notes`, {
      body: 'Zeer persoonlijke notitie',
      confidentiality: 'confidential',
    });
    await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${caseId}`);
    const response = await call(f.t, f.users.colleagueA, 'GET', `/api/cases/${caseId}/timeline`);
    expect(response.statusCode, response.body).toBe(200);
    const { items, total } = response.json();
    expect(items[0]).toMatchObject({
      action: 'case.note.added',
      label: 'Notitie toegevoegd',
      details: { confidentiality: 'confidential' },
    });
    expect(items.at(-1)).toMatchObject({ action: 'case.created', label: 'Dossier geopend' });
    expect(items.map((item: { action: string }) => item.action)).not.toContain('case.read');
    expect(items.map((item: { label: string }) => item.label)).toContain('Afspraak verplaatst');
    expect(total).toBe(items.length);
    const times = items.map((item: { at: string }) => item.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(response.body).not.toContain('Zeer persoonlijke notitie');
    const page = (
      await call(f.t, f.users.colleagueA, 'GET', `/api/cases/${caseId}/timeline?limit=2&offset=1`)
    ).json();
    expect(page.items.map((item: { action: string }) => item.action)).toEqual(
      items.slice(1, 3).map((item: { action: string }) => item.action),
    );
    expect((await call(f.t, f.users.counsellorB, 'GET', `/api/cases/${caseId}/timeline`)).statusCode).toBe(
      403,
    );
    expect(
      (await call(f.t, f.users.colleagueA, 'GET', `/api/cases/${caseId}/timeline?limit=0`)).statusCode,
    ).toBe(400);
  });
});
