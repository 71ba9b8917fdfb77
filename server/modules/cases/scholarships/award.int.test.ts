import type { LightMyRequestResponse } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { casePeopleForTest, read, send } from '../cases.test-support.ts';
import {
  caseStatus,
  createTestApp,
  GRANT,
  newApplication,
  newCall,
  score,
} from './scholarships.test-support.ts';

type Who = Awaited<ReturnType<typeof casePeopleForTest>>;
const N = 3;

async function pdfText(response: LightMyRequestResponse): Promise<string> {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  const pdf = await getDocumentProxy(new Uint8Array(response.rawPayload));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/gu, ' ');
}

describe('award, letters and payments', () => {
  let t: TestApp;
  let who: Who;
  let callId: string;
  /** Best first: ranked[0..N-1] get a grant, the rest wait. */
  const ranked: string[] = [];
  const ids = { ineligible: '', incomplete: '' };
  const languages = ['tr', 'en', 'ar', 'fr', 'nl', 'en'];

  const award = (id: string, cookie = who.coordinator.cookie) =>
    send(t.app, cookie, `/api/scholarships/calls/${id}/award`, {});

  beforeAll(async () => {
    t = await createTestApp();
    who = await casePeopleForTest(t.app, t.platform.database.db);
    callId = await newCall(t.app, who.manager.cookie, { budgetCents: N * GRANT + GRANT - 1 });
    for (let i = 0; i < N + 3; i++) {
      const id = await newApplication(t.app, who.manager.cookie, {
        callId,
        name: ['Aanvrager', `Nummer${i + 1}`],
        language: languages[i],
      });
      const points = 10 - i;
      await score(t.app, who.manager.cookie, id, {
        scores: { motivation: points, need: points, prospects: points },
      });
      ranked.push(id);
    }
    ids.ineligible = await newApplication(t.app, who.manager.cookie, {
      callId,
      name: ['Niet', 'Gent'],
      fields: { domicileGhent: false },
    });
    ids.incomplete = await newApplication(t.app, who.manager.cookie, {
      callId,
      name: ['Nog', 'Onvolledig'],
      complete: false,
    });
  });
  afterAll(() => t.close());

  describe('POST /calls/{id}/award', () => {
    it('refuses a counsellor (403), a bad id (400), a call in draft (409)', async () => {
      expect((await award(callId, who.counsellorA.cookie)).statusCode).toBe(403);
      expect((await award('x')).statusCode).toBe(400);
      const draft = await newCall(t.app, who.manager.cookie, { status: 'draft' });
      const response = await award(draft);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('SCHOLARSHIPS.CALL_NOT_AWARDABLE');
    });

    it(`grants exactly ${N} within the budget, waitlists the other eligible ones, rejects the ineligible`, async () => {
      const response = await award(callId);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ approved: N, waitlisted: 3, rejected: 1 });
      expect(body.call).toMatchObject({ status: 'awarded', awardedCents: N * GRANT });
      expect(body.call.awardedCents).toBeLessThanOrEqual(body.call.budgetCents);
      for (const [index, id] of ranked.entries()) {
        const c = await caseStatus(t.app, who.manager.cookie, id);
        if (index < N) {
          expect(c.status).toBe('approved');
          expect(c.fields).toMatchObject({ awardCents: GRANT, payment: 'pending' });
        } else {
          expect(c.status).toBe('waitlisted');
          expect(c.fields.awardCents).toBeUndefined();
        }
      }
      expect((await caseStatus(t.app, who.manager.cookie, ids.ineligible)).status).toBe('rejected');
      expect((await caseStatus(t.app, who.manager.cookie, ids.incomplete)).status).toBe('submitted');
      const detail = (await read(t.app, who.manager.cookie, `/api/scholarships/calls/${callId}`)).json();
      expect(detail).toMatchObject({ budgetUsedCents: N * GRANT, budgetLeftCents: GRANT - 1 });
      expect(detail.countsByStatus).toMatchObject({ approved: N, waitlisted: 3, rejected: 1, submitted: 1 });
    });

    it('a second award is refused with 409 and changes nothing', async () => {
      const again = await award(callId);
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('SCHOLARSHIPS.CALL_AWARDED');
      const patch = await send(
        t.app,
        who.coordinator.cookie,
        `/api/scholarships/calls/${callId}`,
        { title: 'x' },
        'PATCH',
      );
      expect(patch.statusCode).toBe(409);
    });

    it.skipIf(testEngine() !== 'postgres')(
      'two concurrent awards: exactly one succeeds (PostgreSQL only: PGlite has one connection, nothing runs concurrently)',
      async () => {
        const race = await newCall(t.app, who.manager.cookie, { budgetCents: 2 * GRANT });
        for (let i = 0; i < 3; i++) {
          await newApplication(t.app, who.manager.cookie, { callId: race, name: ['Race', `R${i}`] });
        }
        const results = await Promise.all([award(race), award(race, who.manager.cookie)]);
        expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
        const detail = (await read(t.app, who.manager.cookie, `/api/scholarships/calls/${race}`)).json();
        expect(detail).toMatchObject({ awardedCents: 2 * GRANT, budgetUsedCents: 2 * GRANT });
        expect(detail.countsByStatus).toMatchObject({ approved: 2, waitlisted: 1 });
      },
    );
  });

  describe('GET /cases/{caseId}/letter.pdf', () => {
    const letter = (id: string, query = '', cookie = who.manager.cookie) =>
      read(t.app, cookie, `/api/cases/${id}/letter.pdf${query}`);

    it('an approval in Dutch and Turkish names the applicant, the amount and what to do next', async () => {
      const response = await letter(ranked[0] ?? '');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const text = await pdfText(response);
      expect(text).toContain('Aanvrager Nummer1');
      expect(text).toContain('€ 296,00');
      expect(text).toContain('Nederlands niveau 3');
      expect(text).toContain('u krijgt een beurs');
      expect(text).toContain('2 weken voor de cursus begint');
      expect(text).toContain('burs alıyorsunuz');
      expect(text).toContain('Türkçe');
    });

    it('?lang=en prints the English part with its own amount format', async () => {
      const text = await pdfText(await letter(ranked[0] ?? '', '?lang=en'));
      expect(text).toContain('€296.00');
      expect(text).toContain('you get a grant');
      expect(text).not.toContain('Türkçe');
    });

    it('Arabic is printed in Arabic after the Dutch part, with the facts in a table of their own', async () => {
      const text = await pdfText(await letter(ranked[2] ?? ''));
      expect(text).toContain('Aanvrager Nummer3');
      expect(text).toContain('u krijgt een beurs');
      // Right-to-left lines read back word by word, in either order.
      for (const word of ['خبر', 'منحة', 'مدينة']) {
        expect(text.includes(word) || text.includes([...word].reverse().join(''))).toBe(true);
      }
      expect(text).toContain('€ 296,00');
      expect(text).not.toContain('not yet available in your language');
    });

    it('a waitlisted letter (French) and a rejection (Dutch)', async () => {
      const waiting = await pdfText(await letter(ranked[3] ?? ''));
      expect(waiting).toContain('wachtlijst');
      expect(waiting).toContain('liste d’attente');
      expect(waiting).toContain('Aanvrager Nummer4');
      const refused = await pdfText(await letter(ids.ineligible));
      expect(refused).toContain('U krijgt geen beurs');
      expect(refused).toContain('Niet Gent');
    });

    it('refuses an undecided case (409), another team (403), a bad language (400)', async () => {
      const undecided = await letter(ids.incomplete);
      expect(undecided.statusCode).toBe(409);
      expect(undecided.json().code).toBe('SCHOLARSHIPS.NO_DECISION');
      expect((await letter(ranked[0] ?? '', '', who.counsellorB.cookie)).statusCode).toBe(403);
      expect((await letter(ranked[0] ?? '', '?lang=xx')).statusCode).toBe(400);
    });
  });

  describe('POST /calls/{id}/letters', () => {
    it('all decided applications in one PDF', async () => {
      const response = await send(
        t.app,
        who.coordinator.cookie,
        `/api/scholarships/calls/${callId}/letters`,
        {},
      );
      expect(response.statusCode, response.body).toBe(200);
      const pdf = await getDocumentProxy(new Uint8Array(response.rawPayload));
      expect(pdf.numPages).toBeGreaterThanOrEqual(N + 4);
      const text = await pdfText(response);
      for (let i = 1; i <= N + 3; i++) expect(text).toContain(`Aanvrager Nummer${i}`);
      expect(text).toContain('Niet Gent');
      expect(text).not.toContain('Nog Onvolledig');
    });

    it('refuses a counsellor (403), a bad id (400), a call without decisions (409)', async () => {
      const url = `/api/scholarships/calls/${callId}/letters`;
      expect((await send(t.app, who.counsellorA.cookie, url, {})).statusCode).toBe(403);
      expect(
        (await send(t.app, who.coordinator.cookie, '/api/scholarships/calls/x/letters', {})).statusCode,
      ).toBe(400);
      const empty = await newCall(t.app, who.manager.cookie);
      const response = await send(
        t.app,
        who.coordinator.cookie,
        `/api/scholarships/calls/${empty}/letters`,
        {},
      );
      expect(response.statusCode).toBe(409);
    });
  });

  describe('POST /applications/{caseId}/payment', () => {
    const pay = (id: string, body: object, cookie = who.coordinator.cookie) =>
      send(t.app, cookie, `/api/scholarships/applications/${id}/payment`, body);

    it('records a payment and a cancellation; the call’s figures follow', async () => {
      const paid = await pay(ranked[0] ?? '', { status: 'paid', paidOn: '2026-09-15' });
      expect(paid.statusCode, paid.body).toBe(200);
      expect(paid.json()).toMatchObject({ payment: 'paid', paidOn: '2026-09-15', awardCents: GRANT });
      const cancelled = await pay(ranked[1] ?? '', { status: 'cancelled' });
      expect(cancelled.json()).toMatchObject({ payment: 'cancelled', paidOn: null });
      const detail = (await read(t.app, who.manager.cookie, `/api/scholarships/calls/${callId}`)).json();
      expect(detail).toMatchObject({ paidCents: GRANT, budgetUsedCents: (N - 1) * GRANT });
      const c = await caseStatus(t.app, who.manager.cookie, ranked[0] ?? '');
      expect(c.fields).toMatchObject({ payment: 'paid', paidOn: '2026-09-15' });
    });

    it('refuses a counsellor (403), bad input (400), a case without a grant (409)', async () => {
      expect((await pay(ranked[2] ?? '', { status: 'paid' }, who.counsellorA.cookie)).statusCode).toBe(403);
      expect((await pay(ranked[2] ?? '', { status: 'refunded' })).statusCode).toBe(400);
      expect((await pay(ranked[2] ?? '', { status: 'pending', paidOn: '2026-09-01' })).statusCode).toBe(400);
      expect((await pay(ranked[2] ?? '', { status: 'paid', paidOn: '15/09/2026' })).statusCode).toBe(400);
      const waiting = await pay(ranked[4] ?? '', { status: 'paid' });
      expect(waiting.statusCode).toBe(409);
      expect(waiting.json().code).toBe('SCHOLARSHIPS.NOT_AWARDED');
    });
  });
});
