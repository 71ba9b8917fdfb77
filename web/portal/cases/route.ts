/**
 * The portal paths of the public forms and the status page. Pure and tiny: the portal router
 * imports it on every page, the pages themselves load only when one of these paths is opened.
 */
export type CasesRoute =
  | { name: 'cases'; page: 'education-question' | 'guidance-appointment' | 'scholarship' }
  | { name: 'cases'; page: 'status'; code?: string };

const FORMS = new Set(['education-question', 'guidance-appointment', 'scholarship'] as const);
type FormPage = typeof FORMS extends Set<infer P> ? P : never;

function isFormPage(value: string): value is FormPage {
  return (FORMS as Set<string>).has(value);
}

/** `path` without a trailing slash. A code is letters, digits and dashes (anything else: not ours). */
export function matchCasesRoute(path: string): CasesRoute | null {
  const page = path.slice(1);
  if (isFormPage(page)) return { name: 'cases', page };
  if (path === '/status') return { name: 'cases', page: 'status' };
  const status = /^\/status\/([A-Za-z0-9-]{1,64})$/u.exec(path);
  if (status?.[1]) return { name: 'cases', page: 'status', code: status[1] };
  return null;
}
