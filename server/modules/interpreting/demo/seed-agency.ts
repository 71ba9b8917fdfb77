import { eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { demoId, demoKbo } from '../../../platform/demo/demo-ids.ts';
import { organisations } from '../../../platform/identity/identity.tables.ts';
import { requestingOrganisations } from '../interpreting.tables.ts';
import { AGENCY_ORGANISATION_PARAM } from '../requests/agency-organisation.ts';

const AGENCY_KBO = demoKbo('08993001');

/**
 * The demo agency as a requesting organisation, and the parameter that makes staff bookings (an
 * interpreter for a counsellor's appointment) its own. Found again by KBO number; the parameter
 * is only written while no value exists, so an admin's choice stays.
 */
export async function seedAgencyRequester(db: Db, report: Record<string, number>): Promise<void> {
  await db
    .insert(organisations)
    .values({
      id: demoId('interpreting:organisation:agency'),
      name: 'Integratiedienst Wegwijs (demo)',
      type: 'public_service',
      sector: 'integratie',
      kboNumber: AGENCY_KBO,
      street: 'Wegwijsstraat 1',
      postcode: '9000',
      city: 'Gent',
    })
    .onConflictDoNothing();
  const [agency] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kboNumber, AGENCY_KBO));
  if (!agency) return;
  await db
    .insert(requestingOrganisations)
    .values({
      organisationId: agency.id,
      sector: 'integration',
      activeInGreaterGhent: true,
      agreementSignedOn: '2020-01-01',
    })
    .onConflictDoNothing();
  const value = JSON.stringify({ organisationId: agency.id });
  const written = await queryRows<{ id: string }>(
    db,
    sql`insert into parameters (key, value, valid_from, note)
        select ${AGENCY_ORGANISATION_PARAM}, ${value}::jsonb, '2020-01-01', 'demo data: the agency books its own interpreters'
        where not exists (select 1 from parameters where key = ${AGENCY_ORGANISATION_PARAM})
        returning id`,
  );
  report.agencyParameter = written.length;
}
