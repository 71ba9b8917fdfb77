import type { z } from 'zod';
import { InterpretingSectorSchema } from '../../../../contracts/interpreting.ts';
import type {
  Eligibility,
  EligibilityInput,
  OrganisationPreferenceSchema,
  Unit,
} from '../../../../contracts/interpreting-register.ts';
import type { FieldError } from '../../../../contracts/problem.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { type Db, sqlState } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { requireActor, requirePermission } from '../../../platform/identity/policy.ts';
import { findInterpreter } from './interpreters.repository.ts';
import {
  deletePreference,
  type EligibilityRow,
  findEligibility,
  findEligibilityForUpdate,
  findPreferenceForUpdate,
  insertUnit,
  organisationExists,
  type UnitRow,
  unitsOf,
  upsertEligibility,
  upsertPreference,
} from './requesters.repository.ts';

type Preference = z.infer<typeof OrganisationPreferenceSchema>;

/** Staff who manage organisations or dispatch interpreters. */
function requireRequesterManager(ctx: RequestContext): void {
  const actor = requireActor(ctx);
  if (
    hasPermission(actor.roles, 'organisations.manage') ||
    hasPermission(actor.roles, 'interpreting.dispatch')
  ) {
    return;
  }
  throw new AppError('COMMON.FORBIDDEN', 'needs organisations.manage or interpreting.dispatch');
}

/** Those managers, or a requester of that very organisation (read only). */
function requireRequesterReader(ctx: RequestContext, organisationId: string): void {
  const actor = requireActor(ctx);
  if (actor.organisationId === organisationId && hasPermission(actor.roles, 'interpreting.request')) return;
  requireRequesterManager(ctx);
}

async function requireOrganisation(db: Db, organisationId: string): Promise<void> {
  if (!(await organisationExists(db, organisationId))) throw new AppError('IDENTITY.ORGANISATION_NOT_FOUND');
}

function toEligibility(row: EligibilityRow): Eligibility {
  return {
    organisationId: row.organisationId,
    sector: InterpretingSectorSchema.catch('other').parse(row.sector),
    activeInGreaterGhent: row.activeInGreaterGhent,
    agreementSignedOn: row.agreementSignedOn,
    active: row.active,
    invoiceEmail: row.invoiceEmail,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Citizens cannot book; an organisation can only while it works in Greater Ghent under a signed agreement. */
function checkEligibility(input: EligibilityInput): void {
  if (!input.active) return;
  const errors: FieldError[] = [];
  if (!input.activeInGreaterGhent) {
    errors.push({ path: 'activeInGreaterGhent', message: 'must be true for an active requester' });
  }
  if (!input.agreementSignedOn) {
    errors.push({ path: 'agreementSignedOn', message: 'the date the cooperation agreement was signed' });
  }
  if (errors.length)
    throw new AppError('INTERPRETING.ELIGIBILITY_INCOMPLETE', undefined, { fieldErrors: errors });
}

export async function setEligibility(
  db: Db,
  ctx: RequestContext,
  organisationId: string,
  input: EligibilityInput,
): Promise<Eligibility> {
  requireRequesterManager(ctx);
  checkEligibility(input);
  return db.transaction(async (tx) => {
    await requireOrganisation(tx, organisationId);
    const before = await findEligibilityForUpdate(tx, organisationId);
    const row = await upsertEligibility(tx, {
      organisationId,
      sector: input.sector,
      activeInGreaterGhent: input.activeInGreaterGhent,
      agreementSignedOn: input.agreementSignedOn,
      active: input.active,
      invoiceEmail: input.invoiceEmail ?? null,
    });
    const after = toEligibility(row);
    await recordAudit(tx, ctx, {
      action: before ? 'interpreting.eligibility_updated' : 'interpreting.eligibility_created',
      entity: 'organisation',
      entityId: organisationId,
      before: before ? toEligibility(before) : null,
      after,
    });
    return after;
  });
}

export async function getEligibility(
  db: Db,
  ctx: RequestContext,
  organisationId: string,
): Promise<Eligibility> {
  requireRequesterReader(ctx, organisationId);
  const row = await findEligibility(db, organisationId);
  if (!row) throw new AppError('INTERPRETING.ELIGIBILITY_NOT_FOUND');
  return toEligibility(row);
}

function toUnit(row: UnitRow): Unit {
  return { id: row.id, organisationId: row.organisationId, name: row.name, costCentre: row.costCentre };
}

export async function createUnit(
  db: Db,
  ctx: RequestContext,
  organisationId: string,
  input: { name: string; costCentre?: string | undefined },
): Promise<Unit> {
  requireRequesterManager(ctx);
  return db.transaction(async (tx) => {
    await requireOrganisation(tx, organisationId);
    const row = await insertUnit(tx, {
      organisationId,
      name: input.name,
      costCentre: input.costCentre ?? null,
    }).catch((error: unknown) => {
      if (sqlState(error) === '23505')
        throw new AppError('INTERPRETING.UNIT_NAME_TAKEN', undefined, { cause: error });
      throw error;
    });
    const unit = toUnit(row);
    await recordAudit(tx, ctx, {
      action: 'interpreting.unit_created',
      entity: 'organisation',
      entityId: organisationId,
      after: unit,
    });
    return unit;
  });
}

export async function listUnits(
  db: Db,
  ctx: RequestContext,
  organisationId: string,
): Promise<{ items: Unit[] }> {
  requireRequesterReader(ctx, organisationId);
  await requireOrganisation(db, organisationId);
  return { items: (await unitsOf(db, organisationId)).map(toUnit) };
}

async function requireBoth(tx: Db, organisationId: string, interpreterId: string): Promise<void> {
  await requireOrganisation(tx, organisationId);
  if (!(await findInterpreter(tx, interpreterId))) throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND');
}

/** An organisation's preferred or banned interpreter (one of the two per pair; the matcher reads both). */
export async function setPreference(
  db: Db,
  ctx: RequestContext,
  ids: { orgId: string; interpreterId: string },
  input: { kind: 'preferred' | 'banned'; reason?: string | undefined },
): Promise<Preference> {
  requirePermission(ctx, 'interpreting.dispatch');
  return db.transaction(async (tx) => {
    await requireBoth(tx, ids.orgId, ids.interpreterId);
    const before = await findPreferenceForUpdate(tx, ids.orgId, ids.interpreterId);
    const row = await upsertPreference(tx, {
      organisationId: ids.orgId,
      interpreterId: ids.interpreterId,
      kind: input.kind,
      reason: input.reason ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'interpreting.preference_set',
      entity: 'interpreter',
      entityId: ids.interpreterId,
      before: before ?? null,
      after: row,
    });
    return row;
  });
}

export async function removePreference(
  db: Db,
  ctx: RequestContext,
  ids: { orgId: string; interpreterId: string },
): Promise<void> {
  requirePermission(ctx, 'interpreting.dispatch');
  await db.transaction(async (tx) => {
    const removed = await deletePreference(tx, ids.orgId, ids.interpreterId);
    if (!removed) throw new AppError('COMMON.NOT_FOUND', 'no preference or ban for this pair');
    await recordAudit(tx, ctx, {
      action: 'interpreting.preference_removed',
      entity: 'interpreter',
      entityId: ids.interpreterId,
      before: removed,
    });
  });
}
