import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import { readPools } from '../../../platform/capacity/index.ts';
import { mailOutbox } from '../../../platform/mail/mail.tables.ts';
import { offerfeestRegistrations } from '../offerfeest.tables.ts';
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
import { slotPoolKey } from '../pool-keys.ts';

type Receipt = { code: string; status: string; position: number | null; qrSvg: string };

describe(`offerfeest registrations (${testEngine()})`, () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof offerfeestStaff>>;
  let editionId: string;
  let futureSlot: string;
  let smallSlot: string;
  let todaySlot: string;

  const register = (body: object, edition = editionId) =>
    send(t.app, undefined, `/api/offerfeest/editions/${edition}/registrations`, body);
  const registered = async (body: object): Promise<Receipt> => {
    const response = await register(body);
    if (response.statusCode !== 201) throw new Error(`${response.statusCode} ${response.body}`);
    return response.json();
  };
  const statusOf = async (code: string) =>
    (await read(t.app, undefined, `/api/public/offerfeest/registrations/${code}`)).json();
  const idOf = async (code: string) => {
    const [row] = await t.platform.database.db
      .select()
      .from(offerfeestRegistrations)
      .where(eq(offerfeestRegistrations.code, code));
    return row?.id ?? '';
  };

  beforeAll(async () => {
    t = await createTestApp();
    staff = await offerfeestStaff(t.app, t.platform.database.db);
    editionId = await createOpenEdition(t.app, staff.coordinator, 2051);
    const siteId = await createSite(t.app, staff.coordinator, editionId);
    const slot = (day: string, startTime: string, endTime: string, capacity: number) =>
      createSlots(t.app, staff.coordinator, editionId, {
        siteId,
        day,
        startTime,
        endTime,
        minutes: 30,
        capacity,
      });
    futureSlot = (await slot(brusselsDay(3), '08:00', '08:30', 10))[0]?.id ?? '';
    smallSlot = (await slot(brusselsDay(3), '09:00', '09:30', 2))[0]?.id ?? '';
    todaySlot = (await slot(brusselsDay(0), '00:00', '00:30', 10))[0]?.id ?? '';
  });
  afterAll(() => t.close());

  it('confirms a registration with its code, QR and mail, storing the number only as a pseudonym', async () => {
    const form = household(futureSlot, { nationalRegisterNumber: '' });
    const nrn = household(futureSlot).nationalRegisterNumber;
    const receipt = await registered({
      ...form,
      nationalRegisterNumber: `${nrn.slice(0, 6)}-${nrn.slice(6, 9)}.${nrn.slice(9)}`,
    });
    expect(receipt).toMatchObject({ status: 'confirmed', position: null });
    expect(receipt.code).toMatch(/^OF-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/u);
    expect(receipt.qrSvg).toMatch(/^<svg/u);
    const [row] = await t.platform.database.db
      .select()
      .from(offerfeestRegistrations)
      .where(eq(offerfeestRegistrations.code, receipt.code));
    expect(row?.nrnPseudonym).toMatch(/^[0-9a-f]{64}$/u);
    expect(JSON.stringify(row)).not.toContain(nrn);
    const [mail] = await t.platform.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.recipient, form.email));
    expect(mail).toMatchObject({ template: 'offerfeest.registration-confirmed', locale: 'nl' });
    expect(mail?.textBody).toContain(receipt.code);
  });

  it('gives an Arabic household its code, its QR code and an Arabic mail', async () => {
    const form = household(futureSlot, { name: 'فاطمة الزهراء', language: 'ar' });
    const receipt = await registered(form);
    expect(receipt.code).toMatch(/^OF-/u);
    expect(receipt.qrSvg).toContain('<svg');
    const [mail] = await t.platform.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.recipient, form.email));
    expect(mail?.locale).toBe('ar');
    expect(mail?.subject).toContain('عيد الأضحى');
    expect(mail?.htmlBody).toContain('dir="rtl"');
    const qr = await read(t.app, undefined, `/api/public/offerfeest/registrations/${receipt.code}/qr.svg`);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toBe(receipt.qrSvg);
  });

  it('refuses bad numbers, herd numbers, slots and bodies with the right codes', async () => {
    const badNrn = await register(household(futureSlot, { nationalRegisterNumber: '85.07.30-033.62' }));
    expect(badNrn.json()).toMatchObject({
      status: 422,
      code: 'OFFERFEEST.INVALID_NRN',
      errors: [{ path: 'nationalRegisterNumber' }],
    });
    const badHerd = await register(household(futureSlot, { herdNumber: 'NL12345678' }));
    expect(badHerd.json()).toMatchObject({ status: 422, code: 'OFFERFEEST.INVALID_HERD_NUMBER' });
    const noSlot = await register(household('00000000-0000-4000-8000-000000000000'));
    expect(noSlot.json()).toMatchObject({ status: 422, code: 'OFFERFEEST.SLOT_NOT_FOUND' });
    expect((await register(household(futureSlot, { animals: 0 }))).statusCode).toBe(400);
    expect(
      (await send(t.app, undefined, '/api/offerfeest/editions/x/registrations', household(futureSlot)))
        .statusCode,
    ).toBe(400);
    const unknown = await register(household(futureSlot), '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a second registration of the same person, however the number is typed', async () => {
    const form = household(futureSlot);
    await registered(form);
    const nrn = form.nationalRegisterNumber;
    const again = await register({
      ...household(futureSlot),
      nationalRegisterNumber: `${nrn.slice(0, 2)}.${nrn.slice(2)}`,
    });
    expect(again.json()).toMatchObject({ status: 409, code: 'OFFERFEEST.DUPLICATE' });
  });

  it('refuses the other regime and a closed edition', async () => {
    const reimbursing = await createOpenEdition(t.app, staff.coordinator, 2052, { regime: 'reimbursement' });
    expect((await register(household(futureSlot), reimbursing)).json()).toMatchObject({
      code: 'OFFERFEEST.WRONG_REGIME',
    });
    const closed = await createOpenEdition(t.app, staff.coordinator, 2053, {
      registrationOpensAt: '2020-01-01T00:00:00+01:00',
      registrationClosesAt: '2020-02-01T00:00:00+01:00',
    });
    expect((await register(household(futureSlot), closed)).json()).toMatchObject({
      status: 409,
      code: 'OFFERFEEST.CLOSED',
    });
  });

  it('waitlists on a full slot and promotes in waiting order whoever fits when places free', async () => {
    const a = await registered(household(smallSlot, { animals: 2 }));
    const b = await registered(household(smallSlot, { animals: 1 }));
    const c = await registered(household(smallSlot, { animals: 2 }));
    const d = await registered(household(smallSlot, { animals: 1 }));
    expect([a, b, c, d].map((r) => [r.status, r.position])).toEqual([
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ]);
    // The household cancels: 2 places free; b (1) fits, c (2) does not, d (1) fits.
    const cancelled = await send(t.app, undefined, `/api/public/offerfeest/registrations/${a.code}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await statusOf(b.code)).status).toBe('confirmed');
    expect(await statusOf(c.code)).toMatchObject({ status: 'waitlisted', position: 1 });
    expect((await statusOf(d.code)).status).toBe('confirmed');
    const promoted = await t.platform.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.template, 'offerfeest.registration-promoted'));
    expect(promoted).toHaveLength(2);
    expect(
      (await send(t.app, undefined, `/api/public/offerfeest/registrations/${a.code}/cancel`)).statusCode,
    ).toBe(409);

    // Staff cancel b: 1 place, c still does not fit; raising the capacity lets c in.
    const staffCancel = await send(
      t.app,
      staff.coordinator,
      `/api/offerfeest/registrations/${await idOf(b.code)}/cancel`,
    );
    expect(staffCancel.json()).toMatchObject({ status: 'cancelled', name: expect.any(String) });
    expect((await statusOf(c.code)).status).toBe('waitlisted');
    await send(t.app, staff.coordinator, `/api/offerfeest/slots/${smallSlot}`, { capacity: 3 }, 'PATCH');
    expect((await statusOf(c.code)).status).toBe('confirmed');
    expect(await readPools(t.platform.database.db, [slotPoolKey(smallSlot)])).toEqual([
      { key: slotPoolKey(smallSlot), capacity: 3, taken: 3, remaining: 0 },
    ]);
    expect(
      (await send(t.app, staff.admin, `/api/offerfeest/registrations/${await idOf(c.code)}/cancel`))
        .statusCode,
    ).toBe(403);
    expect(
      (await send(t.app, staff.coordinator, '/api/offerfeest/registrations/nope/cancel')).statusCode,
    ).toBe(400);
  });

  it('shows the household its registration by code without personal data', async () => {
    const receipt = await registered(household(futureSlot, { name: 'Yusuf Demir' }));
    const seen = await read(
      t.app,
      undefined,
      `/api/public/offerfeest/registrations/${receipt.code.toLowerCase()}`,
    );
    expect(seen.json()).toMatchObject({
      code: receipt.code,
      status: 'confirmed',
      species: 'sheep',
      slot: { siteName: expect.any(String) },
    });
    expect(seen.body).not.toContain('Yusuf');
    expect(
      (await read(t.app, undefined, '/api/public/offerfeest/registrations/OF-AAAA-AAAA')).statusCode,
    ).toBe(404);
    expect(
      (await read(t.app, undefined, '/api/public/offerfeest/registrations/OF-AAAA-AAAA/qr.svg')).statusCode,
    ).toBe(404);
    expect((await read(t.app, undefined, '/api/public/offerfeest/registrations/x')).statusCode).toBe(400);
  });

  it('lists and reads registrations for the coordinator only, auditing each read', async () => {
    const url = `/api/offerfeest/editions/${editionId}/registrations`;
    const list = await read(t.app, staff.coordinator, `${url}?status=waitlisted&slotId=${smallSlot}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().every((r: { status: string }) => r.status === 'waitlisted')).toBe(true);
    const searched = await read(t.app, staff.coordinator, `${url}?q=fatima`);
    expect(searched.statusCode).toBe(200);
    const listed = await t.platform.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'offerfeest.registrations.listed'), eq(auditLog.entityId, editionId)));
    expect(listed).toHaveLength(2);
    for (const cookie of [staff.admin, staff.manager])
      expect((await read(t.app, cookie, url)).statusCode).toBe(403);
    expect((await read(t.app, undefined, url)).statusCode).toBe(401);
    expect((await read(t.app, staff.coordinator, `${url}?status=lost`)).statusCode).toBe(400);

    const receipt = await registered(household(futureSlot, { name: 'Ivana Petrova' }));
    const id = await idOf(receipt.code);
    const one = await read(t.app, staff.coordinator, `/api/offerfeest/registrations/${id}`);
    expect(one.json()).toMatchObject({
      id,
      name: 'Ivana Petrova',
      herdNumber: 'BE12345678',
      status: 'confirmed',
    });
    const [audit] = await t.platform.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, id))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.action).toBe('offerfeest.registration.read');
    expect((await read(t.app, staff.admin, `/api/offerfeest/registrations/${id}`)).statusCode).toBe(403);
    expect(
      (
        await read(
          t.app,
          staff.coordinator,
          '/api/offerfeest/registrations/00000000-0000-4000-8000-000000000000',
        )
      ).statusCode,
    ).toBe(404);
  });

  it("checks in today's codes at the slaughterhouse, once, and only on their day", async () => {
    const today = await registered(household(todaySlot));
    const scan = (code: string, query = '') =>
      send(t.app, staff.coordinator, `/api/offerfeest/check-in${query}`, { code });
    const checked = await scan(today.code.toLowerCase());
    expect(checked.json()).toMatchObject({ status: 'checked_in', checkedInAt: expect.any(String) });
    // The check-in page reads the status from `facts` (web/features/offerfeest/format.ts).
    expect((await scan(today.code)).json()).toMatchObject({
      status: 409,
      code: 'OFFERFEEST.TRANSITION_NOT_ALLOWED',
      detail: 'the registration is checked_in',
      facts: { status: 'checked_in' },
    });
    const later = await registered(household(futureSlot));
    expect((await scan(later.code)).json()).toMatchObject({
      status: 409,
      code: 'OFFERFEEST.WRONG_DAY',
      facts: { day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u) },
    });
    expect((await scan(later.code, '?anyDay=true')).json()).toMatchObject({ status: 'checked_in' });
    expect((await scan('OF-ZZZZ-ZZZZ')).statusCode).toBe(404);
    expect((await scan('')).statusCode).toBe(400);
    expect(
      (await send(t.app, staff.admin, '/api/offerfeest/check-in', { code: today.code })).statusCode,
    ).toBe(403);
  });

  it('refuses to check in a waitlisted registration', async () => {
    const [waiting] = await t.platform.database.db
      .select()
      .from(offerfeestRegistrations)
      .where(
        and(
          eq(offerfeestRegistrations.editionId, editionId),
          eq(offerfeestRegistrations.status, 'waitlisted'),
        ),
      );
    const code = waiting?.code ?? (await registered(household(smallSlot, { animals: 5 }))).code;
    const scan = await send(t.app, staff.coordinator, '/api/offerfeest/check-in?anyDay=true', { code });
    expect(scan.json()).toMatchObject({
      code: 'OFFERFEEST.TRANSITION_NOT_ALLOWED',
      facts: { status: 'waitlisted' },
    });
  });

  it('marks a no-show only once the slot has started', async () => {
    const started = await registered(household(todaySlot));
    const url = (code: string) => idOf(code).then((id) => `/api/offerfeest/registrations/${id}/no-show`);
    expect((await send(t.app, staff.coordinator, await url(started.code))).json()).toMatchObject({
      status: 'no_show',
    });
    const later = await registered(household(futureSlot));
    expect((await send(t.app, staff.coordinator, await url(later.code))).statusCode).toBe(409);
    expect((await send(t.app, staff.manager, await url(later.code))).statusCode).toBe(403);
  });
});
