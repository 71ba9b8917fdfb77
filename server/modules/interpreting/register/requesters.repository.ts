import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { organisations } from '../../../platform/identity/identity.tables.ts';
import {
  organisationInterpreterPreferences,
  organisationUnits,
  requestingOrganisations,
} from '../interpreting.tables.ts';

export type EligibilityRow = typeof requestingOrganisations.$inferSelect;
export type UnitRow = typeof organisationUnits.$inferSelect;
export type PreferenceRow = typeof organisationInterpreterPreferences.$inferSelect;

export async function organisationExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  return row !== undefined;
}

export async function findEligibility(db: Db, organisationId: string): Promise<EligibilityRow | undefined> {
  const [row] = await db
    .select()
    .from(requestingOrganisations)
    .where(eq(requestingOrganisations.organisationId, organisationId));
  return row;
}

export async function findEligibilityForUpdate(
  tx: Db,
  organisationId: string,
): Promise<EligibilityRow | undefined> {
  const [row] = await tx
    .select()
    .from(requestingOrganisations)
    .where(eq(requestingOrganisations.organisationId, organisationId))
    .for('update');
  return row;
}

export type EligibilityValues = Omit<typeof requestingOrganisations.$inferInsert, 'updatedAt'>;

/** One statement, so two first registrations at once cannot both insert. */
export async function upsertEligibility(tx: Db, values: EligibilityValues): Promise<EligibilityRow> {
  const { organisationId, ...rest } = values;
  const [row] = await tx
    .insert(requestingOrganisations)
    .values(values)
    .onConflictDoUpdate({
      target: requestingOrganisations.organisationId,
      set: { ...rest, updatedAt: sql`now()` },
    })
    .returning();
  if (!row || row.organisationId !== organisationId) throw new Error('eligibility upsert returned no row');
  return row;
}

export async function insertUnit(
  tx: Db,
  values: { organisationId: string; name: string; costCentre: string | null },
): Promise<UnitRow> {
  const [row] = await tx.insert(organisationUnits).values(values).returning();
  if (!row) throw new Error('insert into organisation units returned no row');
  return row;
}

export async function unitsOf(db: Db, organisationId: string): Promise<UnitRow[]> {
  return db
    .select()
    .from(organisationUnits)
    .where(eq(organisationUnits.organisationId, organisationId))
    .orderBy(asc(organisationUnits.name), asc(organisationUnits.id));
}

export async function findPreferenceForUpdate(
  tx: Db,
  organisationId: string,
  interpreterId: string,
): Promise<PreferenceRow | undefined> {
  const [row] = await tx
    .select()
    .from(organisationInterpreterPreferences)
    .where(
      and(
        eq(organisationInterpreterPreferences.organisationId, organisationId),
        eq(organisationInterpreterPreferences.interpreterId, interpreterId),
      ),
    )
    .for('update');
  return row;
}

export async function upsertPreference(tx: Db, values: PreferenceRow): Promise<PreferenceRow> {
  const [row] = await tx
    .insert(organisationInterpreterPreferences)
    .values(values)
    .onConflictDoUpdate({
      target: [
        organisationInterpreterPreferences.organisationId,
        organisationInterpreterPreferences.interpreterId,
      ],
      set: { kind: values.kind, reason: values.reason },
    })
    .returning();
  if (!row) throw new Error('preference upsert returned no row');
  return row;
}

export async function deletePreference(
  tx: Db,
  organisationId: string,
  interpreterId: string,
): Promise<PreferenceRow | undefined> {
  const [row] = await tx
    .delete(organisationInterpreterPreferences)
    .where(
      and(
        eq(organisationInterpreterPreferences.organisationId, organisationId),
        eq(organisationInterpreterPreferences.interpreterId, interpreterId),
      ),
    )
    .returning();
  return row;
}
