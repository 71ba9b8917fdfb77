import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { type MatchScore, matchScore, rankMatches } from './fuzzy-match.ts';
import { findMatches, type LookupTrace } from './tm-lookup.repository.ts';
import { randomMemory } from './tm-lookup.test-support.ts';
import { insertSegments, type SegmentRow, selectPair } from './translation-memory.repository.ts';

const { pick, fresh, edit, memory, wordy } = randomMemory(20261127);

type Key = { id: string; score: number; similarity: number };
const keyOf = (id: string, match: MatchScore): Key => ({
  id,
  score: match.score,
  similarity: match.characterSimilarity,
});
const rank = (k: Key) => `${k.score}:${k.similarity.toFixed(9)}`;

describe('findMatches: exact top-k (count filtering on the in-process word index)', () => {
  let t: TestApp;
  let pair: SegmentRow[];
  beforeAll(async () => {
    t = await createTestApp();
    const db = t.platform.database.db;
    await insertSegments(db, memory(1500));
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

  it('reads far fewer texts than the pair holds, and walks each probed posting once', async () => {
    let fetched = 0;
    for (let i = 0; i < 12; i += 1) {
      const query = wordy(() => edit(pick(pair).sourceText));
      const trace: LookupTrace = { rows: 0, postings: 0, candidates: 0, rounds: [] };
      const found = await findMatches(t.platform.database.db, {
        source: query,
        sourceLang: 'nl',
        targetLang: 'fr',
        trace,
      });
      for (const f of found)
        expect(f.score, `${query} / ${f.sourceText}`).toBe(matchScore(query, f.sourceText).score);
      expect(trace.rows).toBeLessThanOrEqual(trace.candidates);
      expect(trace.rounds?.length).toBeGreaterThan(0);
      fetched += trace.rows;
    }
    // The word bounds on the index's word ids leave few texts to fetch: far below 12 × the pair.
    expect(fetched).toBeLessThan(pair.length);
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
