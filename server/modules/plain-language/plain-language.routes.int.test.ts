import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlainLanguageCheckSchema } from '../../../contracts/plain-language.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';

// A bureaucratic letter: one long sentence with jargon and a passive, then a short plain one.
const LETTER =
  'Indien u de betaling niet binnen de termijn van dertig dagen na ontvangst van deze brief heeft ' +
  'uitgevoerd, wordt uw dossier overgemaakt aan de dienst invordering van de stad Gent voor verdere ' +
  'behandeling. Bel ons als u vragen hebt.';

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
    expect(result.sentences).toHaveLength(2);
    const [first, second] = result.sentences;
    expect(first?.flags.long).toBe(true);
    expect(first?.flags.jargon.map((j) => j.text.toLowerCase())).toContain('indien');
    expect(first?.flags.passive.length).toBeGreaterThan(0);
    expect(second?.flags).toEqual({ long: false, passive: [], longWords: [], jargon: [] });
    expect(LETTER.slice(first?.start, first?.end)).toBe(first?.text);
    expect(result.scores.fleschDouma).toEqual(expect.any(Number));
    expect(result.scores.lint).toBeNull();
    expect(result.b1.estimate).not.toBe('B1');
  });

  it('needs a session and a text', async () => {
    expect((await check({ text: LETTER })).statusCode).toBe(401);
    const empty = await check({ text: '' }, requester);
    expect(empty.statusCode).toBe(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
  });
});
