/** The nav label of the plain-language page; the app catalogs spread these. It is the page's title. */
export const plainLanguageNavNl = { 'nav.plainLanguage': 'Klare taal' } as const;

export type PlainLanguageNavKey = keyof typeof plainLanguageNavNl;

export const plainLanguageNavEn: Record<PlainLanguageNavKey, string> = {
  'nav.plainLanguage': 'Plain language',
};
