import { countWords } from '../server/modules/translation-memory/segmentation.ts';
import { analyseAgainstMemory } from '../server/modules/translation-memory/tm-analysis.service.ts';
import { memoryIndex } from '../server/modules/translation-memory/tm-memory-index.repository.ts';
import { TM_PARAM_DEFAULTS } from '../server/modules/translation-memory/tm-params.ts';
import { createParamService, ensureParamDefaults } from '../server/platform/params/index.ts';
import { seeded, sentence, variant } from './library-memory-data.ts';
import { openScratch, PAIR } from './library-memory-load.ts';

/**
 * Volume analysis of a generated 5,000-word letter against the memory the memory bench loaded
 * (run it first, or reuse its database): `analyseAgainstMemory`, the service behind
 * POST /api/tm/analyse — segmentation, one `findMatches` per segment, bands, price.
 * The letter mixes near-copies of stored segments, new sentences and repeated ones.
 */
export async function benchAnalysis(words = 5000, seed = 20261127): Promise<Record<string, unknown>> {
  const { database } = await openScratch();
  try {
    await ensureParamDefaults(database.db, TM_PARAM_DEFAULTS);
    const text = await letter(database.pool, words, seed);
    const params = createParamService(database.db);
    // The index is built by a process's first lookup (the memory bench times that); the analysis is timed warm.
    const buildStarted = performance.now();
    await memoryIndex(database.db);
    const indexBuildSeconds = Math.round((performance.now() - buildStarted) / 100) / 10;
    const started = performance.now();
    const result = await analyseAgainstMemory(
      { db: database.db, params },
      { text, source: PAIR.source, target: PAIR.target },
    );
    const ms = performance.now() - started;
    return {
      what: 'analyseAgainstMemory (POST /api/tm/analyse without HTTP) of one generated letter',
      words: result.totalWords,
      segments: result.segments,
      ms: Math.round(ms),
      indexBuildSecondsBefore: indexBuildSeconds,
      msPerSegment: Math.round((ms / Math.max(1, result.segments)) * 10) / 10,
      bands: Object.fromEntries(result.bands.map((band) => [band.band, band.words])),
      weightedWords: result.weightedWords,
      priceCents: result.priceCents,
    };
  } finally {
    await database.close();
  }
}

/** 40 % near-copies of stored segments, 45 % new sentences, 15 % repeats, until `words` words. */
async function letter(pool: import('pg').Pool, words: number, seed: number): Promise<string> {
  const random = seeded(seed);
  const stored = await pool.query<{ source_text: string }>(
    `select source_text from tm_segments where target_lang = $1 order by md5(id::text) limit 400`,
    [PAIR.target],
  );
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const roll = random();
    const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? '';
    const next =
      roll < 0.4 && stored.rows.length > 0
        ? variant(random, pick(stored.rows.map((row) => row.source_text)))
        : roll < 0.85 || sentences.length === 0
          ? sentence(random)
          : pick(sentences);
    sentences.push(next);
    count += countWords(next);
  }
  // Paragraphs of five sentences, as a letter has them.
  return sentences.map((s, i) => (i % 5 === 4 ? `${s}\n\n` : `${s} `)).join('');
}
