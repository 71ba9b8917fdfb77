import { describe, expect, it } from 'vitest';
import { piecesOf } from './highlight.ts';

const text = 'Indien u wordt verzocht, bel ons.';
const sentence = {
  start: 0,
  end: text.length,
  text,
  words: 6,
  syllables: 9,
  flags: {
    long: false,
    passive: [{ start: 9, end: 23, auxiliary: 'wordt', participle: 'verzocht' }],
    longWords: [],
    jargon: [
      { start: 0, end: 6, text: 'Indien', term: 'indien', alternative: 'als' },
      { start: 15, end: 23, text: 'verzocht', term: 'verzoeken', alternative: 'gevraagd' },
    ],
  },
};

describe('piecesOf', () => {
  it('cuts at every edge and keeps overlapping marks apart, the text intact', () => {
    const pieces = piecesOf(text, sentence);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces).toEqual([
      { text: 'Indien', marks: ['jargon'], hint: 'als' },
      { text: ' u ', marks: [], hint: null },
      { text: 'wordt ', marks: ['passive'], hint: null },
      { text: 'verzocht', marks: ['jargon', 'passive'], hint: 'gevraagd' },
      { text: ', bel ons.', marks: [], hint: null },
    ]);
  });
});
