import type { LibraryDocType, LibrarySector, LibraryVisibility } from '../../../../contracts/library.ts';

/**
 * The demo library is written as topics (one letter or form each, Dutch original plus
 * translations) with variants: the same letter for another school, class, office or date. Texts
 * hold placeholders such as `{school}` that a variant fills in every language alike, so only
 * names, class codes, dates and times vary — never words that would need translating.
 */
export const TOPIC_KEYS = [
  'waste',
  'absence',
  'enrol',
  'medication',
  'materials',
  'housing',
  'ocmw',
  'caw',
  'vaccination',
  'parents',
  'swimming',
  'trip',
  'lice',
  'conversation',
  'schoolbill',
  'job',
] as const;
export type TopicKey = (typeof TOPIC_KEYS)[number];

/** One language of a topic: title and text with placeholders. */
export type LangText = { title: string; text: string };

/** Every translation of one language, by topic (a language need not have every topic). */
export type LangTexts = Partial<Record<TopicKey, LangText>>;

/** Values for the placeholders of one variant: `{ school: 'Basisschool De Regenboog', class: '1A' }`. */
export type Variant = Record<string, string>;

export type Topic = {
  key: TopicKey;
  sector: LibrarySector;
  themes: string[];
  docType: LibraryDocType;
  /** Usually public; a topic meant for partner organisations only says so here. */
  visibility?: LibraryVisibility;
  /** Name of a demo organisation of the platform seed; the document has none when it is missing. */
  source: string | null;
  /** The variant value naming the source instead (`school`, `place`): a letter is its school's. */
  sourceKey?: string;
  /** Dutch title, description and text, with placeholders. */
  title: string;
  description: string;
  text: string;
  variants: Variant[];
};

/** A document ready to be created: Dutch original and its translations, placeholders filled. */
export type DemoDocument = {
  title: string;
  description: string;
  sector: LibrarySector;
  themes: string[];
  docType: LibraryDocType;
  visibility: LibraryVisibility;
  source: string | null;
  /** Days from the day of seeding to the review date; negative means review is due. */
  reviewInDays: number;
  text: string;
  translations: { lang: string; title: string; text: string }[];
};

/** Fills `{name}` placeholders; an unknown placeholder is an error in the demo data. */
export function fill(template: string, values: Variant): string {
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`demo library: no value for {${name}} in "${template.slice(0, 60)}"`);
    return value;
  });
}
