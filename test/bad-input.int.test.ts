import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../contracts/problem.ts';
import { queryRows } from '../server/platform/db/index.ts';
import { createTestApp, ORIGIN, type TestApp } from './app.ts';
import { freshAddress, insertUser, signIn } from './factories.ts';

type Operation = { method: string; path: string; hasBody: boolean; query: string[] };

// Routes that end the caller's session or leave the API for a browser redirect.
const SKIPPED = new Set(['POST /api/auth/logout', 'GET /api/auth/oidc/login', 'GET /api/auth/oidc/callback']);

const BAD_BODIES: { label: string; contentType: string; payload: string }[] = [
  { label: 'malformed JSON', contentType: 'application/json', payload: '{"email": "x@y.z", ' },
  { label: 'a JSON array', contentType: 'application/json', payload: '[1,2,3]' },
  { label: 'JSON null', contentType: 'application/json', payload: 'null' },
  {
    label: 'wrong types',
    contentType: 'application/json',
    payload: '{"email":42,"name":[],"roles":"x","value":{}}',
  },
  { label: 'an empty object', contentType: 'application/json', payload: '{}' },
  { label: 'an unsupported type', contentType: 'text/plain', payload: 'hello' },
  {
    label: 'an oversized body',
    contentType: 'application/json',
    payload: `{"x":"${'a'.repeat(2_000_000)}"}`,
  },
];

const BAD_IDS = ['not-a-uuid', '00000000-0000-4000-8000-000000000000', `${'9'.repeat(300)}`];

function operations(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const operation = raw as { requestBody?: unknown; parameters?: { in: string; name: string }[] };
      if (!path.startsWith('/api/') || SKIPPED.has(`${method.toUpperCase()} ${path}`)) continue;
      result.push({
        method: method.toUpperCase(),
        path,
        hasBody: Boolean(operation.requestBody) || ['post', 'put', 'patch'].includes(method),
        query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      });
    }
  }
  return result;
}

const fill = (path: string, id: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(id));

/**
 * Bad input of every kind, to every route in the OpenAPI document, as an admin: always a 4xx
 * problem+json, never a 500, and nothing written.
 */
describe('bad input to every route', () => {
  let t: TestApp;
  let cookie: string;
  let ops: Operation[];

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await insertUser(t.platform.database.db, { roles: ['admin'] });
    cookie = await signIn(t.app, admin.email);
    ops = operations((await t.app.inject('/api/openapi.json')).json());
  });
  afterAll(() => t.close());

  async function writesSoFar(): Promise<number> {
    // Failed sign-ins are recorded on purpose; anything else would mean bad input changed something.
    const [row] = await queryRows<{ n: number }>(
      t.platform.database.db,
      sql`select count(*)::int as n from audit_log where action not like 'auth.%'`,
    );
    return row?.n ?? -1;
  }

  function expectProblem(
    response: { statusCode: number; headers: Record<string, unknown>; body: string },
    what: string,
  ) {
    expect(response.statusCode, `${what}: ${response.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, `${what}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
    expect(String(response.headers['content-type']), what).toContain('application/problem+json');
    expect(ProblemSchema.safeParse(JSON.parse(response.body)).success, what).toBe(true);
  }

  it('finds the routes to try', () => {
    expect(ops.length).toBeGreaterThan(15);
  });

  it('answers bad bodies with 4xx problem+json and writes nothing', async () => {
    for (const op of ops.filter((o) => o.hasBody)) {
      for (const bad of BAD_BODIES) {
        const before = await writesSoFar();
        const response = await t.app.inject({
          method: op.method as 'POST',
          url: fill(op.path, '00000000-0000-4000-8000-000000000000'),
          remoteAddress: freshAddress(),
          headers: { cookie, origin: ORIGIN, 'content-type': bad.contentType },
          payload: bad.payload,
        });
        if (bad.label === 'an empty object' && response.statusCode < 400) continue; // all fields optional
        expectProblem(response, `${op.method} ${op.path} with ${bad.label}`);
        if (bad.label === 'an oversized body') expect(response.statusCode).toBe(413);
        expect(await writesSoFar(), `${op.method} ${op.path} with ${bad.label} wrote`).toBe(before);
      }
    }
  });

  it('answers bad ids and bad query values with 4xx problem+json', async () => {
    const before = await writesSoFar();
    for (const op of ops) {
      if (op.path.includes('{')) {
        for (const id of BAD_IDS) {
          const response = await t.app.inject({
            method: op.method as 'GET',
            url: fill(op.path, id),
            headers: { cookie, origin: ORIGIN },
            ...(op.hasBody ? { payload: {} } : {}),
          });
          expectProblem(response, `${op.method} ${fill(op.path, id)}`);
        }
      }
      for (const name of op.query) {
        for (const value of ['-1', 'x'.repeat(5000), '%E0%A4%A', '[object Object]']) {
          const response = await t.app.inject({
            method: op.method as 'GET',
            url: `${fill(op.path, '00000000-0000-4000-8000-000000000000')}?${name}=${value}`,
            headers: { cookie, origin: ORIGIN },
          });
          if (response.statusCode < 400) continue; // a value this route accepts as a plain string
          expectProblem(response, `${op.method} ${op.path}?${name}=${value.slice(0, 20)}`);
        }
      }
    }
    expect(await writesSoFar()).toBe(before);
  });
});
