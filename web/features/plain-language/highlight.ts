import type { PlainLanguageCheck } from '../../../contracts/plain-language.ts';

export type MarkKind = 'jargon' | 'long-word' | 'passive';
export type Piece = { text: string; marks: MarkKind[]; hint: string | null };

type Mark = { start: number; end: number; kind: MarkKind; hint: string | null };

/** Everything flagged inside one sentence, with offsets into the whole text. */
function marksOf(sentence: PlainLanguageCheck['sentences'][number]): Mark[] {
  const { flags } = sentence;
  return [
    ...flags.jargon.map((j) => ({
      start: j.start,
      end: j.end,
      kind: 'jargon' as const,
      hint: j.alternative,
    })),
    ...flags.longWords.map((w) => ({ start: w.start, end: w.end, kind: 'long-word' as const, hint: null })),
    ...flags.passive.map((p) => ({ start: p.start, end: p.end, kind: 'passive' as const, hint: null })),
  ];
}

/**
 * Cuts one sentence into pieces at every mark's edge, so overlapping marks (a long jargon word
 * inside a passive clause) each keep their own highlight.
 */
export function piecesOf(text: string, sentence: PlainLanguageCheck['sentences'][number]): Piece[] {
  const marks = marksOf(sentence);
  const edges = new Set([sentence.start, sentence.end]);
  for (const mark of marks) {
    edges.add(Math.max(sentence.start, mark.start));
    edges.add(Math.min(sentence.end, mark.end));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? from;
    if (to <= from) continue;
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    pieces.push({
      text: text.slice(from, to),
      marks: [...new Set(covering.map((m) => m.kind))],
      hint: covering.find((m) => m.hint)?.hint ?? null,
    });
  }
  return pieces;
}
