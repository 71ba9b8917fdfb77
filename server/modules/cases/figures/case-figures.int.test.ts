import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFigures } from '../../../../contracts/case-figures.ts';
import type { Role } from '../../../../contracts/identity.ts';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { createCase, transitionCase } from '../cases.service.ts';
import { caseStatusHistory, cases, caseTasks } from '../cases.tables.ts';
import { casePeopleForTest, read } from '../cases.test-support.ts';
import { scholarshipCalls } from '../scholarships/scholarships.tables.ts';
import { caseFigures } from './case-figures.service.ts';

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);
const URL_2025 = '/api/cases/figures?from=2025-01-01&to=2025-12-31';

function contextOf(user: { id: string; email: string }, roles: Role[]): RequestContext {
  return {
    actor: {
      id: user.id,
      email: user.email,
      name: 'Test',
      roles,
      organisationId: null,
      teamId: null,
      locale: 'nl',
    },
    requestId: 'figures-test',
  };
}

describe('case figures', () => {
  let t: TestApp;
  let db: Db;
  let who: Awaited<ReturnType<typeof casePeopleForTest>>;
  let ctx: RequestContext;

  /** A guidance case walked through `moves`, then its history dated `dates` (one per row). */
  async function walked(moves: string[], dates: string[], assigneeId?: string) {
    const created = await createCase(db, ctx, {
      type: 'guidance',
      title: 'Onthaal',
      ...(assigneeId ? { assigneeId } : {}),
    });
    for (const to of moves) await transitionCase(db, ctx, created.id, { to });
    const rows = await db
      .select({ id: caseStatusHistory.id })
      .from(caseStatusHistory)
      .where(eq(caseStatusHistory.caseId, created.id))
      .orderBy(asc(caseStatusHistory.id));
    expect(rows).toHaveLength(dates.length);
    for (const [index, row] of rows.entries()) {
      await db
        .update(caseStatusHistory)
        .set({ at: day(dates[index] ?? '') })
        .where(eq(caseStatusHistory.id, row.id));
    }
    const closed = moves.at(-1) === 'stopped' ? day(dates.at(-1) ?? '') : null;
    await db
      .update(cases)
      .set({ openedAt: day(dates[0] ?? ''), closedAt: closed })
      .where(eq(cases.id, created.id));
    return created.id;
  }

  async function deadline(caseId: string, key: string, dueOn: string, doneAt: Date | null) {
    await db.insert(caseTasks).values({ caseId, title: key, deadlineKey: key, dueOn, doneAt });
  }

  let g1: string;
  beforeAll(async () => {
    t = await createTestApp();
    db = t.platform.database.db;
    who = await casePeopleForTest(t.app, db);
    ctx = contextOf(who.manager, ['manager']);
    // registered: 10, 20 and 60 days (average 30, median 20); intake: 30 and 40 days.
    g1 = await walked(
      ['intake', 'contract_signed'],
      ['2025-03-01', '2025-03-11', '2025-04-10'],
      who.counsellorA.id,
    );
    const g2 = await walked(['intake', 'stopped'], ['2025-05-01', '2025-05-21', '2025-06-30']);
    const g3 = await walked(['stopped'], ['2025-07-01', '2025-08-30']);
    // Began before the period: its 'registered' stay is not counted, its 'intake' stay is.
    await walked(['intake', 'stopped'], ['2024-12-01', '2025-01-05', '2025-02-09']);
    await createCase(db, ctx, {
      type: 'higher_education',
      title: 'Voortraject',
      assigneeId: who.counsellorA.id,
    });
    await createCase(db, ctx, {
      type: 'higher_education',
      title: 'Voortraject',
      assigneeId: who.counsellorB.id,
    });

    await deadline(g1, 'naric_decision', '2025-04-01', new Date('2025-03-30T10:00:00Z')); // met
    await deadline(g2, 'naric_decision', '2025-04-01', new Date('2025-04-05T10:00:00Z')); // late
    await deadline(g3, 'naric_decision', '2025-04-01', null); // open past its day
    // Done at 23:30 on 31 December in Brussels: on its due day, so met.
    await deadline(g1, 'missing_documents', '2025-12-31', new Date('2025-12-31T22:30:00Z'));
    await deadline(g2, 'missing_documents', '2026-01-05', null); // due after the period

    const [call] = await db
      .insert(scholarshipCalls)
      .values({
        academicYear: '2025-2026',
        title: 'UCT najaar',
        budgetCents: 200_000,
        grantCents: 50_000,
        opensOn: '2025-05-01',
        closesOn: '2025-06-01',
        status: 'awarded',
        awardedCents: 100_000,
        awardedAt: day('2025-06-15'),
      })
      .returning();
    for (const awardCents of [50_000, 50_000, 0]) {
      const application = await createCase(db, ctx, { type: 'scholarship', title: 'Aanvraag' });
      await db
        .update(cases)
        .set({ fields: { callId: call?.id, awardCents } })
        .where(eq(cases.id, application.id));
    }
  });
  afterAll(() => t.close());

  it('answers the figures of a period to a manager, with exact durations', async () => {
    const response = await read(t.app, who.manager.cookie, URL_2025);
    expect(response.statusCode, response.body).toBe(200);
    const figures: CaseFigures = response.json();
    const stay = (status: string) => figures.timeInStatus.find((row) => row.status === status);
    expect(stay('registered')).toMatchObject({ stays: 3, ongoing: 0, averageDays: 30, medianDays: 20 });
    expect(stay('intake')).toMatchObject({ stays: 3, ongoing: 0, averageDays: 35, medianDays: 35 });
    expect(stay('contract_signed')).toMatchObject({ stays: 1, ongoing: 1, statusLabel: 'Contract getekend' });
    expect(stay('stopped')).toBeUndefined();

    expect(figures.byTypeAndStatus).toEqual([
      { type: 'guidance', status: 'contract_signed', statusLabel: 'Contract getekend', cases: 1 },
      { type: 'guidance', status: 'stopped', statusLabel: 'Stopgezet', cases: 2 },
    ]);
    expect(figures.outcomes).toEqual([
      { type: 'guidance', status: 'stopped', statusLabel: 'Stopgezet', cases: 3 },
    ]);
    expect(figures.deadlines).toEqual([
      { deadlineKey: 'missing_documents', due: 1, met: 1, missedLate: 0, missedOpen: 0, pending: 0 },
      { deadlineKey: 'naric_decision', due: 3, met: 1, missedLate: 1, missedOpen: 1, pending: 0 },
    ]);
    expect(figures.caseload).toEqual(
      expect.arrayContaining([
        { assigneeId: who.counsellorA.id, assigneeName: 'Counsellor A', openCases: 2 },
        { assigneeId: who.counsellorB.id, assigneeName: 'Counsellor B', openCases: 1 },
      ]),
    );
    expect(figures.scholarships).toEqual({ callsAwarded: 1, awardedCents: 100_000, grants: 2 });
    // Aggregates only: no case title, reference or client anywhere.
    expect(response.body).not.toMatch(/Onthaal|Voortraject|D-\d{4}-/);
  });

  it('measures the current status up to now', async () => {
    const figures = await caseFigures(db, ctx, { from: '2025-01-01', to: '2025-12-31' }, day('2025-05-10'));
    const current = figures.timeInStatus.find((row) => row.status === 'contract_signed');
    expect(current).toMatchObject({ stays: 1, ongoing: 1, averageDays: 30, medianDays: 30 });
    // Seen on 10 May, the open naric deadline of 1 April is missed and nothing is pending yet.
    expect(figures.deadlines.find((row) => row.deadlineKey === 'naric_decision')).toMatchObject({
      missedOpen: 1,
    });
    const ahead = await caseFigures(db, ctx, { from: '2025-01-01', to: '2025-12-31' }, day('2025-03-15'));
    expect(ahead.deadlines.find((row) => row.deadlineKey === 'naric_decision')).toMatchObject({
      missedOpen: 0,
      pending: 1,
    });
  });

  it('narrows to one type', async () => {
    const response = await read(t.app, who.coordinator.cookie, `${URL_2025}&type=higher_education`);
    expect(response.statusCode, response.body).toBe(200);
    const figures: CaseFigures = response.json();
    expect(figures).toMatchObject({
      type: 'higher_education',
      timeInStatus: [],
      outcomes: [],
      scholarships: null,
    });
    expect(figures.caseload.reduce((sum, row) => sum + row.openCases, 0)).toBe(2);
    expect(g1).toBeDefined();
  });

  it('refuses callers without cases.figures (403) and bad input (400)', async () => {
    for (const cookie of [who.requester.cookie, who.counsellorA.cookie]) {
      const refused = await read(t.app, cookie, URL_2025);
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
    expect((await read(t.app, undefined, URL_2025)).statusCode).toBe(401);
    for (const query of [
      'from=2025-12-31&to=2025-01-01',
      'from=2025-01-01',
      'from=2025-01-01&to=2025-12-31&type=x',
    ]) {
      const bad = await read(t.app, who.manager.cookie, `/api/cases/figures?${query}`);
      expect(bad.statusCode, query).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
    }
  });
});
