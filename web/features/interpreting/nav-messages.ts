/**
 * Navigation labels of the interpreting pages. The shell reads nav labels from the app catalog, so
 * these belong in `web/i18n/catalogs/app/nl.ts` and `en.ts` (spread `...interpretingNavNl` /
 * `...interpretingNavEn` into `app`). Each label is also its page's title.
 */
export const interpretingNavNl = {
  'nav.interpreting.book': 'Tolk aanvragen',
  'nav.interpreting.myRequests': 'Mijn aanvragen',
  'nav.interpreting.queue': 'Tolkaanvragen',
  'nav.interpreting.invoices': 'Facturen tolken',
  'nav.interpreting.offers': 'Aanbiedingen',
  'nav.interpreting.agenda': 'Mijn agenda',
} as const;

export type InterpretingNavKey = keyof typeof interpretingNavNl;

export const interpretingNavEn: Record<InterpretingNavKey, string> = {
  'nav.interpreting.book': 'Book an interpreter',
  'nav.interpreting.myRequests': 'My requests',
  'nav.interpreting.queue': 'Interpreting requests',
  'nav.interpreting.invoices': 'Interpreting invoices',
  'nav.interpreting.offers': 'Offers',
  'nav.interpreting.agenda': 'My agenda',
};
