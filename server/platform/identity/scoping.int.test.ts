import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/identity.ts';
import { createTestDatabase } from '../../../test/database.ts';
import { insertOrganisation, insertPerson, insertTeam, insertUser } from '../../../test/factories.ts';
import type { Actor } from '../context.ts';
import { type Database, queryRows } from '../db/index.ts';
import { rowScope } from './scoping.ts';

/** Row scoping against real rows: which of a table's rows each kind of user gets back. */
describe('row scoping in the database', () => {
  let database: Database;
  let orgA: string;
  let teamA: string;
  let interpreter: { id: string };
  let volunteer: { id: string; personId: string };
  const columns = {
    organisationId: sql.identifier('organisation_id'),
    teamId: sql.identifier('team_id'),
    assigneeUserId: sql.identifier('assignee_user_id'),
    assigneePersonId: sql.identifier('assignee_person_id'),
  };
  const actor = (id: string, roles: Role[], organisationId: string | null, teamId: string | null): Actor => ({
    id,
    email: 'x@test.wegwijs.test',
    name: 'X',
    roles,
    organisationId,
    teamId,
    locale: 'nl',
  });
  const visible = async (who: Actor): Promise<string[]> => {
    const rows = await queryRows<{ label: string }>(
      database.db,
      sql`select label from scoped_rows where ${rowScope(who, columns)} order by label`,
    );
    return rows.map((row) => row.label);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    orgA = (await insertOrganisation(db)).id;
    const orgB = (await insertOrganisation(db)).id;
    teamA = (await insertTeam(db)).id;
    const teamB = (await insertTeam(db)).id;
    interpreter = await insertUser(db, { roles: ['interpreter'] });
    const person = await insertPerson(db, { givenName: 'Vera', familyName: 'Kováčová' });
    const volunteerUser = await insertUser(db, { roles: ['volunteer'], personId: person.id });
    volunteer = { id: volunteerUser.id, personId: person.id };
    await db.execute(sql`create temporary table scoped_rows (
      label text, organisation_id uuid, team_id uuid, assignee_user_id uuid, assignee_person_id uuid)`);
    await db.execute(sql`insert into scoped_rows values
      ('org-a', ${orgA}, null, null, null),
      ('org-b', ${orgB}, null, null, null),
      ('team-a', null, ${teamA}, null, null),
      ('team-b', null, ${teamB}, null, null),
      ('for-interpreter', null, null, ${interpreter.id}, null),
      ('for-volunteer', null, null, null, ${person.id}),
      ('unassigned', null, null, null, null)`);
  });
  afterAll(() => database.close());

  it('shows each kind of user exactly their rows', async () => {
    expect(await visible(actor(interpreter.id, ['manager'], null, null))).toHaveLength(7);
    expect(await visible(actor(interpreter.id, ['requester'], orgA, null))).toEqual(['org-a']);
    expect(await visible(actor(interpreter.id, ['counsellor'], null, teamA))).toEqual(['team-a']);
    expect(await visible(actor(interpreter.id, ['interpreter'], null, null))).toEqual(['for-interpreter']);
    expect(await visible(actor(volunteer.id, ['volunteer'], null, null))).toEqual(['for-volunteer']);
    expect(await visible(actor(volunteer.id, ['counsellor', 'requester'], orgA, teamA))).toEqual([
      'org-a',
      'team-a',
    ]);
    expect(await visible(actor(volunteer.id, ['city_monitor'], orgA, teamA))).toEqual([]);
  });

  it('shows an interpreter without a person record nothing through the person column', async () => {
    const other = await insertUser(database.db, { roles: ['volunteer'] });
    expect(await visible(actor(other.id, ['volunteer'], null, null))).toEqual([]);
  });
});
