import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/identity.ts';
import type { Actor } from '../context.ts';
import { rowScope, scopesOf } from './scoping.ts';

const dialect = new PgDialect({ casing: 'snake_case' });
const render = (condition: ReturnType<typeof rowScope>) => {
  const { sql: text, params } = dialect.sqlToQuery(condition);
  return { sql: text, params };
};

const ORG = '11111111-1111-4111-8111-111111111111';
const TEAM = '22222222-2222-4222-8222-222222222222';

function actor(roles: Role[], extra: Partial<Actor> = {}): Actor {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    email: 'x@test.wegwijs.test',
    name: 'X',
    roles,
    organisationId: ORG,
    teamId: TEAM,
    locale: 'nl',
    ...extra,
  };
}

const columns = {
  organisationId: sql.identifier('organisation_id'),
  teamId: sql.identifier('team_id'),
  assigneeUserId: sql.identifier('assignee_user_id'),
  assigneePersonId: sql.identifier('assignee_person_id'),
};

describe('row scoping', () => {
  it('gives managers and admins every row', () => {
    for (const role of ['admin', 'manager'] as const) {
      expect(render(rowScope(actor([role]), columns))).toEqual({ sql: 'true', params: [] });
    }
  });

  it("limits a requester to their organisation's rows", () => {
    expect(render(rowScope(actor(['requester']), columns))).toEqual({
      sql: '"organisation_id" = $1',
      params: [ORG],
    });
  });

  it("limits a counsellor to their team's rows", () => {
    expect(render(rowScope(actor(['counsellor']), columns))).toEqual({
      sql: '"team_id" = $1',
      params: [TEAM],
    });
  });

  it('limits interpreters and volunteers to rows assigned to their account or their person record', () => {
    const query = render(rowScope(actor(['interpreter']), columns));
    expect(query.sql).toBe(
      '("assignee_user_id" = $1 or "assignee_person_id" in (select "users"."person_id" from "users" where "users"."id" = $2))',
    );
    expect(query.params).toEqual([actor([]).id, actor([]).id]);
  });

  it('gives nothing when the actor lacks the organisation or team, or the table lacks the column', () => {
    expect(render(rowScope(actor(['requester'], { organisationId: null }), columns)).sql).toBe('false');
    expect(render(rowScope(actor(['counsellor'], { teamId: null }), columns)).sql).toBe('false');
    expect(render(rowScope(actor(['requester']), { teamId: columns.teamId })).sql).toBe('false');
    expect(render(rowScope(actor(['volunteer']), {})).sql).toBe('false');
    expect(render(rowScope(actor(['city_monitor']), columns)).sql).toBe('false');
    expect(render(rowScope(actor([]), columns)).sql).toBe('false');
  });

  it('joins the scopes of several roles with or, and lets all win', () => {
    const both = render(rowScope(actor(['requester', 'counsellor']), columns));
    expect(both).toEqual({ sql: '("team_id" = $1 or "organisation_id" = $2)', params: [TEAM, ORG] });
    expect(render(rowScope(actor(['requester', 'manager']), columns)).sql).toBe('true');
    expect(scopesOf(actor(['volunteer', 'counsellor', 'requester']))).toEqual([
      'team',
      'organisation',
      'assignments',
    ]);
  });

  it("follows a module's own role map, falling back to the default for roles it does not name", () => {
    const own = { dispatcher: 'team', requester: 'none' } as const;
    expect(render(rowScope(actor(['dispatcher']), columns, own)).sql).toBe('"team_id" = $1');
    expect(render(rowScope(actor(['requester']), columns, own)).sql).toBe('false');
    expect(render(rowScope(actor(['counsellor']), columns, own)).sql).toBe('"team_id" = $1');
  });
});
