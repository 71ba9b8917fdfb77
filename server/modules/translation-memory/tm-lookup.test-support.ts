import type { NewSegment } from './translation-memory.repository.ts';

/** mulberry32: the tests' random memories and queries are the same every run, so a failure can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded random memory for the lookup and band tests: frequent and rare words, joined and accented
 * ones, capitals, numbers, tags and punctuation, in families of near-duplicates; 1 in 9 rows of
 * another pair (nl→en), 1 in 5 with source nl-BE.
 */
export function randomMemory(seed: number) {
  const random = seeded(seed);
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

  return { random, pick, fresh, edit, memory, wordy };
}
