import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import { systemContext } from '../../platform/context.ts';
import { DEFAULT_BAND_WEIGHTS, TM_PARAM_KEYS } from './tm-params.ts';
import { findMatches } from './translation-memory.repository.ts';

const KNOWN = 'De afvalophaling gebeurt elke dinsdag vóór acht uur.';
const NEAR = 'De afvalophaling gebeurt elke woensdag vóór acht uur.';
const NEW = 'Uw kind kan zich inschrijven in de school van de buurt.';
const tmx = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="nl" datatype="plaintext" srclang="nl"/><body>
<tu><tuv xml:lang="nl"><seg>${KNOWN}</seg></tuv><tuv xml:lang="fr"><seg>Les déchets sont collectés chaque mardi avant huit heures.</seg></tuv></tu>
</body></tmx>`;

describe('POST /api/tm/analyse', () => {
  let t: TestApp;
  let editor: string;
  let dispatcher: string;
  let requester: string;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.platform.database.db;
    editor = await signIn(t.app, (await insertUser(db, { roles: ['library_editor'] })).email);
    dispatcher = await signIn(t.app, (await insertUser(db, { roles: ['dispatcher'] })).email);
    requester = await signIn(t.app, (await insertUser(db, { roles: ['requester'] })).email);
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/tm/import',
      headers: { cookie: editor, origin: ORIGIN, 'content-type': 'application/xml' },
      payload: tmx,
    });
    expect(imported.json()).toMatchObject({ imported: 1 });
  });
  afterAll(() => t.close());

  const analyse = (payload: unknown, cookie: string | null = dispatcher) =>
    t.app.inject({
      method: 'POST',
      url: '/api/tm/analyse',
      headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) },
      payload: payload as Record<string, unknown>,
    });
  const words = (body: { bands: { band: string; words: number }[] }, band: string) =>
    body.bands.find((b) => b.band === band)?.words;

  it('finds the stored sentence through pg_trgm and scores it exactly', async () => {
    const db = t.platform.database.db;
    const exact = await findMatches(db, { source: KNOWN, sourceLang: 'nl', targetLang: 'fr' });
    expect(exact[0]).toMatchObject({ score: 100, sourceText: KNOWN });
    const near = await findMatches(db, { source: NEAR, sourceLang: 'nl', targetLang: 'fr' });
    expect(near[0]?.score).toBeGreaterThanOrEqual(75);
    expect(near[0]?.score).toBeLessThan(100);
    expect(await findMatches(db, { source: KNOWN, sourceLang: 'nl', targetLang: 'de' })).toEqual([]);
    expect(await findMatches(db, { source: NEW, sourceLang: 'nl', targetLang: 'fr' })).toEqual([]);
  });

  it('puts a known sentence in 100%, a new one in no match, a repeat in repetitions, and prices them', async () => {
    const response = await analyse({ text: `${KNOWN} ${NEW} ${NEW}`, target: 'fr', day: '2025-06-01' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(words(body, 'exact')).toBe(8);
    expect(words(body, 'noMatch')).toBe(11);
    expect(words(body, 'repetition')).toBe(11);
    expect(body.totalWords).toBe(30);
    expect(body.wordPriceCents).toBe(16);
    // 8 × 30 % + 11 × 100 % + 11 × 30 % = 16.7 weighted words at 16 cents.
    expect(body.weightedWords).toBe(16.7);
    expect(body.priceCents).toBe(267);
  });

  it('follows the word price and weights in force on the day asked', async () => {
    const ctx = systemContext('test');
    await t.platform.params.set(t.platform.database.db, ctx, {
      key: TM_PARAM_KEYS.wordPrice,
      validFrom: '2026-01-01',
      value: 20,
      note: 'test',
    });
    await t.platform.params.set(t.platform.database.db, ctx, {
      key: TM_PARAM_KEYS.bandWeights,
      validFrom: '2026-01-01',
      value: { ...DEFAULT_BAND_WEIGHTS, noMatch: 50 },
      note: 'test',
    });
    const before = (await analyse({ text: NEW, target: 'fr', day: '2025-12-31' })).json();
    const after = (await analyse({ text: NEW, target: 'fr', day: '2026-01-01' })).json();
    expect(before.priceCents).toBe(11 * 16);
    expect(after.priceCents).toBe(Math.round(11 * 0.5 * 20));
    expect((await analyse({ text: NEW, target: 'fr', day: '2019-12-31' })).statusCode).toBe(409);
  });

  it('refuses requesters (403), anonymous callers (401) and bad input (400)', async () => {
    expect((await analyse({ text: KNOWN, target: 'fr' }, requester)).statusCode).toBe(403);
    expect((await analyse({ text: KNOWN, target: 'fr' }, null)).statusCode).toBe(401);
    expect((await analyse({ text: KNOWN, target: 'not a language' })).statusCode).toBe(400);
    expect((await analyse({ text: '', target: 'fr' })).statusCode).toBe(400);
    expect((await analyse({ text: KNOWN, target: 'fr', day: 'tomorrow' })).statusCode).toBe(400);
  });
});
