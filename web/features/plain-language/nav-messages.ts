/** The nav labels of the plain-language pages; the app catalogs spread these. They are the pages' titles. */
export const plainLanguageNavNl = {
  'nav.plainLanguage': 'Klare taal',
  'nav.plainLanguage.terms': 'Moeilijke woorden',
} as const;

export type PlainLanguageNavKey = keyof typeof plainLanguageNavNl;

export const plainLanguageNavEn: Record<PlainLanguageNavKey, string> = {
  'nav.plainLanguage': 'Plain language',
  'nav.plainLanguage.terms': 'Difficult words',
};
