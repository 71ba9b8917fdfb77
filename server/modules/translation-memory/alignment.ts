import { segmentSentences } from './segmentation.ts';

/**
 * Sentence alignment of a Dutch text and its translation, pure.
 *
 * Length-based dynamic programme after W. A. Gale and K. W. Church, "A Program for Aligning Sentences
 * in Bilingual Corpora", Computational Linguistics 19(1), 1993, pp. 75–102 (the paper's C program):
 * a bead pairs 0–2 sentences of one side with 0–2 of the other (1-1, 1-0, 0-1, 2-1, 1-2); its cost is
 * −100·log P(δ) with δ = (l₂ − c·l₁) / √(s²·(l₁ + l₂/c)/2) over character lengths, plus the paper's
 * penalty for the bead kind. Two changes, both written down here: c is this text pair's own ratio of
 * characters (total target / total source) rather than 1, because Arabic or Chinese translations are
 * much shorter in characters than Dutch; and paragraphs are anchors, as in the paper: they are aligned
 * first by the same programme, then the sentences inside each pair of aligned paragraphs.
 */

export type BeadKind = '1-1' | '1-0' | '0-1' | '2-1' | '1-2';
export type Bead = { kind: BeadKind; source: string[]; target: string[] };
export type AlignedPair = { kind: BeadKind; source: string; target: string };

/** Variance of the target length per source character (Gale & Church §3: s² = 6.8). */
const VARIANCE = 6.8;
/** −100·log of the bead kind's prior relative to 1-1 (the paper's program: 1-0 450, 2-1 230). */
const PENALTY: Record<BeadKind, number> = { '1-1': 0, '2-1': 230, '1-2': 230, '1-0': 450, '0-1': 450 };
const MOVES: ReadonlyArray<[BeadKind, number, number]> = [
  ['1-1', 1, 1],
  ['1-0', 1, 0],
  ['0-1', 0, 1],
  ['2-1', 2, 1],
  ['1-2', 1, 2],
];
const IMPOSSIBLE = 1e9;

/** Standard normal upper tail, Abramowitz & Stegun 26.2.17, as in the paper's program. */
function upperTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = ((((1.330274429 * t - 1.821255978) * t + 1.781477937) * t - 0.356563782) * t + 0.31938153) * t;
  return 0.3989423 * Math.exp((-z * z) / 2) * poly;
}

/** −100·log P(the lengths l₁ and l₂ are a translation of each other). */
export function lengthCost(sourceLength: number, targetLength: number, ratio = 1): number {
  if (sourceLength === 0 && targetLength === 0) return 0;
  const mean = (sourceLength + targetLength / ratio) / 2;
  const z = Math.abs((ratio * sourceLength - targetLength) / Math.sqrt(VARIANCE * mean));
  const probability = 2 * upperTail(z);
  return probability > 0 ? -100 * Math.log(probability) : IMPOSSIBLE;
}

const sum = (values: readonly number[], from: number, count: number) =>
  values.slice(from, from + count).reduce((a, b) => a + b, 0);

/** The cheapest chain of beads over two lists of lengths: [kind, source index, target index] per bead. */
export function alignLengths(
  source: readonly number[],
  target: readonly number[],
  ratio = 1,
): Array<[BeadKind, number, number]> {
  const width = target.length + 1;
  // Flat tables over (i, j) = cell i·width + j: the cheapest cost to there and the move that got there.
  const cost = new Float64Array((source.length + 1) * width).fill(Number.POSITIVE_INFINITY);
  const move = new Int8Array(cost.length).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= source.length; i += 1) {
    for (let j = 0; j < width; j += 1) {
      MOVES.forEach(([kind, di, dj], index) => {
        if (i < di || j < dj) return;
        const before = cost[(i - di) * width + j - dj] ?? Number.POSITIVE_INFINITY;
        if (before === Number.POSITIVE_INFINITY) return;
        const step = lengthCost(sum(source, i - di, di), sum(target, j - dj, dj), ratio) + PENALTY[kind];
        if (before + step < (cost[i * width + j] ?? Number.POSITIVE_INFINITY)) {
          cost[i * width + j] = before + step;
          move[i * width + j] = index;
        }
      });
    }
  }
  const beads: Array<[BeadKind, number, number]> = [];
  for (let i = source.length, j = target.length; i > 0 || j > 0; ) {
    const step = MOVES[move[i * width + j] ?? -1];
    if (!step) throw new Error('alignLengths: no path'); // cannot happen: 1-0 and 0-1 reach every cell
    const [kind, di, dj] = step;
    i -= di;
    j -= dj;
    beads.push([kind, i, j]);
  }
  return beads.reverse();
}

/** Blocks separated by blank lines: the paragraphs that anchor the alignment. */
function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const charLength = (text: string) => [...text].length;
const totalLength = (texts: readonly string[]) => texts.reduce((a, t) => a + charLength(t), 0);

/** Aligns the sentences of a text and its translation; the beads in document order. */
export function alignTexts(
  sourceText: string,
  sourceLang: string,
  targetText: string,
  targetLang: string,
): Bead[] {
  const sourceParagraphs = paragraphs(sourceText);
  const targetParagraphs = paragraphs(targetText);
  const ratio = Math.max(0.05, totalLength(targetParagraphs) / Math.max(1, totalLength(sourceParagraphs)));
  const blocks =
    sourceParagraphs.length === targetParagraphs.length
      ? sourceParagraphs.map((p, i) => [[p], [targetParagraphs[i] ?? '']])
      : alignLengths(sourceParagraphs.map(charLength), targetParagraphs.map(charLength), ratio).map(
          ([kind, i, j]) => {
            const [di, dj] = kind.split('-').map(Number);
            return [sourceParagraphs.slice(i, i + (di ?? 0)), targetParagraphs.slice(j, j + (dj ?? 0))];
          },
        );
  const beads: Bead[] = [];
  for (const [sourceBlock = [], targetBlock = []] of blocks) {
    const source = sourceBlock.flatMap((p) => segmentSentences(p, sourceLang).map((s) => s.text));
    const target = targetBlock.flatMap((p) => segmentSentences(p, targetLang).map((s) => s.text));
    for (const [kind, i, j] of alignLengths(source.map(charLength), target.map(charLength), ratio)) {
      const [di = 0, dj = 0] = kind.split('-').map(Number);
      beads.push({ kind, source: source.slice(i, i + di), target: target.slice(j, j + dj) });
    }
  }
  return beads;
}

/** The beads a memory can use: both sides present (1-1, 2-1, 1-2), each side's sentences joined. */
export function memoryPairs(beads: readonly Bead[]): AlignedPair[] {
  return beads
    .filter((b) => b.source.length > 0 && b.target.length > 0)
    .map((b) => ({ kind: b.kind, source: b.source.join(' '), target: b.target.join(' ') }));
}
