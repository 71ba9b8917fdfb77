import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { TestApp } from '../../../../test/app.ts';
import { ORIGIN } from '../../../../test/app.ts';
import { insertUser, signIn } from '../../../../test/factories.ts';
import { queryRows } from '../../../platform/db/index.ts';
import { createTestApp } from './work.test-support.ts';

/** The routes of this plugin, as the OpenAPI document lists them. */
const OURS =
  /^\/api\/cases\/(filters|partners|workload|\{id\}\/(tasks|notes|documents|contacts|referrals|appointments|timeline))/;

const METHODS = ['GET', 'POST', 'PATCH', 'DELETE'] as const;
type Operation = { method: (typeof METHODS)[number]; path: string; hasBody: boolean };

const BAD_BODIES = [
  { contentType: 'application/json', payload: '{"title": ' },
  { contentType: 'application/json', payload: '[1,2,3]' },
  { contentType: 'application/json', payload: 'null' },
  { contentType: 'application/json', payload: '{"title":42,"body":[],"status":{},"startsAt":"x","kind":7}' },
  { contentType: 'text/plain', payload: 'hello' },
];
const BAD_IDS = ['not-a-uuid', '00000000-0000-4000-8000-000000000000', '9'.repeat(300)];
const fill = (path: string, id: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(id));

/** Same idea as test/bad-input.int.test.ts, for these routes even before the module registers them. */
describe('bad input to the case work routes', () => {
  let t: TestApp;
  let cookie: string;
  let ops: Operation[];

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await insertUser(t.platform.database.db, { roles: ['admin'] });
    cookie = await signIn(t.app, admin.email);
    const document: { paths: Record<string, Record<string, unknown>> } = (
      await t.app.inject('/api/openapi.json')
    ).json();
    ops = Object.entries(document.paths)
      .filter(([path]) => OURS.test(path))
      .flatMap(([path, item]) =>
        Object.keys(item).flatMap((name) => {
          const method = METHODS.find((known) => known === name.toUpperCase());
          return method ? [{ method, path, hasBody: method === 'POST' || method === 'PATCH' }] : [];
        }),
      );
  });
  afterAll(() => t.close());

  const writes = async () =>
    (
      await queryRows<{ n: number }>(
        t.platform.database.db,
        sql`select count(*)::int as n from audit_log where action not like 'auth.%'`,
      )
    )[0]?.n;

  function expectProblem(
    response: { statusCode: number; headers: Record<string, unknown>; body: string },
    what: string,
  ) {
    expect(response.statusCode, `${what}: ${response.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, `${what}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
    expect(String(response.headers['content-type']), what).toContain('application/problem+json');
    expect(ProblemSchema.safeParse(JSON.parse(response.body)).success, what).toBe(true);
  }

  it('lists every route of the plugin in the OpenAPI document', () => {
    expect(ops.map((op) => `${op.method} ${op.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/cases/{id}/appointments/{aid}.ics',
        'PATCH /api/cases/{id}/tasks/{taskId}',
        'GET /api/cases/{id}/documents/{docId}/file',
        'DELETE /api/cases/filters/{fid}',
        'GET /api/cases/workload',
      ]),
    );
    expect(ops.length).toBeGreaterThanOrEqual(22);
  });

  it('answers bad bodies and bad ids with 4xx problem+json and writes nothing', async () => {
    const before = await writes();
    for (const op of ops) {
      for (const bad of op.hasBody ? BAD_BODIES : []) {
        const response = await t.app.inject({
          method: op.method,
          url: fill(op.path, '00000000-0000-4000-8000-000000000000'),
          headers: { cookie, origin: ORIGIN, 'content-type': bad.contentType },
          payload: bad.payload,
        });
        expectProblem(response, `${op.method} ${op.path} with ${bad.payload}`);
      }
      for (const id of op.path.includes('{') ? BAD_IDS : []) {
        const response = await t.app.inject({
          method: op.method,
          url: fill(op.path, id),
          headers: { cookie, origin: ORIGIN },
          ...(op.hasBody ? { payload: {} } : {}),
        });
        expectProblem(response, `${op.method} ${fill(op.path, id).slice(0, 80)}`);
      }
    }
    expect(await writes()).toBe(before);
  });
});
