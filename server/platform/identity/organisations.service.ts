import {
  type CreateOrganisationRequest,
  formatKbo,
  type Organisation,
  OrganisationTypeSchema,
  type UpdateOrganisationRequest,
} from '../../../contracts/people.ts';
import { recordAudit } from '../audit/index.ts';
import type { RequestContext } from '../context.ts';
import { type Db, sqlState } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import {
  findOrganisation,
  findOrganisationForUpdate,
  insertOrganisation,
  type OrganisationFilter,
  type OrganisationRow,
  type OrganisationValues,
  searchOrganisationRows,
  updateOrganisationRow,
} from './organisations.repository.ts';

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    type: OrganisationTypeSchema.catch('other').parse(row.type),
    sector: row.sector,
    kboNumber: row.kboNumber ? formatKbo(row.kboNumber) : null,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function refuseDuplicateKbo(error: unknown): never {
  if (sqlState(error) === '23505') throw new AppError('IDENTITY.KBO_TAKEN', undefined, { cause: error });
  throw error;
}

/** Only the fields the caller sent; `null` clears an optional field, absent leaves it. */
function valuesOf(input: UpdateOrganisationRequest): Partial<OrganisationValues> {
  const values: Partial<OrganisationValues> = {};
  if (input.name !== undefined) values.name = input.name;
  if (input.type !== undefined) values.type = input.type;
  if (input.sector !== undefined) values.sector = input.sector;
  if (input.kboNumber !== undefined) values.kboNumber = input.kboNumber;
  if (input.street !== undefined) values.street = input.street;
  if (input.postcode !== undefined) values.postcode = input.postcode;
  if (input.city !== undefined) values.city = input.city;
  return values;
}

export async function createOrganisation(
  db: Db,
  ctx: RequestContext,
  input: CreateOrganisationRequest,
): Promise<Organisation> {
  return db.transaction(async (tx) => {
    const row = await insertOrganisation(tx, {
      sector: null,
      kboNumber: null,
      street: null,
      postcode: null,
      city: null,
      ...valuesOf(input),
      name: input.name,
      type: input.type,
    }).catch(refuseDuplicateKbo);
    const organisation = toOrganisation(row);
    await recordAudit(tx, ctx, {
      action: 'organisation.created',
      entity: 'organisation',
      entityId: row.id,
      after: organisation,
    });
    return organisation;
  });
}

export async function getOrganisation(db: Db, id: string): Promise<Organisation> {
  const row = await findOrganisation(db, id);
  if (!row) throw new AppError('IDENTITY.ORGANISATION_NOT_FOUND');
  return toOrganisation(row);
}

export async function searchOrganisations(
  db: Db,
  filter: OrganisationFilter,
): Promise<{ items: Organisation[]; total: number }> {
  const { rows, total } = await searchOrganisationRows(db, filter);
  return { items: rows.map(toOrganisation), total };
}

export async function updateOrganisation(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateOrganisationRequest,
): Promise<Organisation> {
  return db.transaction(async (tx) => {
    const before = await findOrganisationForUpdate(tx, id);
    if (!before) throw new AppError('IDENTITY.ORGANISATION_NOT_FOUND');
    const row = await updateOrganisationRow(tx, id, valuesOf(input)).catch(refuseDuplicateKbo);
    const after = toOrganisation(row);
    await recordAudit(tx, ctx, {
      action: 'organisation.updated',
      entity: 'organisation',
      entityId: id,
      before: toOrganisation(before),
      after,
    });
    return after;
  });
}
