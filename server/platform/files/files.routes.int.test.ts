import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import { auditLog } from '../audit/audit.tables.ts';
import { storedFiles } from './files.tables.ts';
import { multipart, SAMPLE_PDF, sampleExe } from './samples.test-support.ts';

function filesOnDisk(t: TestApp): string[] {
  const root = join(t.env.DATA_DIR, 'files');
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

describe('files routes', () => {
  let t: TestApp;
  let requester: string;
  let otherRequester: string;
  let dispatcher: string;
  let monitor: string;

  const upload = (cookie: string | null, filename: string, content: Buffer) => {
    const body = multipart(filename, content);
    return t.app.inject({
      method: 'POST',
      url: '/api/files',
      payload: body.payload,
      headers: { ...body.headers, origin: ORIGIN, ...(cookie ? { cookie } : {}) },
    });
  };
  const rowCount = async () => (await t.platform.database.db.select({ n: count() }).from(storedFiles))[0]?.n;

  beforeAll(async () => {
    t = await createTestApp({ MAX_UPLOAD_MB: '1' });
    const db = t.platform.database.db;
    const signUp = async (roles: Parameters<typeof insertUser>[1]['roles']) =>
      signIn(t.app, (await insertUser(db, { roles })).email);
    requester = await signUp(['requester']);
    otherRequester = await signUp(['requester']);
    dispatcher = await signUp(['dispatcher']);
    monitor = await signUp(['city_monitor']);
  });
  afterAll(() => t.close());

  it('stores a PDF named .txt as application/pdf and serves it back as an attachment', async () => {
    const response = await upload(requester, 'brief aan de school.txt', SAMPLE_PDF);
    expect(response.statusCode).toBe(201);
    const info = response.json();
    expect(info).toMatchObject({ mediaType: 'application/pdf', size: SAMPLE_PDF.length });
    expect(info.originalName).toBe('brief aan de school.txt');

    const meta = await t.app.inject({ url: `/api/files/${info.id}`, headers: { cookie: requester } });
    expect(meta.json()).toEqual(info);
    const content = await t.app.inject({
      url: `/api/files/${info.id}/content`,
      headers: { cookie: requester },
    });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(SAMPLE_PDF)).toBe(true);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['content-disposition']).toMatch(/^attachment; filename="brief aan de school.txt"/);

    const [audit] = await t.platform.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, info.id));
    expect(audit).toMatchObject({ action: 'file.uploaded', entity: 'stored_file' });
  });

  it('stores UTF-8 text as text/plain and keeps a non-ASCII name exactly', async () => {
    const response = await upload(requester, 'notities-şarkı.txt', Buffer.from('Dag Ayşe, tot morgen!\n'));
    expect(response.statusCode).toBe(201);
    expect(response.json().mediaType).toBe('text/plain');
    const content = await t.app.inject({
      url: `/api/files/${response.json().id}/content`,
      headers: { cookie: requester },
    });
    expect(content.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(content.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('notities-şarkı.txt')}`,
    );
  });

  it('refuses an executable or an HTML page disguised as .pdf with 415, storing nothing', async () => {
    const before = await rowCount();
    const disk = filesOnDisk(t).length;
    for (const content of [
      sampleExe(),
      Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
    ]) {
      const response = await upload(requester, 'factuur.pdf', content);
      expect(response.statusCode).toBe(415);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('FILES.TYPE_NOT_ALLOWED');
    }
    expect(await rowCount()).toBe(before);
    expect(filesOnDisk(t)).toHaveLength(disk);
  });

  it('refuses a file over MAX_UPLOAD_MB with 413 problem+json and stores nothing', async () => {
    const before = await rowCount();
    const disk = filesOnDisk(t).length;
    const oversize = Buffer.concat([SAMPLE_PDF, Buffer.alloc(1_048_576)]);
    const response = await upload(requester, 'groot.pdf', oversize);
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('FILES.TOO_LARGE');
    expect(await rowCount()).toBe(before);
    expect(filesOnDisk(t)).toHaveLength(disk);
    // Exactly at the limit is fine.
    const atLimit = Buffer.concat([SAMPLE_PDF, Buffer.alloc(1_048_576 - SAMPLE_PDF.length, 0x20)]);
    expect((await upload(requester, 'net.pdf', atLimit)).statusCode).toBe(201);
  });

  it('answers 413 over real HTTP too, before the client has sent everything', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const form = new FormData();
    form.append('file', new Blob([SAMPLE_PDF, Buffer.alloc(3 * 1_048_576)]), 'groot.pdf');
    const response = await fetch(`${address}/api/files`, {
      method: 'POST',
      body: form,
      headers: { cookie: requester, origin: ORIGIN },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'FILES.TOO_LARGE' });
  });

  it('stores the same content once on disk, with a record per upload', async () => {
    const content = Buffer.from(`Verslag ${randomBytes(8).toString('hex')}\n`);
    const disk = filesOnDisk(t).length;
    const first = (await upload(requester, 'a.txt', content)).json();
    const second = (await upload(dispatcher, 'b.txt', content)).json();
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(filesOnDisk(t)).toHaveLength(disk + 1);
    expect(filesOnDisk(t)).toContain(first.sha256);
  });

  it('refuses callers without a session or without files.upload', async () => {
    const anonymous = await upload(null, 'a.pdf', SAMPLE_PDF);
    expect(anonymous.statusCode).toBe(401);
    const noPermission = await upload(monitor, 'a.pdf', SAMPLE_PDF);
    expect(noPermission.statusCode).toBe(403);
  });

  it('shows a file to its uploader and to staff, not to another requester', async () => {
    const { id } = (await upload(requester, 'mijn.pdf', SAMPLE_PDF)).json();
    const as = (cookie: string | null) =>
      t.app.inject({ url: `/api/files/${id}/content`, headers: cookie ? { cookie } : {} });
    expect((await as(dispatcher)).statusCode).toBe(200);
    expect((await as(otherRequester)).statusCode).toBe(403);
    expect((await as(null)).statusCode).toBe(401);
    const meta = await t.app.inject({ url: `/api/files/${id}`, headers: { cookie: otherRequester } });
    expect(meta.statusCode).toBe(403);
  });

  it('answers bad input with 4xx problem+json', async () => {
    const noFile = multipart('', Buffer.from('x'), 'note');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      payload: noFile.payload.toString().replace(/; filename=""/, ''),
      headers: { ...noFile.headers, origin: ORIGIN, cookie: requester },
    });
    expect(missing.statusCode, missing.body).toBe(400);
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      payload: { file: 'not a file' },
      headers: { origin: ORIGIN, cookie: requester },
    });
    expect(json.statusCode).toBeGreaterThanOrEqual(400);
    expect(json.statusCode).toBeLessThan(500);
    expect((await upload(requester, 'leeg.txt', Buffer.alloc(0))).statusCode).toBe(400);
    const badId = await t.app.inject({ url: '/api/files/not-a-uuid', headers: { cookie: requester } });
    expect(badId.statusCode).toBe(400);
    const unknown = await t.app.inject({
      url: '/api/files/00000000-0000-4000-8000-000000000000',
      headers: { cookie: requester },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('FILES.NOT_FOUND');
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/files', '/api/files/{id}', '/api/files/{id}/content']),
    );
  });
});
