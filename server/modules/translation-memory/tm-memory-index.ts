import { foldedWords, pairPrefix } from './segment-keys.ts';
import type { KeyTerm } from './tm-lookup-plan.ts';

/**
 * The fuzzy lookup's inverted index, held in the process (decision 0008, revision "in-process
 * index"): for every segment its case-folded word tokens as word ids, and for every word of a
 * language pair the segments holding it (postings, in insertion order). Probing a word costs a walk
 * over a typed array instead of a database round, so the count filter of `tm-lookup-plan.ts` runs
 * over every posting of the probed words — exact frequencies, no statistics, no budget.
 *
 * It only grows. A segment is known by its `seq` (tm_segments.seq, never reused); a deleted row
 * stays in the postings until the index is rebuilt and is dropped when its text is fetched.
 */
export type IndexedSegment = { seq: number; sourceLang: string; targetLang: string; sourceText: string };

/** A growable array of 32-bit integers (postings, word ids): a tenth of the memory of number[]. */
class IntList {
  data = new Int32Array(4);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** "nl" covers nl, nl-BE and nl-NL; "nl-BE" only itself (BCP 47, case-insensitive), as the SQL `languageIs`. */
export function tagCovers(query: string, tag: string): boolean {
  const q = query.toLowerCase();
  const t = tag.toLowerCase();
  return t === q || t.startsWith(`${q}-`);
}

export class MemoryIndex {
  private readonly seqs: number[] = [];
  private readonly known = new Set<number>();
  /** Per segment: the id of its exact (source, target) tags in `pairs`. */
  private readonly pairOf: number[] = [];
  private readonly pairs: { source: string; target: string }[] = [];
  private readonly pairIds = new Map<string, number>();
  /** Per segment i: its word ids are `wordIds[wordStart[i] .. wordStart[i + 1])`. */
  private readonly wordStart = new IntList();
  private readonly wordIds = new IntList();
  /** pair prefix + folded word → word id; a word id's postings. */
  private readonly dictionary = new Map<string, number>();
  private readonly postings: IntList[] = [];
  /** Per pair prefix, every segment (a probe that can exclude nothing reads them all). */
  private readonly byPrefix = new Map<string, IntList>();
  private counts8 = new Uint8Array(0);
  private counts32 = new Uint32Array(0);
  /** The highest seq added. */
  highest = 0;

  constructor() {
    this.wordStart.push(0);
  }

  get size(): number {
    return this.seqs.length;
  }

  /** Adds a segment; one already added (by seq) is left as it is. */
  add(segment: IndexedSegment): void {
    if (this.known.has(segment.seq)) return;
    this.known.add(segment.seq);
    const ordinal = this.seqs.length;
    const prefix = pairPrefix(segment.sourceLang, segment.targetLang);
    this.seqs.push(segment.seq);
    this.highest = Math.max(this.highest, segment.seq);
    this.pairOf.push(this.pairId(segment.sourceLang, segment.targetLang));
    let all = this.byPrefix.get(prefix);
    if (!all) {
      all = new IntList();
      this.byPrefix.set(prefix, all);
    }
    all.push(ordinal);
    const distinct = new Set<number>();
    for (const word of foldedWords(segment.sourceText)) {
      const key = prefix + word;
      let id = this.dictionary.get(key);
      if (id === undefined) {
        id = this.postings.length;
        this.dictionary.set(key, id);
        this.postings.push(new IntList());
      }
      this.wordIds.push(id);
      if (!distinct.has(id)) {
        distinct.add(id);
        this.postings[id]?.push(ordinal);
      }
    }
    this.wordStart.push(this.wordIds.length);
  }

  /** The query's folded words as ids of this pair (−1: a word no segment of the pair holds). */
  wordIdsOf(prefix: string, words: readonly string[]): Int32Array {
    return Int32Array.from(words, (word) => this.dictionary.get(prefix + word) ?? -1);
  }

  /** The query's distinct words with their multiplicity (mass) and exact frequency (postings). */
  terms(ids: Int32Array): KeyTerm[] {
    const terms = new Map<number, KeyTerm>();
    ids.forEach((id, i) => {
      // An unknown word stays a term of its own (a negative id per position): no segment holds it.
      const term = id >= 0 ? id : -1 - i;
      const known = terms.get(term);
      if (known) known.mass += 1;
      else terms.set(term, { id: term, mass: 1, frequency: id >= 0 ? (this.postings[id]?.length ?? 0) : 0 });
    });
    return [...terms.values()];
  }

  /**
   * Count filtering: the segments holding keys of `terms` (ids as `terms` gives them) weighing
   * ≥ `need`, that `accept` keeps, in no particular order. Synchronous: the shared counter is clean
   * again before any other lookup runs. One byte per segment when the masses fit (the counter then
   * stays in the processor's cache far better), cleared with one `fill`.
   */
  holding(terms: readonly KeyTerm[], need: number, accept: (ordinal: number) => boolean): number[] {
    const lists: { mass: number; list: IntList }[] = [];
    let total = 0;
    for (const term of terms) {
      const list = term.id >= 0 ? this.postings[term.id] : undefined;
      if (list) lists.push({ mass: term.mass, list });
      total += term.mass;
    }
    const counts = this.counter(total < 256);
    const found: number[] = [];
    for (const { mass, list } of lists) {
      const data = list.data;
      const length = list.length;
      for (let i = 0; i < length; i += 1) {
        const ordinal = data[i] as number;
        const before = counts[ordinal] as number;
        counts[ordinal] = before + mass;
        if (before < need && before + mass >= need && accept(ordinal)) found.push(ordinal);
      }
    }
    counts.fill(0, 0, this.size);
    return found;
  }

  /** The shared counter, at least one entry per segment, all zero. */
  private counter(small: boolean): Uint8Array | Uint32Array {
    const grown = (length: number) => Math.max(this.size, length * 2);
    if (small) {
      if (this.counts8.length < this.size) this.counts8 = new Uint8Array(grown(this.counts8.length));
      return this.counts8;
    }
    if (this.counts32.length < this.size) this.counts32 = new Uint32Array(grown(this.counts32.length));
    return this.counts32;
  }

  /** Every segment of the pair prefix that `accept` keeps (nothing can be excluded by words). */
  everyOf(prefix: string, accept: (ordinal: number) => boolean): number[] {
    const all = this.byPrefix.get(prefix);
    return all ? [...all.view()].filter(accept) : [];
  }

  seq(ordinal: number): number {
    return this.seqs[ordinal] ?? -1;
  }

  words(ordinal: number): Int32Array {
    return this.wordIds.data.subarray(this.wordStart.data[ordinal], this.wordStart.data[ordinal + 1]);
  }

  wordCount(ordinal: number): number {
    return (this.wordStart.data[ordinal + 1] as number) - (this.wordStart.data[ordinal] as number);
  }

  /** A test per segment: does its exact pair fall under the query's (source, target) tags? */
  pairTest(source: string, target: string): (ordinal: number) => boolean {
    const covered = this.pairs.map(
      (pair) => tagCovers(source, pair.source) && tagCovers(target, pair.target),
    );
    return (ordinal) => covered[this.pairOf[ordinal] as number] === true;
  }

  private pairId(source: string, target: string): number {
    const key = `${source}\u0000${target}`;
    let id = this.pairIds.get(key);
    if (id === undefined) {
      id = this.pairs.length;
      this.pairs.push({ source, target });
      this.pairIds.set(key, id);
    }
    return id;
  }
}
