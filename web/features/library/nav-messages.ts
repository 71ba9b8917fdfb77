/**
 * Navigation labels of the translation library; the app catalogs spread these (`...libraryNavNl`,
 * `...libraryNavEn`), because the shell reads nav labels from the app catalog. Each is a page title.
 */
export const libraryNavNl = {
  'nav.library.search': 'Vertaalbibliotheek',
  'nav.library.upload': 'Document toevoegen',
} as const;

export type LibraryNavKey = keyof typeof libraryNavNl;

export const libraryNavEn: Record<LibraryNavKey, string> = {
  'nav.library.search': 'Translation library',
  'nav.library.upload': 'Add a document',
};
