import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testEngine } from '../../../test/database.ts';
import { casePeopleForTest, send } from './cases.test-support.ts';

/** On PostgreSQL the requests really race (a pool of connections); on PGlite they queue. */
describe(`cases under concurrent requests (${testEngine()})`, () => {
  let t: TestApp;
  let who: Awaited<ReturnType<typeof casePeopleForTest>>;

  beforeAll(async () => {
    t = await createTestApp();
    who = await casePeopleForTest(t.app, t.platform.database.db);
  });
  afterAll(() => t.close());

  it('gives 20 cases opened at once 20 different, consecutive references', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send(t.app, who.counsellorA.cookie, '/api/cases', { type: 'guidance', title: `Race ${i}` }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const numbers = responses.map((r) => Number(r.json().reference.slice(-6))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    expect((numbers.at(-1) ?? 0) - (numbers[0] ?? 0)).toBe(19);
  });

  it('lets exactly one of 10 simultaneous moves land; the others get 409', async () => {
    const created = await send(t.app, who.counsellorA.cookie, '/api/cases', {
      type: 'guidance',
      title: 'Race move',
    });
    const { id } = created.json();
    const moves = await Promise.all(
      Array.from({ length: 10 }, () =>
        send(t.app, who.counsellorA.cookie, `/api/cases/${id}/transitions`, { to: 'intake' }),
      ),
    );
    const statuses = moves.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const detail = await t.app.inject({
      url: `/api/cases/${id}`,
      headers: { cookie: who.counsellorA.cookie },
    });
    expect(detail.json()).toMatchObject({ status: 'intake', version: 2 });
  });
});
