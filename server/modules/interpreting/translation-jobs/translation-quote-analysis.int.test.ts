import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../../test/app.ts';
import { insertUser, signIn } from '../../../../test/factories.ts';
import { systemContext } from '../../../platform/context.ts';
import { buildDocx } from '../../../platform/text/samples.test-support.ts';
import { DEFAULT_BAND_WEIGHTS } from '../../translation-memory/index.ts';
import { TARIFF_KEY, TariffSchema } from '../billing/billing-params.ts';
import { brusselsDate } from '../brussels-time.ts';
import { translationJobs } from '../interpreting.tables.ts';
import { inTwoWeeks, postForm, requesterOrganisation } from './translation-jobs.test-support.ts';

// In the memory (nl → ar): 8 and 11 words.
const KNOWN = 'De afvalophaling gebeurt elke dinsdag vóór acht uur.';
const KNOWN_TOO = 'Uw kind kan zich inschrijven in de school van de buurt.';
// One word differs from KNOWN: a fuzzy match (8 words), not 100 %.
const NEAR = 'De afvalophaling gebeurt elke woensdag vóór acht uur.';
// Twelve words each, none in the memory, none alike enough to match it: 30 × 12 = 360 new words.
const NEW = Array.from(
  { length: 30 },
  (_, i) => `Vergadering ${i + 1} van de oudercommissie begint om ${i + 1} uur in zaal ${i + 1}.`,
);
const tmx = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="nl" datatype="plaintext" srclang="nl"/><body>
<tu><tuv xml:lang="nl"><seg>${KNOWN}</seg></tuv><tuv xml:lang="ar"><seg>يتم جمع النفايات كل يوم ثلاثاء قبل الساعة الثامنة.</seg></tuv></tu>
<tu><tuv xml:lang="nl"><seg>${KNOWN_TOO}</seg></tuv><tuv xml:lang="ar"><seg>يمكن لطفلك التسجيل في مدرسة الحي.</seg></tuv></tu>
</body></tmx>`;

/** The published band weights (tm.band_weights from 2020), in percent: exact 30, 85–94 70, … */
const WEIGHTS: Record<string, number> = DEFAULT_BAND_WEIGHTS;

type Band = { band: string; words: number; weight: number; weightedWords: number };
const wordsIn = (bands: Band[], band: string) => bands.find((b) => b.band === band)?.words;

describe('translation quotes priced on the translation memory’s analysis', () => {
  let t: TestApp;
  let requester: { organisationId: string; cookie: string };
  const today = () => brusselsDate(new Date());
  const order = (text: string, languages: Record<string, string> = { targetLanguage: 'ar' }) =>
    postForm(t.app, requester.cookie, {
      fields: { ...languages, deadline: inTwoWeeks() },
      file: { name: 'brief.txt', content: Buffer.from(text) },
    });

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.platform.database;
    requester = await requesterOrganisation(t.app, db);
    const editor = await signIn(t.app, (await insertUser(db, { roles: ['library_editor'] })).email);
    // Through the memory's own writer: its TMX import over HTTP.
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/tm/import',
      headers: { cookie: editor, origin: ORIGIN, 'content-type': 'application/xml' },
      payload: tmx,
    });
    expect(imported.json()).toMatchObject({ imported: 2 });
  });
  afterAll(() => t.close());

  it('prices the weighted words of a document partly in the memory at the tariff’s word price', async () => {
    // The memory's own word price must not matter: the interpreting tariff's does.
    await t.platform.params.set(t.platform.database.db, systemContext('test'), {
      key: 'tm.word_price',
      validFrom: today(),
      value: 99,
      note: 'synthetic: must not reach the translation quote',
    });
    const text = [KNOWN, KNOWN_TOO, NEAR, ...NEW, KNOWN_TOO].join('\n');
    const response = await order(text);
    expect(response.statusCode, response.body).toBe(201);
    const job = response.json();
    const { quote } = job;
    const bands: Band[] = quote.analysis.bands;
    const raw = 8 + 11 + 8 + 360 + 11;
    expect(quote).toMatchObject({ words: raw, unit: 'word', centsPerUnit: 16, basis: 'weighted_words' });
    expect(quote.analysis).toMatchObject({ source: 'nl', target: 'ar', segments: 34, totalWords: raw });
    expect(wordsIn(bands, 'exact')).toBe(19);
    expect(wordsIn(bands, 'repetition')).toBe(11);
    expect(wordsIn(bands, 'noMatch')).toBe(360);
    const fuzzy = bands.filter((b) => ['fuzzy95', 'fuzzy85', 'fuzzy75'].includes(b.band) && b.words > 0);
    expect(fuzzy.map((b) => b.words)).toEqual([8]);
    for (const band of bands) {
      expect(band.weight).toBe(WEIGHTS[band.band]);
      expect(band.weightedWords).toBe(Math.round(band.words * band.weight) / 100);
    }
    // Σ words × weight / 100: 19 × 30 % + 8 × fuzzy weight + 360 + 11 × 30 %.
    const fuzzyBand = fuzzy[0]?.band ?? '';
    const hundredths = 19 * 30 + 8 * (WEIGHTS[fuzzyBand] ?? 0) + 360 * 100 + 11 * 30;
    expect(quote.units).toBe(hundredths / 100);
    expect(quote.analysis.weightedWords).toBe(hundredths / 100);
    const expected = Math.round((hundredths * 16) / 100);
    expect(quote.amountCents).toBe(expected);
    expect(quote.amountCents).toBeLessThan(raw * 16);
    // The job is quoted (and later charged) at that amount; the raw words stay its word count.
    expect(job).toMatchObject({ words: raw, quoteCents: expected });
    const [stored] = await t.platform.database.db
      .select()
      .from(translationJobs)
      .where(eq(translationJobs.id, job.id));
    expect(stored).toMatchObject({ words: raw, quoteCents: expected });
  });

  it('reads a docx the same way: the memory finds its sentences too', async () => {
    const docx = await buildDocx([KNOWN, ...NEW.slice(0, 20)]);
    const response = await postForm(t.app, requester.cookie, {
      fields: { targetLanguage: 'ar', deadline: inTwoWeeks() },
      file: { name: 'brief.docx', content: docx },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { quote } = response.json();
    // 8 × 30 % + 240 = 242.4 weighted words → 3878.4 → 3878 cents (raw 248 words: 3968).
    expect(quote).toMatchObject({ words: 248, units: 242.4, amountCents: 3878, basis: 'weighted_words' });
  });

  it('keeps the €32 minimum when the weighted words cost less', async () => {
    const response = await order(`${KNOWN} ${KNOWN_TOO}`);
    expect(response.statusCode, response.body).toBe(201);
    const { quote } = response.json();
    // 19 words, all 100 %: 5.7 weighted words = 91 cents, below the minimum.
    expect(quote).toMatchObject({ words: 19, units: 5.7, minimumCents: 3200, amountCents: 3200 });
    expect(wordsIn(quote.analysis.bands, 'exact')).toBe(19);
  });

  it('finds nothing for another target language or a document into Dutch: the raw words', async () => {
    const other = (await order([KNOWN, ...NEW].join('\n'), { targetLanguage: 'tr' })).json().quote;
    expect(other).toMatchObject({ words: 368, units: 368, amountCents: 368 * 16, basis: 'weighted_words' });
    expect(wordsIn(other.analysis.bands, 'noMatch')).toBe(368);

    const arabic = Array.from({ length: 40 }, (_, i) => `شهادة مدرسية رقم ${i + 1} للطالب في المدرسة.`);
    const response = await order(arabic.join('\n'), { sourceLanguage: 'ar', targetLanguage: 'nl' });
    expect(response.statusCode, response.body).toBe(201);
    const { quote } = response.json();
    expect(quote.analysis).toMatchObject({ source: 'ar', target: 'nl', totalWords: quote.words });
    expect(quote.units).toBe(quote.words);
    expect(quote.amountCents).toBe(Math.max(3200, quote.words * 16));
    expect(quote.words).toBeGreaterThan(200);
  });

  it('follows the band weights in force on the quote’s day', async () => {
    await t.platform.params.set(t.platform.database.db, systemContext('test'), {
      key: 'tm.band_weights',
      validFrom: today(),
      value: { ...WEIGHTS, exact: 0, repetition: 0 },
      note: 'synthetic weights',
    });
    const text = [KNOWN, KNOWN_TOO, ...NEW, KNOWN].join('\n');
    const { quote } = (await order(text)).json();
    expect(quote).toMatchObject({ words: 8 + 11 + 360 + 8, units: 360, amountCents: 360 * 16 });
  });

  // Last in the file: the per-line tariff stays in force for the rest of this app's life.
  it('keeps the old per-line price on a day of the per-line tariff, without an analysis', async () => {
    const { db } = t.platform.database;
    const current = await t.platform.params.get(TARIFF_KEY, today(), TariffSchema);
    await t.platform.params.set(db, systemContext('test'), {
      key: TARIFF_KEY,
      value: {
        ...current,
        translation: { pricing: 'per_line', centsPerLine: 100, charactersPerLine: 60, minimumCents: 1200 },
      },
      validFrom: today(),
      note: 'synthetic: the 2017–2019 per-line regime',
    });
    const text = [KNOWN, KNOWN_TOO, NEAR, ...NEW, KNOWN_TOO].join('\n');
    const response = await order(text);
    expect(response.statusCode, response.body).toBe(201);
    const { quote } = response.json();
    // Line breaks do not count; started lines of 60 characters at €1, whatever the memory holds.
    const lines = Math.ceil(text.replace(/\n/g, '').length / 60);
    expect(quote).toMatchObject({
      unit: 'line',
      units: lines,
      centsPerUnit: 100,
      amountCents: Math.max(1200, lines * 100),
      basis: 'lines',
      analysis: null,
    });
  });
});
