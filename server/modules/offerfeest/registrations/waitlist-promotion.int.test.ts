import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { readPools } from '../../../platform/capacity/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { mailOutbox } from '../../../platform/mail/mail.tables.ts';
import { offerfeestRegistrations as regs } from '../offerfeest.tables.ts';
import {
  brusselsDay,
  createOpenEdition,
  createSite,
  createSlots,
  household,
  offerfeestStaff,
  send,
} from '../offerfeest.test-support.ts';
import { offerfeestDeps } from '../offerfeest-deps.ts';
import { slotPoolKey } from '../pool-keys.ts';
import { markNoShow } from './status-changes.ts';

/** Freed places go to the waiting list by themselves: after a cancellation and after a no-show. */
describe(`offerfeest waiting list promotion (${testEngine()})`, () => {
  let t: TestApp;
  let coordinator: string;
  let editionId: string;
  let siteId: string;
  let day = 5;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await offerfeestStaff(t.app, t.platform.database.db)).coordinator;
    editionId = await createOpenEdition(t.app, coordinator, 2071);
    siteId = await createSite(t.app, coordinator, editionId);
  });
  afterAll(() => t.close());

  const db = () => t.platform.database.db;
  const newSlot = async (capacity: number) => {
    const [slot] = await createSlots(t.app, coordinator, editionId, {
      siteId,
      day: brusselsDay(day++),
      startTime: '08:00',
      endTime: '09:00',
      minutes: 60,
      capacity,
    });
    return { id: slot?.id ?? '', start: new Date(slot?.start ?? '') };
  };
  /** Registers one after the other, so the waiting order is the order of the list. */
  const registerInTurn = async (slotId: string, count: number) => {
    const codes: string[] = [];
    for (let i = 0; i < count; i++) {
      const response = await send(
        t.app,
        undefined,
        `/api/offerfeest/editions/${editionId}/registrations`,
        household(slotId),
      );
      codes.push(response.json().code);
    }
    return codes;
  };
  const rows = async (codes: string[]) => {
    const found = await db().select().from(regs).where(inArray(regs.code, codes));
    return codes.map((code) => found.find((row) => row.code === code));
  };
  const statuses = async (codes: string[]) => (await rows(codes)).map((row) => row?.status);
  const taken = async (slotId: string) => (await readPools(db(), [slotPoolKey(slotId)]))[0]?.taken;

  it('gives a no-show’s place to the longest waiting household while the slot runs, not after it ended', async () => {
    const slot = await newSlot(2);
    const codes = await registerInTurn(slot.id, 4);
    expect(await statuses(codes)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    const [first, second] = await rows(codes);
    const deps = offerfeestDeps(t.platform);
    const during = new Date(slot.start.getTime() + 10 * 60_000);
    await markNoShow(deps, systemContext('test'), first?.id ?? '', during);
    expect(await statuses(codes)).toEqual(['no_show', 'confirmed', 'confirmed', 'waitlisted']);
    expect(await taken(slot.id)).toBe(2);
    const third = (await rows([codes[2] ?? '']))[0];
    const promoted = await db()
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.template, 'offerfeest.registration-promoted'),
          eq(mailOutbox.recipient, third?.email ?? ''),
        ),
      );
    expect(promoted).toHaveLength(1);
    // Once the slot is over, a freed place helps nobody: it is given back, nobody is promoted.
    const after = new Date(slot.start.getTime() + 61 * 60_000);
    await markNoShow(deps, systemContext('test'), second?.id ?? '', after);
    expect(await statuses(codes)).toEqual(['no_show', 'no_show', 'confirmed', 'waitlisted']);
    expect(await taken(slot.id)).toBe(1);
  });

  it('promotes exactly the longest waiting when cancellations, no-shows and new registrations race', async () => {
    const slot = await newSlot(5);
    const codes = await registerInTurn(slot.id, 15);
    const confirmed = (await rows(codes.slice(0, 5))).map((row) => row?.id ?? '');
    expect(await statuses(codes)).toEqual([...Array(5).fill('confirmed'), ...Array(10).fill('waitlisted')]);
    const deps = offerfeestDeps(t.platform);
    const during = new Date(slot.start.getTime() + 60_000);
    const results = await Promise.allSettled([
      ...codes
        .slice(0, 3)
        .map((code) => send(t.app, undefined, `/api/public/offerfeest/registrations/${code}/cancel`)),
      ...confirmed.slice(3).map((id) => markNoShow(deps, systemContext('test'), id, during)),
      ...Array.from({ length: 8 }, () =>
        send(t.app, undefined, `/api/offerfeest/editions/${editionId}/registrations`, household(slot.id)),
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual(Array(13).fill('fulfilled'));
    const answers = results.slice(0, 3).concat(results.slice(5));
    for (const answer of answers) {
      if (answer.status !== 'fulfilled' || !answer.value) continue;
      expect([200, 201]).toContain(answer.value.statusCode);
    }
    // The five freed places went to the five who waited longest; the newcomers all wait.
    expect(await statuses(codes)).toEqual([
      ...Array(3).fill('cancelled'),
      ...Array(2).fill('no_show'),
      ...Array(5).fill('confirmed'),
      ...Array(5).fill('waitlisted'),
    ]);
    const newcomers = results
      .slice(5)
      .map((r) => (r.status === 'fulfilled' && r.value ? (r.value.json() as { status: string }).status : ''));
    expect(newcomers).toEqual(Array(8).fill('waitlisted'));
    expect(await taken(slot.id)).toBe(5);
    const all = await db().select().from(regs).where(eq(regs.slotId, slot.id));
    expect(all.filter((row) => row.status === 'confirmed')).toHaveLength(5);
  });
});
