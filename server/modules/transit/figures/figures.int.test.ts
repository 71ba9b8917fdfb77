import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransitFigures } from '../../../../contracts/transit.ts';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertUser, signIn } from '../../../../test/factories.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { createFinalBill } from '../billing/bill.service.ts';
import { call, insertStay } from '../billing/billing.test-support.ts';
import { transitPitches } from '../transit.tables.ts';

const round1 = (value: number) => Math.round(value * 10) / 10;

describe('GET /api/transit/figures', () => {
  let t: TestApp;
  let db: Db;
  let monitor: string;
  let counsellor: string;
  let revenue = 0;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.platform.database.db;
    const city = await insertUser(db, { roles: ['city_monitor'] });
    const other = await insertUser(db, { roles: ['counsellor'] });
    monitor = await signIn(t.app, city.email);
    counsellor = await signIn(t.app, other.email);
    const ctx: RequestContext = { actor: null, requestId: 'figures-test' };
    const billOf = async (reservationId: string) => {
      await t.platform.params.get('transit.tariff', '2026-01-01');
      return db.transaction((tx) => createFinalBill(tx, t.platform, ctx, reservationId));
    };
    // 7 nights × 2 caravans on 2 pitches in March, billed.
    const a = await insertStay(db, {
      arrival: '2026-03-10',
      departure: '2026-03-17',
      caravans: 2,
      meters: [{ start: 0, end: 10 }, { start: 0 }],
    });
    revenue = (await billOf(a.reservationId)).totalCents;
    // The same party again: 4 nights in March, 3 in April.
    await insertStay(db, {
      status: 'settled',
      arrival: '2026-03-28',
      departure: '2026-04-04',
      partyId: a.partyId,
    });
    await insertStay(db, { status: 'evicted', arrival: '2026-07-01', departure: '2026-07-04' });
    await insertStay(db, { status: 'cancelled', arrival: '2026-05-01', departure: '2026-05-05' });
    await insertStay(db, { status: 'no_show', arrival: '2026-06-01', departure: '2026-06-03' });
    await insertStay(db, { status: 'provisional', arrival: '2026-08-01', departure: '2026-08-05' });
    // Arrived in 2025: not a 2026 stay, its bill not 2026 revenue, but its night of 1 January is occupancy.
    const old = await insertStay(db, { arrival: '2025-12-30', departure: '2026-01-02', caravans: 3 });
    await billOf(old.reservationId);
  }, 180_000);
  afterAll(async () => t?.close());

  it('counts the year’s stays, nights, parties, occupancy, revenue and endings', async () => {
    const answer = await call(t.app, monitor, '/api/transit/figures?year=2026');
    expect(answer.statusCode).toBe(200);
    const figures: TransitFigures = answer.json();
    const [active] = await db
      .select({ n: count() })
      .from(transitPitches)
      .where(eq(transitPitches.active, true));
    const pitches = active?.n ?? 0;
    expect(pitches).toBeGreaterThan(0);
    const percent = (pitchNights: number, days: number) => round1((pitchNights * 100) / (pitches * days));
    expect(figures).toMatchObject({
      year: 2026,
      stays: 3,
      nights: 7 + 7 + 3,
      caravanNights: 14 + 7 + 3,
      parties: 2,
      averageStayNights: 5.7,
      revenueCents: revenue,
      refusedOrCancelled: { cancelled: 1, noShow: 1, evicted: 1 },
    });
    expect(revenue).toBe(7 * 2 * 720 + 10 * 35);
    expect(figures.occupancyPercentByMonth).toEqual([
      { month: 1, percent: percent(1, 31) },
      { month: 2, percent: 0 },
      { month: 3, percent: percent(2 * 7 + 4, 31) },
      { month: 4, percent: percent(3, 30) },
      { month: 5, percent: 0 },
      { month: 6, percent: 0 },
      { month: 7, percent: percent(3, 31) },
      ...[8, 9, 10, 11, 12].map((month) => ({ month, percent: 0 })),
    ]);
    expect(answer.body).not.toContain('Testers');
  });

  it('answers an empty year with zeros', async () => {
    const figures: TransitFigures = (await call(t.app, monitor, '/api/transit/figures?year=2030')).json();
    expect(figures).toMatchObject({ stays: 0, nights: 0, averageStayNights: 0, revenueCents: 0 });
  });

  it('refuses a counsellor, an anonymous caller and a bad year', async () => {
    expect((await call(t.app, counsellor, '/api/transit/figures?year=2026')).statusCode).toBe(403);
    expect((await call(t.app, undefined, '/api/transit/figures?year=2026')).statusCode).toBe(401);
    for (const query of ['?year=abc', '', '?year=1850', '?year=2026.5']) {
      expect((await call(t.app, monitor, `/api/transit/figures${query}`)).statusCode).toBe(400);
    }
  });
});
