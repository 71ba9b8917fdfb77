import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation } from '../../../../test/factories.ts';
import { type Caller, call, caller, interpreterBody } from './register.test-support.ts';

describe('interpreter register', () => {
  let t: TestApp;
  let admin: Caller;
  let dispatcher: Caller;
  let requester: Caller;
  let herself: Caller;
  let colleague: Caller;
  let orgId: string;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.platform.database.db;
    orgId = (await insertOrganisation(db)).id;
    [admin, dispatcher, requester, herself, colleague] = await Promise.all([
      caller(t, ['admin']),
      caller(t, ['dispatcher']),
      caller(t, ['requester'], orgId),
      caller(t, ['interpreter']),
      caller(t, ['interpreter']),
    ]);
    const created = await call(
      t,
      dispatcher,
      'POST',
      '/api/interpreting/interpreters',
      interpreterBody({ userId: herself.id }),
    );
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    const other = await call(
      t,
      dispatcher,
      'POST',
      '/api/interpreting/interpreters',
      interpreterBody({
        userId: colleague.id,
        languages: [{ language: 'prs', direction: 'both' }],
        modes: ['video'],
      }),
    );
    expect(other.statusCode, other.body).toBe(201);
  });
  afterAll(() => t.close());

  it('registers with a T-code, languages with variant and direction, and no calendar URL for a dispatcher', async () => {
    const response = await call(
      t,
      dispatcher,
      'POST',
      '/api/interpreting/interpreters',
      interpreterBody({
        languages: [
          { language: 'ar', variant: 'msa', direction: 'into_dutch' },
          { language: 'fr', direction: 'both' },
        ],
        kind: 'volunteer',
        translates: true,
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.code).toMatch(/^T-\d{4}$/);
    expect(body.languages).toEqual([
      { language: 'ar', variant: 'msa', direction: 'into_dutch' },
      { language: 'fr', direction: 'both' },
    ]);
    expect(body).toMatchObject({ kind: 'volunteer', translates: true, gender: null, genderShared: false });
    expect(body.calendarUrl).toBeUndefined();
  });

  it('gives distinct codes to registrations made at the same time', async () => {
    const responses = await Promise.all(
      [1, 2, 3, 4].map(() =>
        call(t, dispatcher, 'POST', '/api/interpreting/interpreters', interpreterBody()),
      ),
    );
    const codes = responses.map((r) => r.json().code);
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(codes).size).toBe(4);
  });

  it('keeps a gender only with consent', async () => {
    const refused = await call(
      t,
      dispatcher,
      'POST',
      '/api/interpreting/interpreters',
      interpreterBody({ gender: 'female' }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('INTERPRETING.GENDER_NOT_SHARED');
    const kept = await call(
      t,
      dispatcher,
      'POST',
      '/api/interpreting/interpreters',
      interpreterBody({
        gender: 'female',
        genderShared: true,
      }),
    );
    expect(kept.statusCode).toBe(201);
    expect(kept.json()).toMatchObject({ gender: 'female', genderShared: true });
  });

  it('refuses a bad weekly window, a repeated language and a non-interpreter account', async () => {
    for (const window of [
      { weekday: 8, from: '08:00', to: '12:00' },
      { weekday: 2, from: '14:00', to: '09:00' },
    ]) {
      const bad = await call(
        t,
        dispatcher,
        'POST',
        '/api/interpreting/interpreters',
        interpreterBody({ weeklyAvailability: [window] }),
      );
      expect(bad.statusCode).toBe(400);
    }
    const twice = await call(
      t,
      dispatcher,
      'POST',
      '/api/interpreting/interpreters',
      interpreterBody({
        languages: [
          { language: 'tr', direction: 'both' },
          { language: 'tr', direction: 'into_dutch' },
        ],
      }),
    );
    expect(twice.statusCode).toBe(400);
    const account = await call(
      t,
      dispatcher,
      'POST',
      '/api/interpreting/interpreters',
      interpreterBody({ userId: requester.id }),
    );
    expect(account.json().code).toBe('INTERPRETING.ACCOUNT_NOT_INTERPRETER');
    const taken = await call(
      t,
      dispatcher,
      'POST',
      '/api/interpreting/interpreters',
      interpreterBody({ userId: herself.id }),
    );
    expect(taken.statusCode).toBe(409);
  });

  it('lists by language, variant and mode for staff; a requester may not list', async () => {
    const maghreb = await call(
      t,
      dispatcher,
      'GET',
      '/api/interpreting/interpreters?language=ar&variant=maghreb&mode=phone&limit=200',
    );
    expect(maghreb.statusCode).toBe(200);
    const ids = maghreb.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(id);
    const dari = await call(t, dispatcher, 'GET', '/api/interpreting/interpreters?language=prs');
    expect(dari.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect(dari.json().total).toBe(1);
    const video = await call(t, dispatcher, 'GET', '/api/interpreting/interpreters?mode=video');
    expect(video.json().total).toBe(1);
    expect((await call(t, requester, 'GET', '/api/interpreting/interpreters')).statusCode).toBe(403);
    expect((await call(t, herself, 'GET', '/api/interpreting/interpreters')).statusCode).toBe(403);
  });

  it('shows the calendar URL to herself and admins only; others see 404', async () => {
    const own = await call(t, herself, 'GET', `/api/interpreting/interpreters/${id}`);
    const byAdmin = await call(t, admin, 'GET', `/api/interpreting/interpreters/${id}`);
    const byDispatcher = await call(t, dispatcher, 'GET', `/api/interpreting/interpreters/${id}`);
    expect(own.json().calendarUrl).toMatch(
      new RegExp(
        `^http://localhost:3000/api/interpreting/interpreters/${id}/calendar\\.ics\\?token=[A-Za-z0-9_-]{43}$`,
      ),
    );
    expect(byAdmin.json().calendarUrl).toBe(own.json().calendarUrl);
    expect(byDispatcher.statusCode).toBe(200);
    expect(byDispatcher.json().calendarUrl).toBeUndefined();
    expect((await call(t, colleague, 'GET', `/api/interpreting/interpreters/${id}`)).statusCode).toBe(404);
    expect((await call(t, requester, 'GET', `/api/interpreting/interpreters/${id}`)).statusCode).toBe(404);
    expect((await call(t, null, 'GET', `/api/interpreting/interpreters/${id}`)).statusCode).toBe(401);
  });

  it('replaces languages and availability on PATCH and leaves the rest', async () => {
    const response = await call(t, dispatcher, 'PATCH', `/api/interpreting/interpreters/${id}`, {
      languages: [
        { language: 'ber', direction: 'both' },
        { language: 'ar', variant: 'maghreb', direction: 'both' },
      ],
      weeklyAvailability: [{ weekday: 3, from: '09:00', to: '12:00' }],
      certificationValidUntil: '2029-06-30',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.languages.map((l: { language: string }) => l.language)).toEqual(['ar', 'ber']);
    expect(body.weeklyAvailability).toEqual([{ weekday: 3, from: '09:00', to: '12:00' }]);
    expect(body).toMatchObject({
      certificationValidUntil: '2029-06-30',
      homePostcode: '9000',
      maxTravelKm: 40,
    });
    const byInterpreter = await call(t, herself, 'PATCH', `/api/interpreting/interpreters/${id}`, {
      maxTravelKm: 5,
    });
    expect(byInterpreter.statusCode).toBe(403);
  });

  it('lets staff and herself add and remove exceptions, not a colleague', async () => {
    const exception = {
      start: '2027-03-01T08:00:00+01:00',
      end: '2027-03-05T18:00:00+01:00',
      available: false,
      note: 'verlof',
    };
    const added = await call(
      t,
      dispatcher,
      'POST',
      `/api/interpreting/interpreters/${id}/exceptions`,
      exception,
    );
    expect(added.statusCode, added.body).toBe(201);
    const own = await call(t, herself, 'POST', `/api/interpreting/interpreters/${id}/exceptions`, {
      ...exception,
      available: true,
    });
    expect(own.statusCode).toBe(201);
    expect(
      (await call(t, colleague, 'POST', `/api/interpreting/interpreters/${id}/exceptions`, exception))
        .statusCode,
    ).toBe(404);
    const backwards = await call(t, herself, 'POST', `/api/interpreting/interpreters/${id}/exceptions`, {
      ...exception,
      end: exception.start,
      start: exception.end,
    });
    expect(backwards.statusCode).toBe(400);
    const exceptionId = added.json().id;
    expect(
      (await call(t, colleague, 'DELETE', `/api/interpreting/interpreters/${id}/exceptions/${exceptionId}`))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t, herself, 'DELETE', `/api/interpreting/interpreters/${id}/exceptions/${exceptionId}`))
        .statusCode,
    ).toBe(204);
    expect(
      (await call(t, herself, 'DELETE', `/api/interpreting/interpreters/${id}/exceptions/${exceptionId}`))
        .statusCode,
    ).toBe(404);
    const profile = await call(t, herself, 'GET', '/api/interpreting/me');
    expect(profile.json().availabilityExceptions).toHaveLength(1);
  });

  it('lets her change her availability and consent on /me but not her languages', async () => {
    const before = (await call(t, herself, 'GET', '/api/interpreting/me')).json();
    expect(before.id).toBe(id);
    expect(before.calendarUrl).toBeDefined();
    const shared = await call(t, herself, 'PATCH', '/api/interpreting/me', {
      gender: 'female',
      genderShared: true,
      maxHoursPerWeek: 20,
      weeklyAvailability: [{ weekday: 5, from: '13:00', to: '18:00' }],
      availabilityExceptions: [],
      languages: [{ language: 'en', direction: 'both' }],
      certificationValidUntil: '2099-01-01',
    });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json()).toMatchObject({
      gender: 'female',
      maxHoursPerWeek: 20,
      availabilityExceptions: [],
    });
    expect(shared.json().languages).toEqual(before.languages);
    expect(shared.json().certificationValidUntil).toBe(before.certificationValidUntil);
    const withdrawn = await call(t, herself, 'PATCH', '/api/interpreting/me', { genderShared: false });
    expect(withdrawn.json()).toMatchObject({ gender: null, genderShared: false });
    expect((await call(t, requester, 'GET', '/api/interpreting/me')).statusCode).toBe(404);
  });

  it('keeps preferences and bans per organisation, for dispatchers only', async () => {
    const url = `/api/interpreting/organisations/${orgId}/interpreters/${id}`;
    expect((await call(t, requester, 'PUT', url, { kind: 'banned' })).statusCode).toBe(403);
    const banned = await call(t, dispatcher, 'PUT', url, { kind: 'banned', reason: 'conflict of interest' });
    expect(banned.statusCode, banned.body).toBe(200);
    const preferred = await call(t, dispatcher, 'PUT', url, { kind: 'preferred' });
    expect(preferred.json()).toMatchObject({ kind: 'preferred', reason: null });
    const profile = await call(t, dispatcher, 'GET', `/api/interpreting/interpreters/${id}`);
    expect(profile.json().organisationPreferences).toEqual([
      { organisationId: orgId, interpreterId: id, kind: 'preferred', reason: null },
    ]);
    expect(
      (await call(t, herself, 'GET', '/api/interpreting/me')).json().organisationPreferences,
    ).toBeUndefined();
    const unknownOrg = `/api/interpreting/organisations/00000000-0000-4000-8000-000000000000/interpreters/${id}`;
    expect((await call(t, dispatcher, 'PUT', unknownOrg, { kind: 'banned' })).statusCode).toBe(404);
    expect((await call(t, dispatcher, 'DELETE', url)).statusCode).toBe(204);
    expect((await call(t, dispatcher, 'DELETE', url)).statusCode).toBe(404);
  });
});
