/**
 * Navigation labels of the billing, translation and figures pages. The shell reads nav labels from
 * the app catalog: `web/i18n/catalogs/app/nl.ts` and `en.ts` spread these. Each is its page's title.
 */
export const interpretingBillingNavNl = {
  'nav.interpreting.timesheets': 'Prestaties nakijken',
  'nav.interpreting.billing': 'Facturatie tolken',
  'nav.interpreting.statements': 'Maandoverzicht tolk',
  'nav.interpreting.translations': 'Vertalingen',
  'nav.interpreting.figures': 'Cijfers tolken',
} as const;

export type InterpretingBillingNavKey = keyof typeof interpretingBillingNavNl;

export const interpretingBillingNavEn: Record<InterpretingBillingNavKey, string> = {
  'nav.interpreting.timesheets': 'Review timesheets',
  'nav.interpreting.billing': 'Interpreting billing',
  'nav.interpreting.statements': 'Interpreter statement',
  'nav.interpreting.translations': 'Translations',
  'nav.interpreting.figures': 'Interpreting figures',
};
