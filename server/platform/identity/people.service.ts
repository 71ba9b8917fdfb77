import {
  type CreatePersonRequest,
  type LanguageSkill,
  LanguageSkillSchema,
  type Person,
  type PersonSummary,
  type UpdatePersonRequest,
} from '../../../contracts/people.ts';
import { recordAudit } from '../audit/index.ts';
import type { RequestContext } from '../context.ts';
import type { Db } from '../db/index.ts';
import { AppError } from '../http/app-error.ts';
import {
  findPerson,
  findPersonForUpdate,
  insertPerson,
  type PersonFilter,
  type PersonRow,
  type PersonValues,
  searchPersonRows,
  updatePersonRow,
} from './people.repository.ts';

// Rows written before a level list changed may hold levels the contract no longer knows: leave them out.
function knownSkills(skills: readonly unknown[]): LanguageSkill[] {
  return skills.flatMap((skill) => {
    const parsed = LanguageSkillSchema.safeParse(skill);
    return parsed.success ? [parsed.data] : [];
  });
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    email: row.email,
    phone: row.phone,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    preferredLanguage: row.preferredLanguage,
    languages: knownSkills(row.languages),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function valuesOf(input: UpdatePersonRequest): Partial<PersonValues> {
  const values: Partial<PersonValues> = {};
  if (input.givenName !== undefined) values.givenName = input.givenName;
  if (input.familyName !== undefined) values.familyName = input.familyName;
  if (input.email !== undefined) values.email = input.email;
  if (input.phone !== undefined) values.phone = input.phone;
  if (input.street !== undefined) values.street = input.street;
  if (input.postcode !== undefined) values.postcode = input.postcode;
  if (input.city !== undefined) values.city = input.city;
  if (input.preferredLanguage !== undefined) values.preferredLanguage = input.preferredLanguage;
  if (input.languages !== undefined) values.languages = input.languages;
  return values;
}

export async function createPerson(db: Db, ctx: RequestContext, input: CreatePersonRequest): Promise<Person> {
  return db.transaction(async (tx) => {
    const row = await insertPerson(tx, {
      email: null,
      phone: null,
      street: null,
      postcode: null,
      city: null,
      ...valuesOf(input),
      givenName: input.givenName,
      familyName: input.familyName,
      preferredLanguage: input.preferredLanguage,
      languages: input.languages,
    });
    const person = toPerson(row);
    await recordAudit(tx, ctx, {
      action: 'person.created',
      entity: 'person',
      entityId: row.id,
      after: person,
    });
    return person;
  });
}

/**
 * A person's record, for showing it to someone: every such read leaves an audit row, as the
 * privacy rules require. Modules that show a person's record call this, not the repository.
 */
export async function getPerson(db: Db, ctx: RequestContext, id: string): Promise<Person> {
  const row = await findPerson(db, id);
  if (!row) throw new AppError('IDENTITY.PERSON_NOT_FOUND');
  await recordAudit(db, ctx, { action: 'person.read', entity: 'person', entityId: id });
  return toPerson(row);
}

export function toPersonSummary(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    email: row.email,
    city: row.city,
    preferredLanguage: row.preferredLanguage,
  };
}

/** Search results carry only what picking the right person needs; opening one is audited. */
export async function searchPeople(
  db: Db,
  filter: PersonFilter,
): Promise<{ items: PersonSummary[]; total: number }> {
  const { rows, total } = await searchPersonRows(db, filter);
  return { items: rows.map(toPersonSummary), total };
}

export async function updatePerson(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdatePersonRequest,
): Promise<Person> {
  return db.transaction(async (tx) => {
    const before = await findPersonForUpdate(tx, id);
    if (!before) throw new AppError('IDENTITY.PERSON_NOT_FOUND');
    const after = toPerson(await updatePersonRow(tx, id, valuesOf(input)));
    await recordAudit(tx, ctx, {
      action: 'person.updated',
      entity: 'person',
      entityId: id,
      before: toPerson(before),
      after,
    });
    return after;
  });
}
