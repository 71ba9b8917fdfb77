import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is valid OpenAPI 3.1 according to the official schema', async () => {
    const response = await t.app.inject('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes the routes with their schemas', async () => {
    const document = (await t.app.inject('/api/openapi.json')).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/health', '/ready', '/api/admin/audit']),
    );
    const audit = document.paths['/api/admin/audit'].get;
    expect(audit.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['entity', 'entityId', 'actor', 'limit']),
    );
    expect(Object.keys(audit.responses)).toEqual(expect.arrayContaining(['200', '401', '403']));
  });

  it('serves browsable docs at /api/docs', async () => {
    const response = await t.app.inject('/api/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger-ui');
  });

  it('documents every error code at /api/problems', async () => {
    const codes = (await t.app.inject('/api/problems')).json().map((p: { code: string }) => p.code);
    expect(codes).toContain('COMMON.VALIDATION_FAILED');
    expect(codes).toContain('AUTH.INVALID_CREDENTIALS');
  });
});
