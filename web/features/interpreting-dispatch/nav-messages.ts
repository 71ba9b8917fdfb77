/**
 * Navigation labels of the dispatcher's planning and register pages. The shell reads nav labels
 * from the app catalog, so `web/i18n/catalogs/app/nl.ts` and `en.ts` spread these. Each label is
 * also its page's title.
 */
export const dispatchNavNl = {
  'nav.interpreting.dayPlan': 'Dagplanning tolken',
  'nav.interpreting.interpreters': 'Tolkenregister',
  'nav.interpreting.organisations': 'Aanvragende organisaties',
} as const;

export type DispatchNavKey = keyof typeof dispatchNavNl;

export const dispatchNavEn: Record<DispatchNavKey, string> = {
  'nav.interpreting.dayPlan': 'Interpreting day plan',
  'nav.interpreting.interpreters': 'Interpreter register',
  'nav.interpreting.organisations': 'Requesting organisations',
};
