/**
 * Navigation label of the case pages; the app catalogs spread these (`...casesNavNl`,
 * `...casesNavEn`), because the shell reads nav labels from the app catalog.
 */
export const casesNavNl = {
  'nav.cases': 'Dossiers',
} as const;

export type CasesNavKey = keyof typeof casesNavNl;

export const casesNavEn: Record<CasesNavKey, string> = {
  'nav.cases': 'Cases',
};
