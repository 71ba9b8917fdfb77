import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkText } from './check-text.ts';
import { estimateLint, estimateSentenceFeatures } from './lint-estimate.ts';
import { tokenize } from './tokens.ts';

const LINT_DIR = fileURLToPath(
  new URL('../../../../shared/conformance/readability/lint_ii', import.meta.url),
);
const fileSchema = z.object({
  sentences: z.array(z.object({ word_features: z.array(z.object({ text: z.string() })) })),
  document_lint_score: z.number(),
  document_difficulty_level: z.number().int(),
});

/** The published sentences as plain text (the files hold tokens; punctuation tokens stay separate). */
function publishedSentences(name: string) {
  const file = fileSchema.parse(JSON.parse(readFileSync(`${LINT_DIR}/${name}`, 'utf8')));
  return { file, sentences: file.sentences.map((s) => s.word_features.map((w) => w.text).join(' ')) };
}

describe('LiNT-II estimate from raw text (approximation, calibrated on lint_ii examples)', () => {
  for (const name of ['level1.json', 'level4.json']) {
    it.skipIf(!existsSync(`${LINT_DIR}/${name}`))(`puts ${name} in its published level`, () => {
      const { file, sentences } = publishedSentences(name);
      const estimate = estimateLint(sentences.map((text) => estimateSentenceFeatures(text, tokenize(text))));
      expect(estimate?.level).toBe(file.document_difficulty_level);
      // The whole text through checkText (its own sentence split) lands in the same level.
      const checked = checkText(sentences.join(' '));
      expect(checked.scores.lintLevel).toBe(file.document_difficulty_level);
    });
  }

  it('scores a bureaucratic letter harder than its plain rewrite', () => {
    const formal = checkText(
      'Indien u de betaling niet binnen de termijn van dertig dagen na ontvangst van deze brief heeft ' +
        'uitgevoerd, wordt uw dossier overgemaakt aan de dienst invordering voor verdere behandeling.',
    );
    const plain = checkText('Betaal binnen dertig dagen. Anders gaat uw brief naar de dienst die geld int.');
    expect(formal.scores.lint).toEqual(expect.any(Number));
    expect(plain.scores.lint).toBeLessThan(formal.scores.lint ?? 0);
    expect(formal.scores.lintLevel).toBeGreaterThanOrEqual(3);
  });

  it('counts clauses, content words and concrete nouns the documented way', () => {
    const text = 'De haas zag de egel, die in het hoge gras de voorziening zocht.';
    const f = estimateSentenceFeatures(text, tokenize(text));
    // content: haas zag egel hoge gras voorziening zocht = 7; clauses: 1 + "die" after a comma.
    expect(f.contentWords).toBe(7);
    expect(f.contentWordsPerClause).toBe(3.5);
    // nouns: haas, egel, gras (concrete), voorziening (abstract suffix).
    expect(f.nouns).toBe(4);
    expect(f.proportionOfConcreteNouns).toBe(0.75);
    expect(checkText('').scores).toMatchObject({ lint: null, lintLevel: null });
  });
});
