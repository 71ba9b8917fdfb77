import type { LibraryVisibility } from '../../../../contracts/library.ts';
import { LANGUAGES } from './lang/index.ts';
import { SCHOOL_TOPICS } from './topics-school.ts';
import { SERVICE_TOPICS } from './topics-services.ts';
import { type DemoDocument, fill, type Topic } from './types.ts';

export const DEMO_TOPICS: readonly Topic[] = [...SCHOOL_TOPICS, ...SERVICE_TOPICS];

/** The most asked languages first: every document has the first two of those it is written in. */
const PRIORITY = [
  'ar',
  'tr',
  'bg',
  'fr',
  'en',
  'ru',
  'uk',
  'ro',
  'sk',
  'pl',
  'fa',
  'prs',
  'ps',
  'ti',
  'so',
  'es',
  'am',
];
const MAX_LANGUAGES = 14;

/** The languages a topic is translated into, most asked first. */
export function topicLanguages(topic: Topic): string[] {
  const written = Object.entries(LANGUAGES)
    .filter(([, texts]) => texts[topic.key] !== undefined)
    .map(([lang]) => lang);
  const rank = (lang: string) => (PRIORITY.includes(lang) ? PRIORITY.indexOf(lang) : PRIORITY.length);
  return written.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Which languages a variant gets: the first variant of a topic every language (up to 14), the
 * others between 3 and 7 — the two most asked always, the rest taken in turn so each language
 * shows up across the variants. A library grows like that: not every letter in every language.
 */
export function pickLanguages(available: string[], variantIndex: number, topicIndex: number): string[] {
  if (variantIndex === 0) return available.slice(0, MAX_LANGUAGES);
  const wanted = Math.min(available.length, 3 + ((variantIndex * 7 + topicIndex * 3) % 5));
  const [first = [], rest] = [available.slice(0, 2), available.slice(2)];
  const offset = (variantIndex * 3) % Math.max(rest.length, 1);
  const turned = [...rest.slice(offset), ...rest.slice(0, offset)];
  return [...first, ...turned.slice(0, wanted - first.length)];
}

/** Mostly public; some for partner organisations, a few for staff only (drafts, internal forms). */
function visibilityOf(topic: Topic, n: number): LibraryVisibility {
  if (topic.visibility) return topic.visibility;
  if (n % 29 === 11) return 'staff';
  if (n % 13 === 5) return 'requesters';
  return 'public';
}

/** Every demo document, in a fixed order, with all placeholders filled. */
export function demoDocuments(): DemoDocument[] {
  const documents: DemoDocument[] = [];
  DEMO_TOPICS.forEach((topic, topicIndex) => {
    const available = topicLanguages(topic);
    topic.variants.forEach((values, variantIndex) => {
      const n = documents.length;
      documents.push({
        title: fill(topic.title, values),
        description: fill(topic.description, values),
        sector: topic.sector,
        themes: topic.themes,
        docType: topic.docType,
        visibility: visibilityOf(topic, n),
        source: topic.sourceKey ? (values[topic.sourceKey] ?? null) : topic.source,
        // About one in seven is past its review date, so "review due" shows in the demo.
        reviewInDays: n % 7 === 3 ? -(20 + ((n * 11) % 200)) : 60 + ((n * 37) % 640),
        text: fill(topic.text, values),
        translations: pickLanguages(available, variantIndex, topicIndex).map((lang) => {
          const texts = LANGUAGES[lang]?.[topic.key];
          if (!texts) throw new Error(`demo library: no ${lang} text for ${topic.key}`);
          return { lang, title: fill(texts.title, values), text: fill(texts.text, values) };
        }),
      });
    });
  });
  return documents;
}
