import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import { charges } from '../interpreting.tables.ts';
import { type Caller, caller, insertInterpreter, insertSession } from './billing.test-support.ts';
import { parseCsv } from './csv.ts';
import { lateCancellationFeeCents } from './tariff.ts';

type Line = {
  kind: string;
  reference: string;
  billableMinutes: number;
  feeCents: number;
  travelCents: number;
};

describe('monthly statement: billed late cancellations', () => {
  let t: TestApp;
  let call: Caller;
  let organisationId: string;
  let interpreterId: string;
  let otherId: string;
  const cookies = { interpreter: '', dispatcher: '' };
  const ids = { late: '', waived: '', others: '' };

  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t.app);
    const db = t.platform.database.db;
    organisationId = (await insertOrganisation(db, { name: 'CAW Oost-Vlaanderen (test)' })).id;
    const tolk = await insertUser(db, { roles: ['interpreter'] });
    const dispatcher = await insertUser(db, { roles: ['dispatcher'] });
    interpreterId = await insertInterpreter(db, { userId: tolk.id, homeLat: 51.0, homeLon: 3.6 });
    otherId = await insertInterpreter(db);
    cookies.interpreter = await signIn(t.app, tolk.email);
    cookies.dispatcher = await signIn(t.app, dispatcher.email);
    const late = (
      start: string,
      who: string,
      cancellation: { kind: 'late'; waived?: boolean; onTheWay?: boolean },
    ) =>
      insertSession(db, { organisationId, interpreterId: who, start, cancellation }).then((s) => s.requestId);
    ids.late = await late('2026-03-02T08:00:00Z', interpreterId, { kind: 'late', onTheWay: true });
    ids.waived = await late('2026-03-03T08:00:00Z', interpreterId, { kind: 'late', waived: true });
    ids.others = await late('2026-03-04T08:00:00Z', otherId, { kind: 'late' });
  });
  afterAll(() => t.close());

  const statement = async () => {
    const answer = await call(
      'GET',
      `/interpreters/${interpreterId}/statements/2026-03`,
      cookies.interpreter,
    );
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as {
      lines: Line[];
      totalFeeCents: number;
      totalTravelCents: number;
      totalCents: number;
    };
  };

  it('pays her share once the late cancellation is charged, not a waived one nor a colleague’s', async () => {
    expect((await statement()).lines).toEqual([]);
    const drafted = await call('POST', '/invoices', cookies.dispatcher, {
      organisationId,
      quarter: '2026-Q1',
    });
    expect(drafted.statusCode, drafted.body).toBe(201);

    const after = await statement();
    expect(after.lines).toHaveLength(1);
    const [line] = after.lines;
    const [charge] = await t.platform.database.db
      .select()
      .from(charges)
      .where(eq(charges.requestId, ids.late));
    expect(line).toMatchObject({
      kind: 'late_cancellation',
      billableMinutes: 60,
      travelCents: charge?.travelCents,
    });
    expect(charge?.travelCents).toBeGreaterThan(0);
    // 2026 tariff: fee €39.20/h, share 100% of the on-site minimum of 60 minutes.
    expect(line?.feeCents).toBe(3920);
    expect(after.totalCents).toBe(3920 + (charge?.travelCents ?? 0));

    const csv = await call(
      'GET',
      `/interpreters/${interpreterId}/statements/2026-03.csv`,
      cookies.interpreter,
    );
    const rows = parseCsv(csv.body);
    expect(rows[1]?.[1]).toBe('laattijdige annulering');
  });

  it('uses the share stored with the charge', async () => {
    await t.platform.database.db
      .update(charges)
      .set({ tariff: sql`${charges.tariff} || '{"lateCancellationFeePercent": 50}'::jsonb` })
      .where(eq(charges.requestId, ids.late));
    expect((await statement()).lines[0]?.feeCents).toBe(1960);
  });

  it('computes a share to the cent, rounding half up', () => {
    expect(lateCancellationFeeCents(60, 3920, 100)).toBe(3920);
    expect(lateCancellationFeeCents(15, 3920, 70)).toBe(686);
    expect(lateCancellationFeeCents(30, 3333, 33.33)).toBe(555);
    expect(lateCancellationFeeCents(60, 3920, 0)).toBe(0);
  });
});
