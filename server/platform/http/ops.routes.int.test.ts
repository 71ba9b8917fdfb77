import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { systemContext } from '../context.ts';

describe('ops routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers /health and /ready with the engine', async () => {
    expect((await t.app.inject('/health')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().database).toBe(t.platform.database.kind);
  });

  it('says unavailable when the database is gone', async () => {
    const other = await createTestApp();
    await other.platform.database.close();
    const ready = await other.app.inject('/ready');
    expect(ready.statusCode).toBe(503);
    await other.app.close();
  });

  it('exposes Prometheus metrics that count requests by route', async () => {
    await t.app.inject('/health');
    const metrics = await t.app.inject('/metrics');
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(
      /wegwijs_http_requests_total\{method="GET",route="\/health",status="200"\} \d+/,
    );
    expect(metrics.body).toContain('process_cpu_seconds_total');
  });

  it('publishes the agency contact once the agency.contact parameter is set', async () => {
    expect((await t.app.inject('/api/config')).json().contact).toBeUndefined();
    const contact = {
      addressLines: ['Teststraat 2', '9000 Gent'],
      phone: '+32 9 111 11 11',
      email: 'info@example.test',
      privacyEmail: 'dpo@example.test',
      hours: { '1': ['09:00-12:00'] },
    };
    await t.platform.params.set(t.platform.database.db, systemContext('test'), {
      key: 'agency.contact',
      value: contact,
      validFrom: '2020-01-01',
    });
    const config = (await t.app.inject('/api/config')).json();
    expect(config.contact).toEqual(contact);
    expect(config.locales).toEqual(['nl', 'en', 'fr', 'tr', 'bg', 'ar']);
  });

  it('answers unknown API paths with problem+json and a request id', async () => {
    const response = await t.app.inject({ url: '/api/nope', headers: { 'x-request-id': 'trace-abc-123' } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status: 404,
      code: 'COMMON.NOT_FOUND',
      requestId: 'trace-abc-123',
    });
    expect(response.headers['x-request-id']).toBe('trace-abc-123');
  });

  it('answers /api/admin/audit with 401 without a session', async () => {
    const response = await t.app.inject('/api/admin/audit');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('COMMON.UNAUTHENTICATED');
  });

  it('refuses a bad query with 400 and field errors', async () => {
    const response = await t.app.inject('/api/admin/audit?limit=abc');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toContain('limit');
  });
});
