import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../../platform/demo/demo-data.ts';
import { DEMO_TOPICS, demoDocuments, pickLanguages } from './documents.ts';
import { LANGUAGES } from './lang/index.ts';

/** The script most letters of a language are written in. */
const SCRIPTS: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  prs: /\p{Script=Arabic}/u,
  ps: /\p{Script=Arabic}/u,
  ti: /\p{Script=Ethiopic}/u,
  am: /\p{Script=Ethiopic}/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  bg: /\p{Script=Cyrillic}/u,
};
const LATIN = /\p{Script=Latin}/u;

function share(text: string, script: RegExp): number {
  const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
  return letters.filter((ch) => script.test(ch)).length / Math.max(1, letters.length);
}

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/gu) ?? [])].sort();

describe('demo library documents', () => {
  const documents = demoDocuments();

  it('holds at least 150 documents with distinct titles, in at least 12 languages', () => {
    expect(documents.length).toBeGreaterThanOrEqual(150);
    expect(new Set(documents.map((d) => d.title)).size).toBe(documents.length);
    const languages = new Set(documents.flatMap((d) => d.translations.map((t) => t.lang)));
    expect(languages.size).toBeGreaterThanOrEqual(12);
  });

  it('fills every placeholder, in every language', () => {
    const texts = documents.flatMap((d) => [
      d.title,
      d.text,
      ...d.translations.flatMap((t) => [t.title, t.text]),
    ]);
    expect(texts.filter((text) => /\{\w+\}/u.test(text))).toEqual([]);
  });

  it('uses in each translation the same placeholders as the Dutch original', () => {
    const mismatches: string[] = [];
    for (const topic of DEMO_TOPICS) {
      for (const [lang, texts] of Object.entries(LANGUAGES)) {
        const text = texts[topic.key];
        if (!text) continue;
        if (placeholders(text.text).join() !== placeholders(topic.text).join())
          mismatches.push(`${lang}:${topic.key}`);
        if (placeholders(text.title).join() !== placeholders(topic.title).join())
          mismatches.push(`${lang}:${topic.key}:title`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('writes each language in its own script', () => {
    const wrong: string[] = [];
    for (const [lang, texts] of Object.entries(LANGUAGES)) {
      for (const [key, text] of Object.entries(texts)) {
        // Names of schools, "Amal" and "CLB" stay in Latin letters; the rest is the language's script.
        if (share(text.text, SCRIPTS[lang] ?? LATIN) < (SCRIPTS[lang] ? 0.6 : 0.95))
          wrong.push(`${lang}:${key}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives each document 3 to 14 languages, and varies which', () => {
    const counts = documents.map((d) => d.translations.length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...counts)).toBe(14);
    expect(new Set(counts).size).toBeGreaterThan(5);
    for (const d of documents)
      expect(new Set(d.translations.map((t) => t.lang)).size).toBe(d.translations.length);
    expect(pickLanguages(['ar', 'tr', 'bg', 'fr', 'en'], 1, 0)).toHaveLength(5);
  });

  it('names as source the platform demo organisation a letter comes from', () => {
    const names = new Set(DEMO_ORGANISATIONS.map((o) => o.name));
    const known = documents.filter((d) => d.source !== null && names.has(d.source));
    expect(new Set(known.map((d) => d.source)).size).toBeGreaterThanOrEqual(5);
    // A school's letter is never credited to another school.
    for (const d of documents.filter((doc) => doc.source?.startsWith('Basisschool'))) {
      expect(d.title).toContain(d.source);
    }
  });

  it('mixes sectors, types, visibilities and review dates', () => {
    expect(new Set(documents.map((d) => d.sector))).toEqual(
      new Set(['education', 'welfare', 'health', 'housing', 'work', 'general']),
    );
    expect(new Set(documents.map((d) => d.docType)).size).toBe(2);
    expect(new Set(documents.map((d) => d.visibility))).toEqual(new Set(['public', 'requesters', 'staff']));
    expect(documents.filter((d) => d.visibility === 'public').length / documents.length).toBeGreaterThan(0.7);
    expect(documents.some((d) => d.reviewInDays < 0)).toBe(true);
  });
});
