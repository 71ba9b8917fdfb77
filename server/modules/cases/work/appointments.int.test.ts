import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganisation } from '../../../../test/factories.ts';
import { systemContext } from '../../../platform/context.ts';
import { queryRows } from '../../../platform/db/index.ts';
import {
  AGENCY_ORGANISATION_PARAM,
  addWorkingDays,
  brusselsDate,
  brusselsDateTime,
} from '../../interpreting/index.ts';
import { parseIcs } from './ics.test-support.ts';
import { call, type Member, openCase, setUpWorkFixture, type WorkFixture } from './work.test-support.ts';

/** `hours` from now: in the future at any time of day, and inside any interpreting lead time. */
const hoursAhead = (hours: number): string => new Date(Date.now() + hours * 3_600_000).toISOString();

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

  describe('with an interpreter, booked by the agency', () => {
    let agencyId: string;
    type Request = {
      organisation_id: string;
      requested_by: string;
      client_reference: string;
      status: string;
      mode: string;
      starts_at: string | Date;
      ends_at: string | Date;
      address: string | null;
      phone_number: string | null;
      cancellation_kind: string | null;
    };
    const requestOf = async (id: string) =>
      (
        await queryRows<Request>(
          f.db,
          sql`select organisation_id, requested_by, client_reference, status, mode, starts_at, ends_at,
                     address, phone_number, cancellation_kind
              from interpreting_requests where id = ${id}`,
        )
      )[0];
    const requestCount = async () =>
      (await queryRows<{ n: number }>(f.db, sql`select count(*)::int as n from interpreting_requests`))[0]?.n;
    const appointmentCount = async () =>
      (
        await queryRows<{ n: number }>(
          f.db,
          sql`select count(*)::int as n from case_appointments where case_id = ${caseId}`,
        )
      )[0]?.n;
    const book = (who: Member, extra: object = {}) =>
      call(f.t, who, 'POST', `/api/cases/${caseId}/appointments`, {
        ...base(),
        modality: 'on_site',
        location: 'Sleepstraat 1, 9000 Gent',
        interpreter: { language: 'ar', conversationType: 'intake' },
        ...extra,
      });

    /** An interpreter confirmed for the request, as dispatch leaves it. */
    async function confirmInterpreter(requestId: string): Promise<string> {
      const [interpreter] = await queryRows<{ id: string }>(
        f.db,
        sql`insert into interpreters (code, given_name, family_name, email, modes)
            values (${`T-${Math.random().toString(36).slice(2, 8)}`}, 'Samira', 'Testfamilie',
                    ${`${Math.random().toString(36).slice(2, 8)}@interpreters.test`}, array['on_site','phone'])
            returning id`,
      );
      const [assignment] = await queryRows<{ id: string }>(
        f.db,
        sql`insert into interpreting_assignments (request_id, interpreter_id, starts_at, ends_at, busy_from, source)
            select id, ${interpreter?.id}, starts_at, ends_at, starts_at, 'assigned' from interpreting_requests
            where id = ${requestId} returning id`,
      );
      await f.db.execute(sql`update interpreting_requests set status = 'assigned' where id = ${requestId}`);
      if (!assignment) throw new Error('fixture');
      return assignment.id;
    }

    beforeAll(async () => {
      // The agency is a requesting organisation, named by the parameter (as the demo data does).
      agencyId = (await insertOrganisation(f.db, { name: 'Integratiedienst (test)', type: 'public_service' }))
        .id;
      await f.db.execute(
        sql`insert into interpreting_requesting_organisations (organisation_id, sector, active_in_greater_ghent, agreement_signed_on, active)
            values (${agencyId}, 'integration', true, '2020-01-15', true)`,
      );
      await f.t.platform.params.set(f.db, systemContext('test'), {
        key: AGENCY_ORGANISATION_PARAM,
        value: { organisationId: agencyId },
        validFrom: '2020-01-15',
      });
    });

    it('a counsellor books it for the agency; moving the appointment moves the request', async () => {
      const created = await book(f.users.counsellorA);
      expect(created.statusCode, created.body).toBe(201);
      const appointment = created.json();
      expect(appointment.interpreter).toMatchObject({
        status: 'submitted',
        cancellation: null,
        interpreter: null,
      });
      expect(appointment.interpreter.reference).toMatch(/^T-\d{4}-\d{6}$/);
      const requestId: string = appointment.interpretingRequestId;
      expect(await requestOf(requestId)).toMatchObject({
        organisation_id: agencyId,
        requested_by: f.users.counsellorA.id,
        client_reference: reference,
        status: 'submitted',
        mode: 'on_site',
        address: 'Sleepstraat 1, 9000 Gent',
      });

      // Confirmed, then moved: the interpreter is released and the request goes back to dispatch.
      const assignmentId = await confirmInterpreter(requestId);
      const listed = (await call(f.t, f.users.colleagueA, 'GET', `/api/cases/${caseId}/appointments`)).json();
      expect(listed.items.find((a: { id: string }) => a.id === appointment.id).interpreter).toMatchObject({
        status: 'assigned',
        interpreter: { givenName: 'Samira' },
      });
      const url = `/api/cases/${caseId}/appointments/${appointment.id}`;
      const startsAt = ahead(12, '13:30');
      const moved = await call(f.t, f.users.counsellorA, 'PATCH', url, {
        startsAt,
        endsAt: ahead(12, '15:00'),
        location: 'Kortrijksesteenweg 1020, 9000 Gent',
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json().interpreter).toMatchObject({ status: 'submitted', interpreter: null });
      const after = await requestOf(requestId);
      expect(new Date(after?.starts_at ?? 0).toISOString()).toBe(new Date(startsAt).toISOString());
      expect(new Date(after?.ends_at ?? 0).toISOString()).toBe(new Date(ahead(12, '15:00')).toISOString());
      expect(after).toMatchObject({ status: 'submitted', address: 'Kortrijksesteenweg 1020, 9000 Gent' });
      const [assignment] = await queryRows<{ status: string }>(
        f.db,
        sql`select status from interpreting_assignments where id = ${assignmentId}`,
      );
      expect(assignment?.status).toBe('cancelled');

      // To the phone: the request follows the mode, with the number the interpreter calls.
      const phoned = await call(f.t, f.users.counsellorA, 'PATCH', url, {
        modality: 'phone',
        interpreter: { phoneNumber: '+32 9 123 45 67' },
      });
      expect(phoned.statusCode, phoned.body).toBe(200);
      expect(await requestOf(requestId)).toMatchObject({
        mode: 'phone',
        address: null,
        phone_number: '+32 9 123 45 67',
      });
    });

    it('cancelling the appointment cancels the request under the cancellation policy', async () => {
      const appointment = (await book(f.users.colleagueA)).json();
      const url = `/api/cases/${caseId}/appointments/${appointment.id}`;
      const cancelled = await call(f.t, f.users.colleagueA, 'PATCH', url, { status: 'cancelled' });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      // Ten working days ahead: well before the deadline, so free.
      expect(cancelled.json()).toMatchObject({
        status: 'cancelled',
        interpreter: { status: 'cancelled', cancellation: 'free' },
      });
      expect(await requestOf(appointment.interpretingRequestId)).toMatchObject({
        status: 'cancelled',
        cancellation_kind: 'free',
      });
    });

    it('refuses a counsellor outside the case, bad input and a move inside the lead time, changing nothing', async () => {
      const requestsBefore = await requestCount();
      const appointmentsBefore = await appointmentCount();
      const outsider = await book(f.users.counsellorB);
      expect(outsider.statusCode).toBe(403);
      expect(outsider.json().code).toBe('CASES.OUT_OF_SCOPE');
      const phoneWithoutNumber = await book(f.users.counsellorA, { modality: 'phone' });
      expect(phoneWithoutNumber.statusCode).toBe(400);
      const badLanguage = await book(f.users.counsellorA, { interpreter: { language: 'Arabisch' } });
      expect(badLanguage.statusCode).toBe(400);
      const tooSoon = await book(f.users.counsellorA, {
        startsAt: hoursAhead(2),
        endsAt: hoursAhead(2.5),
      });
      expect(tooSoon.statusCode).toBe(400);
      expect(await requestCount()).toBe(requestsBefore);
      expect(await appointmentCount()).toBe(appointmentsBefore);

      const appointment = (await book(f.users.counsellorA)).json();
      const url = `/api/cases/${caseId}/appointments/${appointment.id}`;
      const before = await requestOf(appointment.interpretingRequestId);
      const strangerMove = await call(f.t, f.users.counsellorB, 'PATCH', url, { status: 'cancelled' });
      expect(strangerMove.statusCode).toBe(403);
      // Inside the interpreting lead time: the interpreting rules refuse it, so the appointment stays too.
      const rushed = await call(f.t, f.users.counsellorA, 'PATCH', url, {
        startsAt: hoursAhead(2),
        endsAt: hoursAhead(2.75),
      });
      expect(rushed.statusCode).toBe(400);
      expect(rushed.json().code).toBe('INTERPRETING.LEAD_TIME_TOO_SHORT');
      const toVideo = await call(f.t, f.users.counsellorA, 'PATCH', url, { modality: 'video' });
      expect(toVideo.statusCode).toBe(400);
      expect(await requestOf(appointment.interpretingRequestId)).toEqual(before);
      const listed = (
        await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${caseId}/appointments`)
      ).json();
      expect(listed.items.find((a: { id: string }) => a.id === appointment.id)).toMatchObject({
        startsAt: appointment.startsAt,
        modality: 'on_site',
        sequence: 0,
        status: 'planned',
      });
    });

    describe('added to an appointment already planned', () => {
      const plan = async (extra: object = {}) => {
        const created = await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${caseId}/appointments`, {
          ...base(),
          modality: 'on_site',
          location: 'Sleepstraat 1, 9000 Gent',
          ...extra,
        });
        expect(created.statusCode, created.body).toBe(201);
        return created.json();
      };
      const ask = (who: Member | null, aid: string, body: object = { language: 'ar' }, onCase = caseId) =>
        call(f.t, who, 'POST', `/api/cases/${onCase}/appointments/${aid}/interpreter`, body);
      const stored = async (aid: string) =>
        (
          await queryRows<{ interpreting_request_id: string | null; sequence: number }>(
            f.db,
            sql`select interpreting_request_id, sequence from case_appointments where id = ${aid}`,
          )
        )[0];

      it('books the interpreter for the agency from the appointment; the request then follows it', async () => {
        const appointment = await plan({ notes: 'Tolk later aanvragen' });
        const asked = await ask(f.users.colleagueA, appointment.id, {
          language: 'prs',
          conversationType: 'intake',
          preparationNotes: 'Eerste gesprek over de inburgering',
        });
        expect(asked.statusCode, asked.body).toBe(201);
        const booked = asked.json();
        // The calendar event did not change: the .ics does not name the interpreter.
        expect(booked).toMatchObject({
          id: appointment.id,
          sequence: 0,
          interpreter: { status: 'submitted', cancellation: null, interpreter: null },
        });
        expect(booked.interpreter.reference).toMatch(/^T-\d{4}-\d{6}$/);
        const requestId: string = booked.interpretingRequestId;
        const request = await requestOf(requestId);
        expect(request).toMatchObject({
          organisation_id: agencyId,
          requested_by: f.users.colleagueA.id,
          client_reference: reference,
          status: 'submitted',
          mode: 'on_site',
          address: 'Sleepstraat 1, 9000 Gent',
        });
        expect(new Date(request?.starts_at ?? 0).toISOString()).toBe(appointment.startsAt);
        expect(new Date(request?.ends_at ?? 0).toISOString()).toBe(appointment.endsAt);
        const [language] = await queryRows<{ language: string }>(
          f.db,
          sql`select language from interpreting_requests where id = ${requestId}`,
        );
        expect(language?.language).toBe('prs');
        const listed = (
          await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${caseId}/appointments`)
        ).json();
        expect(listed.items.find((a: { id: string }) => a.id === appointment.id).interpreter).toMatchObject({
          requestId,
          status: 'submitted',
        });
        const timeline = (
          await call(f.t, f.users.counsellorA, 'GET', `/api/cases/${caseId}/timeline`)
        ).json();
        expect(timeline.items[0]).toMatchObject({
          action: 'case.appointment.interpreter_requested',
          label: 'Tolk aangevraagd',
        });

        // From now on the request follows the appointment, as when it was booked with it.
        const url = `/api/cases/${caseId}/appointments/${appointment.id}`;
        const startsAt = ahead(13, '09:00');
        const moved = await call(f.t, f.users.counsellorA, 'PATCH', url, {
          startsAt,
          endsAt: ahead(13, '10:30'),
        });
        expect(moved.statusCode, moved.body).toBe(200);
        expect(new Date((await requestOf(requestId))?.starts_at ?? 0).toISOString()).toBe(startsAt);
        const cancelled = await call(f.t, f.users.counsellorA, 'PATCH', url, { status: 'cancelled' });
        expect(cancelled.json().interpreter).toMatchObject({ status: 'cancelled', cancellation: 'free' });
      });

      it('takes the mode from the appointment: by phone with the number the interpreter calls', async () => {
        const appointment = await plan({ modality: 'phone', location: undefined });
        const withoutNumber = await ask(f.users.counsellorA, appointment.id, { language: 'ar' });
        expect(withoutNumber.statusCode).toBe(400);
        const asked = await ask(f.users.counsellorA, appointment.id, {
          language: 'ar',
          phoneNumber: '+32 9 765 43 21',
        });
        expect(asked.statusCode, asked.body).toBe(201);
        expect(await requestOf(asked.json().interpretingRequestId)).toMatchObject({
          mode: 'phone',
          address: null,
          phone_number: '+32 9 765 43 21',
        });
      });

      it('refuses a second interpreter, a cancelled or past appointment and another case’s appointment (409, 404), changing nothing', async () => {
        const booked = (await book(f.users.counsellorA)).json();
        const requestsBefore = await requestCount();
        const twice = await ask(f.users.counsellorA, booked.id);
        expect(twice.statusCode).toBe(409);
        expect(twice.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(twice.json().code).toBe('CASE_WORK.APPOINTMENT_HAS_INTERPRETER');
        expect((await stored(booked.id))?.interpreting_request_id).toBe(booked.interpretingRequestId);

        const cancelled = await plan();
        await call(f.t, f.users.counsellorA, 'PATCH', `/api/cases/${caseId}/appointments/${cancelled.id}`, {
          status: 'cancelled',
        });
        const onCancelled = await ask(f.users.counsellorA, cancelled.id);
        expect(onCancelled.statusCode).toBe(409);
        expect(onCancelled.json().code).toBe('CASE_WORK.APPOINTMENT_CLOSED');

        const past = await plan({
          startsAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
          endsAt: new Date(Date.now() - 3 * 86_400_000 + 3_600_000).toISOString(),
        });
        const onPast = await ask(f.users.counsellorA, past.id);
        expect(onPast.statusCode).toBe(409);
        expect(onPast.json().code).toBe('CASE_WORK.APPOINTMENT_CLOSED');

        // Another case of the same team: its appointment is not found under this case.
        const other = await openCase(f.t, f.users.counsellorA);
        const elsewhere = (
          await call(f.t, f.users.counsellorA, 'POST', `/api/cases/${other.id}/appointments`, {
            ...base(),
            modality: 'on_site',
            location: 'Sleepstraat 1, 9000 Gent',
          })
        ).json();
        const crossed = await ask(f.users.counsellorA, elsewhere.id);
        expect(crossed.statusCode).toBe(404);
        expect(crossed.json().code).toBe('CASE_WORK.APPOINTMENT_NOT_FOUND');
        const nobody = await ask(f.users.counsellorA, '00000000-0000-4000-8000-000000000000');
        expect(nobody.statusCode).toBe(404);

        expect(await requestCount()).toBe(requestsBefore);
        for (const id of [cancelled.id, past.id, elsewhere.id]) {
          expect((await stored(id))?.interpreting_request_id).toBeNull();
        }
      });

      it('refuses bad input and a booking inside the lead time, changing nothing', async () => {
        const appointment = await plan();
        const offSite = await plan({ location: undefined });
        const soon = await plan({
          startsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
        });
        const requestsBefore = await requestCount();
        const before = await stored(appointment.id);
        for (const body of [
          {},
          { language: 'Arabisch' },
          { language: 'ar', sector: 'astrology' },
          { language: 'ar', videoLink: 'http://insecure.example' },
          { language: 'ar', preparationNotes: 'x'.repeat(2_001) },
        ]) {
          const refused = await ask(f.users.counsellorA, appointment.id, body);
          expect(refused.statusCode, JSON.stringify(body)).toBe(400);
          expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
        const badId = await ask(f.users.counsellorA, 'not-a-uuid');
        expect(badId.statusCode).toBe(400);
        // On site without a place: the interpreting rules need the address.
        const noPlace = await ask(f.users.counsellorA, offSite.id);
        expect(noPlace.statusCode).toBe(400);
        expect(noPlace.json().errors?.[0]?.path).toBe('address');
        const tooSoon = await ask(f.users.counsellorA, soon.id);
        expect(tooSoon.statusCode).toBe(400);
        expect(tooSoon.json().code).toBe('INTERPRETING.LEAD_TIME_TOO_SHORT');
        expect(await requestCount()).toBe(requestsBefore);
        expect(await stored(appointment.id)).toEqual(before);
        expect((await stored(offSite.id))?.interpreting_request_id).toBeNull();
        expect((await stored(soon.id))?.interpreting_request_id).toBeNull();
      });

      it('refuses another team, a role without cases.work and an anonymous caller, changing nothing', async () => {
        const appointment = await plan();
        const requestsBefore = await requestCount();
        const outsider = await ask(f.users.counsellorB, appointment.id);
        expect(outsider.statusCode).toBe(403);
        expect(outsider.json().code).toBe('CASES.OUT_OF_SCOPE');
        expect((await ask(f.users.monitor, appointment.id)).statusCode).toBe(403);
        expect((await ask(null, appointment.id)).statusCode).toBe(401);
        expect(await requestCount()).toBe(requestsBefore);
        expect((await stored(appointment.id))?.interpreting_request_id).toBeNull();
        // The manager may edit every case: she books it.
        const manager = await ask(f.users.manager, appointment.id);
        expect(manager.statusCode, manager.body).toBe(201);
        expect(await requestCount()).toBe((requestsBefore ?? 0) + 1);
      });
    });

    it('a cancellation past the free deadline is late, as for any requester (runs last: it changes the rule)', async () => {
      const appointment = (await book(f.users.counsellorA)).json();
      // From today, free cancellation ends 20 working days before the session: ten days ahead is late.
      await f.t.platform.params.set(f.db, systemContext('test'), {
        key: 'interpreting.free_cancellation_deadline',
        value: { workingDaysBefore: 20, time: '10:00' },
        validFrom: brusselsDate(new Date()),
      });
      const url = `/api/cases/${caseId}/appointments/${appointment.id}`;
      const cancelled = await call(f.t, f.users.counsellorA, 'PATCH', url, { status: 'cancelled' });
      expect(cancelled.json().interpreter).toMatchObject({ status: 'cancelled', cancellation: 'late' });
      expect(await requestOf(appointment.interpretingRequestId)).toMatchObject({ cancellation_kind: 'late' });
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
