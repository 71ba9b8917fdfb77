import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlainLanguageCheckSchema } from '../../../contracts/plain-language.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import {
  buildDocx,
  buildOdt,
  buildPdf,
  multipartForm,
  odtParagraphs,
} from '../../platform/text/samples.test-support.ts';

// A bureaucratic letter: one long sentence with jargon and a passive, then a short plain one.
const LONG =
  'Indien u de betaling niet binnen de termijn van dertig dagen na ontvangst van deze brief heeft ' +
  'uitgevoerd, wordt uw dossier overgemaakt aan de dienst invordering van de stad Gent voor verdere ' +
  'behandeling.';
const SHORT = 'Bel ons als u vragen hebt.';
const LETTER = `${LONG} ${SHORT}`;

describe('POST /api/plain-language/check', () => {
  let t: TestApp;
  let requester: string;
  const check = (payload: unknown, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/plain-language/check',
      headers: cookie ? { cookie, origin: ORIGIN } : { origin: ORIGIN },
      payload: payload as object,
    });
  const upload = (name: string, content: Buffer, cookie = requester) => {
    const form = multipartForm({}, { name, content });
    return t.app.inject({
      method: 'POST',
      url: '/api/plain-language/check',
      headers: { ...form.headers, cookie, origin: ORIGIN },
      payload: form.payload,
    });
  };

  beforeAll(async () => {
    t = await createTestApp();
    requester = await signIn(
      t.app,
      (await insertUser(t.platform.database.db, { roles: ['requester'] })).email,
    );
  });
  afterAll(() => t.close());

  it('marks a bureaucratic letter up sentence by sentence, with its scores', async () => {
    const response = await check({ text: LETTER }, requester);
    expect(response.statusCode, response.body).toBe(200);
    const result = PlainLanguageCheckSchema.parse(response.json());
    expect(result.text).toBe(LETTER);
    expect(result.file).toBeNull();
    expect(result.sentences).toHaveLength(2);
    const [first, second] = result.sentences;
    expect(first?.flags.long).toBe(true);
    // "indien" comes from the table, seeded from default-jargon.ts at start.
    expect(first?.flags.jargon.map((j) => j.text.toLowerCase())).toContain('indien');
    expect(first?.flags.passive.length).toBeGreaterThan(0);
    expect(second?.flags).toEqual({ long: false, passive: [], longWords: [], jargon: [] });
    expect(LETTER.slice(first?.start, first?.end)).toBe(first?.text);
    expect(result.scores.fleschDouma).toEqual(expect.any(Number));
    expect(result.scores.lint).toEqual(expect.any(Number));
    expect(result.scores.lintLevel).toBeGreaterThanOrEqual(3);
    expect(result.b1.estimate).not.toBe('B1');
  });

  it('reads the letter from a docx, odt, pdf or txt upload and answers the text it read', async () => {
    const files: [string, Buffer][] = [
      ['brief.docx', await buildDocx([LONG, SHORT])],
      ['brief.odt', await buildOdt(odtParagraphs([LONG, SHORT]))],
      ['brief.pdf', await buildPdf([LETTER])],
      ['brief.txt', Buffer.from(`${LONG}\n${SHORT}\n`, 'utf8')],
    ];
    for (const [name, content] of files) {
      const response = await upload(name, content);
      expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
      const result = PlainLanguageCheckSchema.parse(response.json());
      expect(result.file?.name).toBe(name);
      expect(result.text.replace(/\s+/gu, ' ').trim()).toBe(LETTER);
      const jargon = result.sentences.flatMap((s) => s.flags.jargon);
      expect(
        jargon.map((j) => j.term),
        name,
      ).toContain('indien');
      // Offsets index into the answered text, so the page can highlight it.
      for (const hit of jargon) expect(result.text.slice(hit.start, hit.end)).toBe(hit.text);
      expect(
        result.sentences.some((s) => s.flags.long),
        name,
      ).toBe(true);
    }
  });

  it('refuses other files with 415 problem+json, and needs a file', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const refused = await upload('brief.png', png);
    expect(refused.statusCode).toBe(415);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const html = await upload('brief.txt', Buffer.from('<html><body>Indien u</body></html>'));
    expect(html.statusCode).toBe(415);
    const form = multipartForm({ note: 'geen bestand' });
    const empty = await t.app.inject({
      method: 'POST',
      url: '/api/plain-language/check',
      headers: { ...form.headers, cookie: requester, origin: ORIGIN },
      payload: form.payload,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
  });

  it('needs a session and a text', async () => {
    expect((await check({ text: LETTER })).statusCode).toBe(401);
    const anonymousUpload = await upload('brief.txt', Buffer.from(LETTER), '');
    expect(anonymousUpload.statusCode).toBe(401);
    const empty = await check({ text: '' }, requester);
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
    const noBody = await t.app.inject({
      method: 'POST',
      url: '/api/plain-language/check',
      headers: { cookie: requester, origin: ORIGIN },
    });
    expect(noBody.statusCode).toBe(400);
  });
});
