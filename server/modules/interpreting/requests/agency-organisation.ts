import { z } from 'zod';
import { AppError } from '../../../platform/http/app-error.ts';
import type { ParamService } from '../../../platform/params/index.ts';

/**
 * The agency's own requesting organisation: staff who book an interpreter for their own work (a
 * counsellor's appointment with a client) book for it. An effective-dated parameter, because the
 * agency is one organisation per deployment and may change its legal entity (IN-Gent became Amal);
 * requests keep the organisation they were booked for.
 */
export const AGENCY_ORGANISATION_PARAM = 'interpreting.agency_organisation';

export const AgencyOrganisationSchema = z.object({
  organisationId: z
    .uuid()
    .describe('The organisation row of the agency, registered as a requesting organisation'),
});

export type AgencyOrganisations = {
  /** The organisation that books today; null when no admin has set the parameter. */
  current: string | null;
  /** Every organisation the parameter ever named: the agency's bookings of before stay its own. */
  all: string[];
};

export async function agencyOrganisations(
  params: Pick<ParamService, 'list'>,
  today: string,
): Promise<AgencyOrganisations> {
  const values = await params.list(AGENCY_ORGANISATION_PARAM);
  const all: string[] = [];
  let current: string | null = null;
  for (const value of values) {
    const parsed = AgencyOrganisationSchema.safeParse(value.value);
    if (!parsed.success) continue;
    all.push(parsed.data.organisationId);
    const inForce = value.validFrom <= today && (value.validTo === null || today < value.validTo);
    if (inForce) current = parsed.data.organisationId;
  }
  return { current, all };
}

/** The organisation to book for today, or 403: the agency is not set up as a requester. */
export function requireAgencyOrganisation(organisations: AgencyOrganisations): string {
  if (organisations.current) return organisations.current;
  throw new AppError(
    'INTERPRETING.ORGANISATION_NOT_ELIGIBLE',
    `the agency has no requesting organisation: an admin sets the parameter ${AGENCY_ORGANISATION_PARAM}`,
  );
}
