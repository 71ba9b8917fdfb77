import { inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { demoId } from '../../../platform/demo/demo-ids.ts';
import { organisations } from '../../../platform/identity/identity.tables.ts';
import { organisationUnits, requestingOrganisations } from '../interpreting.tables.ts';
import type { Requester } from './demo-month.ts';
import { DEMO_REQUESTERS, type DemoRequester } from './demo-organisations.ts';

type Report = Record<string, number>;
type Present = DemoRequester & { organisationId: string };

/** The requesting organisations, their agreements and units; answers those that exist now. */
export async function seedRequesters(db: Db, report: Report): Promise<Requester[]> {
  report.organisations = await createOrganisations(db);
  // By KBO number, as the platform seed does: an organisation entered by hand is reused.
  const found = await db
    .select({ id: organisations.id, kboNumber: organisations.kboNumber })
    .from(organisations)
    .where(
      inArray(
        organisations.kboNumber,
        DEMO_REQUESTERS.map((r) => r.kboNumber),
      ),
    );
  const idByKbo = new Map(found.map((row) => [row.kboNumber, row.id]));
  const present = DEMO_REQUESTERS.flatMap((r) => {
    const organisationId = idByKbo.get(r.kboNumber);
    return organisationId ? [{ ...r, organisationId }] : [];
  });
  const agreements = present.map((r) => ({
    organisationId: r.organisationId,
    sector: r.sector,
    activeInGreaterGhent: true,
    agreementSignedOn: r.agreementSignedOn,
  }));
  report.requestingOrganisations = (
    await db
      .insert(requestingOrganisations)
      .values(agreements)
      .onConflictDoNothing()
      .returning({ id: requestingOrganisations.organisationId })
  ).length;
  return seedUnits(db, report, present);
}

async function createOrganisations(db: Db): Promise<number> {
  const rows = DEMO_REQUESTERS.flatMap((r) =>
    r.create
      ? [
          {
            id: demoId(`interpreting:organisation:${r.key}`),
            kboNumber: r.kboNumber,
            city: 'Gent',
            ...r.create,
          },
        ]
      : [],
  );
  const created = await db
    .insert(organisations)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: organisations.id });
  return created.length;
}

async function seedUnits(db: Db, report: Report, present: readonly Present[]): Promise<Requester[]> {
  const units = present.flatMap((r) =>
    r.units.map(([name, costCentre]) => ({
      id: demoId(`interpreting:unit:${r.key}:${name}`),
      organisationId: r.organisationId,
      name,
      costCentre,
    })),
  );
  report.units = units.length
    ? (
        await db
          .insert(organisationUnits)
          .values(units)
          .onConflictDoNothing()
          .returning({ id: organisationUnits.id })
      ).length
    : 0;
  const rows = await db
    .select({
      id: organisationUnits.id,
      organisationId: organisationUnits.organisationId,
      name: organisationUnits.name,
    })
    .from(organisationUnits)
    .where(
      inArray(
        organisationUnits.organisationId,
        present.map((r) => r.organisationId),
      ),
    );
  return present.map((r) => ({
    ...r,
    unitIds: r.units.flatMap(([name]) =>
      rows.filter((u) => u.organisationId === r.organisationId && u.name === name).map((u) => u.id),
    ),
  }));
}
