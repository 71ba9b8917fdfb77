import type { Locale, Role } from '../../contracts/identity.ts';

/** The signed-in user as every service sees it. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organisationId: string | null;
  teamId: string | null;
  locale: Locale;
};

/** Who does something and under which request: passed to every service call that writes or reads personal data. */
export type RequestContext = {
  actor: Actor | null;
  requestId: string;
};

/** The context of work that no person started (jobs, CLI, seeding). */
export function systemContext(label: string): RequestContext & { systemLabel: string } {
  return { actor: null, requestId: `system:${label}`, systemLabel: label };
}
