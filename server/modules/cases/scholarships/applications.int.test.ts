import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHOLARSHIP_RULES_KEY } from '../../../../contracts/scholarships.ts';
import type { TestApp } from '../../../../test/app.ts';
import { listAudit } from '../../../platform/audit/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { cases } from '../cases.tables.ts';
import { casePeopleForTest, read, send } from '../cases.test-support.ts';
import { DEFAULT_SCHOLARSHIP_RULES } from './eligibility.ts';
import { createTestApp, newApplication, newCall, score } from './scholarships.test-support.ts';

type Who = Awaited<ReturnType<typeof casePeopleForTest>>;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('scholarship applications: eligibility, scores, ranking', () => {
  let t: TestApp;
  let who: Who;
  let callId: string;

  beforeAll(async () => {
    t = await createTestApp();
    who = await casePeopleForTest(t.app, t.platform.database.db);
    callId = await newCall(t.app, who.manager.cookie);
  });
  afterAll(() => t.close());

  describe('GET /cases/{caseId}/eligibility', () => {
    it('reports every rule for an eligible applicant, and the failed rule for another', async () => {
      const good = await newApplication(t.app, who.manager.cookie, { callId, name: ['Goed', 'Aanvrager'] });
      const response = await read(t.app, who.manager.cookie, `/api/cases/${good}/eligibility`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().eligible).toBe(true);
      expect(response.json().reasons).toHaveLength(7);
      const away = await newApplication(t.app, who.manager.cookie, {
        callId,
        name: ['Ver', 'Weg'],
        fields: { domicileGhent: false, previousEnrolmentsSameLevel: 3 },
      });
      const refused = (await read(t.app, who.manager.cookie, `/api/cases/${away}/eligibility`)).json();
      expect(refused.eligible).toBe(false);
      const failed = refused.reasons
        .filter((r: { passed: boolean }) => !r.passed)
        .map((r: { rule: string }) => r.rule);
      expect(failed.sort()).toEqual(['domicileGhent', 'maxEnrolmentsSameLevel']);
    });

    it("carries the committee average once scored (null before), never a member's comment", async () => {
      const id = await newApplication(t.app, who.counsellorA.cookie, { callId, name: ['Score', 'Samen'] });
      const before = await read(t.app, who.counsellorA.cookie, `/api/cases/${id}/eligibility`);
      expect(before.statusCode, before.body).toBe(200);
      expect(before.json().score).toBeNull();
      await score(t.app, who.counsellorA.cookie, id, {
        scores: { motivation: 8, need: 7, prospects: 6 },
        comment: 'sterke motivatie',
      });
      await score(t.app, who.manager.cookie, id, { scores: { motivation: 6, need: 6, prospects: 6 } });
      const after = await read(t.app, who.counsellorA.cookie, `/api/cases/${id}/eligibility`);
      expect(after.statusCode, after.body).toBe(200);
      expect(after.json().score).toEqual({ scoresCount: 2, averageTotal: 19.5, maxTotal: 30 });
      expect(after.body).not.toContain('sterke motivatie');
    });

    it('applies the rules in force on the day the application was opened', async () => {
      const db = t.platform.database.db;
      const old = await newApplication(t.app, who.manager.cookie, {
        callId,
        name: ['Oud', 'Dossier'],
        fields: { residenceStatus: 'labour_migrant' },
      });
      // From 2025 every status qualifies; the old application was opened in 2024, under the first rules.
      await t.platform.params.set(db, systemContext('test'), {
        key: SCHOLARSHIP_RULES_KEY,
        value: { ...DEFAULT_SCHOLARSHIP_RULES, eligibleStatuses: [] },
        validFrom: '2025-01-01',
      });
      const recent = await newApplication(t.app, who.manager.cookie, {
        callId,
        name: ['Nieuw', 'Dossier'],
        fields: { residenceStatus: 'labour_migrant' },
      });
      await db
        .update(cases)
        .set({ openedAt: new Date('2024-06-01T10:00:00Z') })
        .where(eq(cases.id, old));
      const oldAnswer = (await read(t.app, who.manager.cookie, `/api/cases/${old}/eligibility`)).json();
      expect(oldAnswer).toMatchObject({ eligible: false, rulesOn: '2024-06-01' });
      const recentAnswer = (await read(t.app, who.manager.cookie, `/api/cases/${recent}/eligibility`)).json();
      expect(recentAnswer.eligible).toBe(true);
      expect(recentAnswer.rules.eligibleStatuses).toEqual([]);
    });

    it('refuses a counsellor of another team (403), a requester (403), a bad id (400), another type (409)', async () => {
      const id = await newApplication(t.app, who.counsellorA.cookie, { callId, name: ['Team', 'A'] });
      expect((await read(t.app, who.counsellorA.cookie, `/api/cases/${id}/eligibility`)).statusCode).toBe(
        200,
      );
      expect((await read(t.app, who.counsellorB.cookie, `/api/cases/${id}/eligibility`)).statusCode).toBe(
        403,
      );
      expect((await read(t.app, who.requester.cookie, `/api/cases/${id}/eligibility`)).statusCode).toBe(403);
      expect((await read(t.app, who.manager.cookie, '/api/cases/nope/eligibility')).statusCode).toBe(400);
      expect((await read(t.app, who.manager.cookie, `/api/cases/${UNKNOWN}/eligibility`)).statusCode).toBe(
        404,
      );
      const other = await send(t.app, who.manager.cookie, '/api/cases', {
        type: 'guidance',
        title: 'Onthaal',
      });
      const answer = await read(t.app, who.manager.cookie, `/api/cases/${other.json().id}/eligibility`);
      expect(answer.statusCode).toBe(409);
      expect(answer.json().code).toBe('SCHOLARSHIPS.NOT_AN_APPLICATION');
    });
  });

  describe('PUT /applications/{caseId}/score', () => {
    const points = (motivation: number, need: number, prospects: number) => ({
      scores: { motivation, need, prospects },
    });

    it('keeps one row per member: a second PUT replaces hers, another member adds one; audited', async () => {
      const id = await newApplication(t.app, who.manager.cookie, { callId, name: ['Score', 'Een'] });
      const first = await score(t.app, who.counsellorA.cookie, id, {
        ...points(5, 5, 5),
        comment: 'eerste indruk',
      });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ scoresCount: 1, averageTotal: 15, score: { total: 15 } });
      const replaced = await score(t.app, who.counsellorA.cookie, id, points(9, 8, 7));
      expect(replaced.json()).toMatchObject({ scoresCount: 1, averageTotal: 24, score: { comment: null } });
      const second = await score(t.app, who.manager.cookie, id, points(10, 10, 10));
      expect(second.json()).toMatchObject({ scoresCount: 2, averageTotal: 27 });
      const audit = await listAudit(t.platform.database.db, {
        entity: 'case',
        entityId: id,
        action: 'case.scholarship.scored',
        limit: 10,
        offset: 0,
      });
      expect(audit.total).toBe(3);
      expect(JSON.stringify(audit.items)).not.toContain('eerste indruk');
    });

    it('refuses a requester (403), no session (401), points out of range or unknown criteria (400)', async () => {
      const id = await newApplication(t.app, who.manager.cookie, { callId, name: ['Score', 'Twee'] });
      expect((await score(t.app, who.requester.cookie, id, points(1, 1, 1))).statusCode).toBe(403);
      expect((await score(t.app, undefined, id, points(1, 1, 1))).statusCode).toBe(401);
      for (const body of [
        points(11, 1, 1),
        points(-1, 1, 1),
        points(1.5, 1, 1),
        { scores: { motivation: 1, need: 1 } },
        { scores: { motivation: 1, need: 1, prospects: 1, looks: 5 } },
      ]) {
        expect((await score(t.app, who.manager.cookie, id, body)).statusCode, JSON.stringify(body)).toBe(400);
      }
      expect((await score(t.app, who.manager.cookie, UNKNOWN, points(1, 1, 1))).statusCode).toBe(404);
    });

    it('refuses a case that is not an application or is already decided (409)', async () => {
      const other = await send(t.app, who.manager.cookie, '/api/cases', {
        type: 'guidance',
        title: 'Geen beurs',
      });
      expect((await score(t.app, who.manager.cookie, other.json().id, points(1, 1, 1))).statusCode).toBe(409);
      const decided = await newApplication(t.app, who.manager.cookie, { callId, name: ['Al', 'Beslist'] });
      await send(t.app, who.manager.cookie, `/api/cases/${decided}/transitions`, { to: 'rejected' });
      const late = await score(t.app, who.manager.cookie, decided, points(1, 1, 1));
      expect(late.statusCode).toBe(409);
      expect(late.json().code).toBe('SCHOLARSHIPS.NOT_SCORABLE');
    });
  });

  describe('GET /calls/{id}/ranking', () => {
    it('ranks complete, eligible applications by average total; ties go to the earlier one', async () => {
      const call = await newCall(t.app, who.manager.cookie);
      const make = (name: string, extra: object = {}) =>
        newApplication(t.app, who.manager.cookie, { callId: call, name: [name, 'Rang'], ...extra });
      const tieFirst = await make('Eerste');
      const best = await make('Beste');
      const tieSecond = await make('Tweede');
      const unscored = await make('Zonder');
      const incomplete = await make('Onvolledig', { complete: false });
      const ineligible = await make('Rijk', { fields: { monthlyIncomeCents: 900_000 } });
      for (const id of [tieFirst, tieSecond, incomplete, ineligible]) {
        await score(t.app, who.manager.cookie, id, { scores: { motivation: 6, need: 6, prospects: 6 } });
      }
      await score(t.app, who.manager.cookie, best, { scores: { motivation: 9, need: 9, prospects: 9 } });
      await score(t.app, who.counsellorA.cookie, best, { scores: { motivation: 8, need: 8, prospects: 8 } });
      const response = await read(t.app, who.counsellorA.cookie, `/api/scholarships/calls/${call}/ranking`);
      expect(response.statusCode, response.body).toBe(200);
      const items: { caseId: string; rank: number; averageTotal: number; scoresCount: number }[] =
        response.json().items;
      expect(items.map((i) => i.caseId)).toEqual([best, tieFirst, tieSecond, unscored]);
      expect(items[0]).toMatchObject({ rank: 1, averageTotal: 25.5, scoresCount: 2 });
      expect(items[3]).toMatchObject({ averageTotal: 0, scoresCount: 0 });
    });

    it('refuses a requester (403), a bad id (400), an unknown call (404)', async () => {
      expect(
        (await read(t.app, who.requester.cookie, `/api/scholarships/calls/${callId}/ranking`)).statusCode,
      ).toBe(403);
      expect((await read(t.app, who.manager.cookie, '/api/scholarships/calls/x/ranking')).statusCode).toBe(
        400,
      );
      expect(
        (await read(t.app, who.manager.cookie, `/api/scholarships/calls/${UNKNOWN}/ranking`)).statusCode,
      ).toBe(404);
    });
  });
});
