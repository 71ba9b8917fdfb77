import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { type MatchScore, rankMatches } from './fuzzy-match.ts';
import { findMatches } from './tm-lookup.repository.ts';
import { seeded } from './tm-lookup.test-support.ts';
import {
  insertSegments,
  type NewSegment,
  type SegmentRow,
  selectPair,
} from './translation-memory.repository.ts';

const random = seeded(20261127);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
/** Frequent and rare words, joined and accented ones, capitals: what the probes and bounds must survive. */
const COMMON = 'de het een van in op voor met aan u uw is niet dat en'.split(' ');
const RARE = `aanvraag premie attest loket brief dossier termijn formulier Gent Antwerpen sint-niklaas
  huurwaarborg leefloon inburgering Knokke-Heist één financiële vóór reïntegratie België OCMW e-loket kinderopvang
  woning school ziekenfonds belasting tolk vergunning bewijs adres gemeente dienst`.split(/\s+/u);
const EXTRAS = ['12', '2024', '3,5', '\u{E000}', '\u{E001}', ',', '?', '!', '€'];

function word(): string {
  const w = random() < 0.45 ? pick(COMMON) : pick(RARE);
  return random() < 0.08 ? w.charAt(0).toUpperCase() + w.slice(1) : w;
}

function fresh(): string {
  const length = 1 + Math.floor(random() * 14);
  const parts = Array.from({ length }, () => (random() < 0.12 ? pick(EXTRAS) : word()));
  return `${parts.join(' ')}${random() < 0.7 ? '.' : ''}`;
}

function edit(text: string): string {
  const parts = text.split(' ');
  const at = Math.floor(random() * parts.length);
  const kind = Math.floor(random() * 4);
  if (kind === 0) parts.splice(at, 0, word());
  else if (kind === 1 && parts.length > 1) parts.splice(at, 1);
  else if (kind === 2) parts[at] = random() < 0.5 ? pick(EXTRAS) : word();
  else parts[at] = (parts[at] ?? '').toUpperCase();
  return parts.join(' ');
}

function memory(size: number): NewSegment[] {
  const texts = new Set<string>();
  const bases: string[] = [];
  while (texts.size < size) {
    const base = bases.length > 0 && random() < 0.5 ? pick(bases) : null;
    const text = base ? edit(random() < 0.5 ? base : edit(base)) : fresh();
    if (!base) bases.push(text);
    texts.add(text);
  }
  return [...texts].map((text, i) => ({
    sourceLang: i % 5 === 0 ? 'nl-BE' : 'nl',
    targetLang: i % 9 === 0 ? 'en' : 'fr',
    sourceText: text,
    targetText: `[fr] ${text}`,
    origin: 'lookup-test',
  }));
}

/** A query with at least one word: a wordless one ("12 €") goes to pg_trgm, which is not exact (README). */
function wordy(make: () => string): string {
  for (;;) {
    const text = make();
    if (/\p{L}/u.test(text)) return text;
  }
}

type Key = { id: string; score: number; similarity: number };
const keyOf = (id: string, match: MatchScore): Key => ({
  id,
  score: match.score,
  similarity: match.characterSimilarity,
});
const rank = (k: Key) => `${k.score}:${k.similarity.toFixed(9)}`;

describe('findMatches: exact top-k (prefix filtering on the word index)', () => {
  let t: TestApp;
  let pair: SegmentRow[];
  beforeAll(async () => {
    t = await createTestApp();
    const db = t.platform.database.db;
    await insertSegments(db, memory(1500));
    await db.execute(sql`analyze tm_segments`);
    pair = await selectPair(db, 'nl', 'fr');
  }, 400_000);
  afterAll(() => t.close());

  /** The reference: rankMatches over every segment of the pair, all of them ranked. */
  function truth(query: string, minScore: number): Key[] {
    return rankMatches(query, pair, (row) => row.sourceText, { minScore, limit: pair.length }).map((r) =>
      keyOf(r.item.id, r.match),
    );
  }

  async function compare(query: string, limit: number, minScore: number) {
    const expected = truth(query, minScore);
    const found = await findMatches(t.platform.database.db, {
      source: query,
      sourceLang: 'nl',
      targetLang: 'fr',
      limit,
      minScore,
    });
    // The same ranks in the same order; among equal ranks (score and character similarity) any row.
    expect(
      found.map((f) => f.score),
      query,
    ).toEqual(expected.slice(0, limit).map((e) => e.score));
    const ranks = new Map(expected.map((e) => [e.id, rank(e)]));
    expect(
      found.map((f) => ranks.get(f.id)),
      query,
    ).toEqual(expected.slice(0, limit).map(rank));
    return expected.length;
  }

  it('returns what a brute-force rankMatches returns, for variants, new and short queries', async () => {
    let withTruth = 0;
    for (let i = 0; i < 45; i += 1) {
      const stored = pick(pair).sourceText;
      const query = wordy(() => (i % 3 === 0 ? fresh() : i % 3 === 1 ? edit(stored) : edit(edit(stored))));
      if ((await compare(query, 5, 50)) > 0) withTruth += 1;
    }
    // The comparison must have had something to compare.
    expect(withTruth).toBeGreaterThan(25);
  }, 400_000);

  it('is exact for one match (the analysis) and for a higher minimum score', async () => {
    for (let i = 0; i < 24; i += 1) {
      const query = wordy(() => (i % 2 === 0 ? edit(pick(pair).sourceText) : fresh()));
      await compare(query, 1, 50);
      await compare(query, 3, 75);
    }
  }, 400_000);

  it('finds a wordless segment through pg_trgm', async () => {
    await insertSegments(t.platform.database.db, [
      {
        sourceLang: 'nl',
        targetLang: 'fr',
        sourceText: '2024-12',
        targetText: '2024-12',
        origin: 'lookup-test',
      },
    ]);
    const found = await findMatches(t.platform.database.db, {
      source: '2024-12',
      sourceLang: 'nl',
      targetLang: 'fr',
    });
    expect(found[0]).toMatchObject({ sourceText: '2024-12', score: 100 });
  });

  it('leaves out other language pairs and finds nothing for an unrelated text', async () => {
    const other = (await selectPair(t.platform.database.db, 'nl', 'en'))[0];
    const found = await findMatches(t.platform.database.db, {
      source: other?.sourceText ?? '',
      sourceLang: 'nl',
      targetLang: 'fr',
    });
    expect(found.every((f) => f.id !== other?.id)).toBe(true);
    const none = await findMatches(t.platform.database.db, {
      source: 'Zonnige vakantie aan zee met ijsjes',
      sourceLang: 'nl',
      targetLang: 'fr',
    });
    expect(none).toEqual([]);
  });
});
