import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import {
  brusselsDay,
  createOpenEdition,
  createSite,
  createSlots,
  household,
  offerfeestStaff,
  read,
  send,
} from '../offerfeest.test-support.ts';

describe(`offerfeest editions, sites and slots (${testEngine()})`, () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof offerfeestStaff>>;
  let editionId: string;
  let siteId: string;
  const day = brusselsDay(5);

  beforeAll(async () => {
    t = await createTestApp();
    staff = await offerfeestStaff(t.app, t.platform.database.db);
    editionId = await createOpenEdition(t.app, staff.coordinator, 2041);
    siteId = await createSite(t.app, staff.coordinator, editionId, 25);
  });
  afterAll(() => t.close());

  const editionBody = (year: number, extra: object = {}) => ({
    year,
    feastStart: `${year}-06-01`,
    feastEnd: `${year}-06-04`,
    blockingStart: `${year}-05-29`,
    blockingEnd: `${year}-06-05`,
    languages: ['nl', 'ar', 'fr', 'tr', 'en', 'bg'],
    regime: 'reimbursement',
    reimbursementCents: 2000,
    info: { ar: { title: 'عيد الأضحى', body: 'معلومات' } },
    ...extra,
  });

  it('creates an edition for the coordinator and an admin, not a manager or an anonymous caller', async () => {
    const created = await send(t.app, staff.admin, '/api/offerfeest/editions', editionBody(2042));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      year: 2042,
      regime: 'reimbursement',
      sites: [],
      info: { ar: { title: 'عيد الأضحى' } },
    });
    expect((await send(t.app, staff.manager, '/api/offerfeest/editions', editionBody(2043))).statusCode).toBe(
      403,
    );
    expect((await send(t.app, undefined, '/api/offerfeest/editions', editionBody(2043))).statusCode).toBe(
      401,
    );
  });

  it('refuses an edition without the five required languages, a second one of a year, and bad input', async () => {
    const missing = await send(
      t.app,
      staff.coordinator,
      '/api/offerfeest/editions',
      editionBody(2044, { languages: ['nl', 'fr', 'en'] }),
    );
    expect(missing.statusCode).toBeGreaterThanOrEqual(400);
    expect(missing.statusCode).toBeLessThan(500);
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'languages' })]);
    expect(
      (await send(t.app, staff.coordinator, '/api/offerfeest/editions', editionBody(2042))).statusCode,
    ).toBe(409);
    const backwards = await send(
      t.app,
      staff.coordinator,
      '/api/offerfeest/editions',
      editionBody(2045, { feastEnd: '2045-05-01' }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(
      (await send(t.app, staff.coordinator, '/api/offerfeest/editions', { year: 'soon' })).statusCode,
    ).toBe(400);
  });

  it('lists editions publicly, newest year first, and reads one', async () => {
    const list = await read(t.app, undefined, '/api/offerfeest/editions');
    expect(list.statusCode).toBe(200);
    const years: number[] = list.json().map((edition: { year: number }) => edition.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const one = await read(t.app, undefined, `/api/offerfeest/editions/${editionId}`);
    expect(one.json()).toMatchObject({
      year: 2041,
      regime: 'slots',
      sites: [{ id: siteId, dailyCapacity: 25 }],
    });
    expect((await read(t.app, undefined, '/api/offerfeest/editions/not-a-uuid')).statusCode).toBe(400);
    const unknown = await read(
      t.app,
      undefined,
      '/api/offerfeest/editions/00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.json()).toMatchObject({ status: 404, code: 'OFFERFEEST.EDITION_NOT_FOUND' });
  });

  it('changes an edition, keeping the language rule', async () => {
    const url = `/api/offerfeest/editions/${editionId}`;
    const changed = await send(t.app, staff.coordinator, url, { reimbursementCents: 1500 }, 'PATCH');
    expect(changed.json()).toMatchObject({ reimbursementCents: 1500, year: 2041 });
    expect((await send(t.app, staff.coordinator, url, { languages: ['nl'] }, 'PATCH')).statusCode).toBe(422);
    expect((await send(t.app, staff.manager, url, { reimbursementCents: 1 }, 'PATCH')).statusCode).toBe(403);
    expect((await send(t.app, staff.coordinator, url, { reimbursementCents: -5 }, 'PATCH')).statusCode).toBe(
      400,
    );
  });

  it('adds a site, refusing a manager and bad input', async () => {
    const url = `/api/offerfeest/editions/${editionId}/sites`;
    const body = {
      name: 'Slachthuis Oost',
      address: 'Kaai 2, 9000 Gent',
      stunningMethod: 'electronarcosis',
      dailyCapacity: 40,
    };
    expect((await send(t.app, staff.coordinator, url, body)).json()).toMatchObject({
      name: 'Slachthuis Oost',
      recognitionNumber: null,
    });
    expect((await send(t.app, staff.manager, url, body)).statusCode).toBe(403);
    expect((await send(t.app, staff.coordinator, url, { ...body, dailyCapacity: 0 })).statusCode).toBe(400);
  });

  it('generates slots in Brussels time with a pool each and the site-day pool', async () => {
    const slots = await createSlots(t.app, staff.coordinator, editionId, {
      siteId,
      day,
      startTime: '08:00',
      endTime: '10:00',
      minutes: 30,
      capacity: 10,
    });
    expect(slots).toHaveLength(4);
    const first = slots[0];
    expect(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Brussels',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(first?.start ?? '')),
    ).toBe('08:00');
    const listed = await read(t.app, undefined, `/api/offerfeest/editions/${editionId}/slots`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()[0]).toMatchObject({ capacity: 10, remaining: 10, waitlisted: 0, siteId });
    // The site's 25 a day bound the four slots of 10 together.
    const big = await send(
      t.app,
      undefined,
      `/api/offerfeest/editions/${editionId}/registrations`,
      household(first?.id ?? '', { animals: 10 }),
    );
    expect(big.json().status).toBe('confirmed');
    const again = await read(t.app, undefined, `/api/offerfeest/editions/${editionId}/slots`);
    expect(again.json()[0]).toMatchObject({ remaining: 0 });
  });

  it('refuses overlapping slots, a manager, a site of nowhere and a window without room for one slot', async () => {
    const url = `/api/offerfeest/editions/${editionId}/slots`;
    const body = { siteId, day, startTime: '09:00', endTime: '11:00', minutes: 30, capacity: 5 };
    expect((await send(t.app, staff.coordinator, url, body)).statusCode).toBe(409);
    expect(
      (await send(t.app, staff.manager, url, { ...body, startTime: '12:00', endTime: '13:00' })).statusCode,
    ).toBe(403);
    const elsewhere = {
      ...body,
      siteId: '00000000-0000-4000-8000-000000000000',
      startTime: '12:00',
      endTime: '13:00',
    };
    expect((await send(t.app, staff.coordinator, url, elsewhere)).statusCode).toBe(400);
    expect(
      (await send(t.app, staff.coordinator, url, { ...body, startTime: '12:00', endTime: '12:10' }))
        .statusCode,
    ).toBe(400);
    expect((await send(t.app, staff.coordinator, url, { ...body, startTime: '9h' })).statusCode).toBe(400);
  });

  it("sets a slot's capacity, refusing less than is given", async () => {
    const slots = await createSlots(t.app, staff.coordinator, editionId, {
      siteId,
      day,
      startTime: '14:00',
      endTime: '15:00',
      minutes: 60,
      capacity: 3,
    });
    const slotId = slots[0]?.id ?? '';
    await send(
      t.app,
      undefined,
      `/api/offerfeest/editions/${editionId}/registrations`,
      household(slotId, { animals: 2 }),
    );
    const url = `/api/offerfeest/slots/${slotId}`;
    expect((await send(t.app, staff.coordinator, url, { capacity: 6 }, 'PATCH')).json()).toMatchObject({
      capacity: 6,
      remaining: 4,
    });
    const below = await send(t.app, staff.coordinator, url, { capacity: 1 }, 'PATCH');
    expect(below.json()).toMatchObject({
      status: 409,
      code: 'CAPACITY.BELOW_TAKEN',
      facts: { key: `offerfeest-slot:${slotId}`, capacity: 1, taken: 2 },
    });
    expect((await send(t.app, staff.manager, url, { capacity: 8 }, 'PATCH')).statusCode).toBe(403);
    expect((await send(t.app, staff.coordinator, url, { capacity: -1 }, 'PATCH')).statusCode).toBe(400);
    const unknown = await send(
      t.app,
      staff.coordinator,
      '/api/offerfeest/slots/00000000-0000-4000-8000-000000000000',
      { capacity: 2 },
      'PATCH',
    );
    expect(unknown.statusCode).toBe(404);
  });
});
