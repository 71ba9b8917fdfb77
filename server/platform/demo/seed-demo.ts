import { eq, inArray } from 'drizzle-orm';
import type { Role } from '../../../contracts/identity.ts';
import { AGENCY_CONTACT_PARAM } from '../../../contracts/platform.ts';
import { recordAudit } from '../audit/index.ts';
import { type RequestContext, systemContext } from '../context.ts';
import type { Db } from '../db/index.ts';
import { organisations, people, teams, userRoles, users } from '../identity/identity.tables.ts';
import { hashPassword } from '../identity/password.ts';
import { parameters } from '../params/params.tables.ts';
import type { Platform } from '../platform.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import {
  DEMO_CONTACT,
  DEMO_ORGANISATIONS,
  DEMO_PEOPLE,
  DEMO_TEAMS,
  type DemoOrganisation,
} from './demo-data.ts';
import { demoId } from './demo-ids.ts';

/** How many rows one run created; all zero when the demo data was there already. */
export type SeedReport = { organisations: number; teams: number; people: number; users: number };

/** What each demo account is linked to, so the portals and row scoping have something to show. */
const LINKS: Partial<
  Record<Role, { organisation?: DemoOrganisation['key']; team?: string; person?: string }>
> = {
  requester: { organisation: 'hospital' },
  counsellor: { team: 'Team Onthaal Noord' },
  dispatcher: { team: 'Team Tolken en Vertalen' },
  site_supervisor: { team: 'Team Doortrekkersterrein' },
  interpreter: { person: 'person-5' },
  volunteer: { person: 'person-1' },
};

type Audited = { id: string } & Record<string, unknown>;

async function auditCreated(db: Db, ctx: RequestContext, entity: string, rows: Audited[]): Promise<number> {
  for (const row of rows) {
    await recordAudit(db, ctx, { action: `${entity}.created`, entity, entityId: row.id, after: row });
  }
  return rows.length;
}

type Seeded = { created: number; ids: Map<string, string> };

async function seedOrganisations(db: Db, ctx: RequestContext): Promise<Seeded> {
  const created = await db
    .insert(organisations)
    .values(
      DEMO_ORGANISATIONS.map(({ key, ...org }) => ({
        ...org,
        id: demoId(`organisation:${key}`),
        city: 'Gent',
      })),
    )
    .onConflictDoNothing()
    .returning();
  // By KBO number, not by our id: an organisation entered by hand with the same number is reused.
  const rows = await db
    .select({ id: organisations.id, kboNumber: organisations.kboNumber })
    .from(organisations)
    .where(
      inArray(
        organisations.kboNumber,
        DEMO_ORGANISATIONS.map((org) => org.kboNumber),
      ),
    );
  const idByKbo = new Map(rows.map((row) => [row.kboNumber, row.id]));
  const ids = new Map(
    DEMO_ORGANISATIONS.flatMap((org) => {
      const id = idByKbo.get(org.kboNumber);
      return id ? [[org.key, id] as const] : [];
    }),
  );
  return { created: await auditCreated(db, ctx, 'organisation', created), ids };
}

async function seedTeams(db: Db, ctx: RequestContext): Promise<Seeded> {
  const created = await db
    .insert(teams)
    .values(DEMO_TEAMS.map((name) => ({ id: demoId(`team:${name}`), name })))
    .onConflictDoNothing()
    .returning();
  const rows = await db
    .select()
    .from(teams)
    .where(inArray(teams.name, [...DEMO_TEAMS]));
  const ids = new Map(rows.map((row) => [row.name, row.id]));
  return { created: await auditCreated(db, ctx, 'team', created), ids };
}

async function seedPeople(db: Db, ctx: RequestContext): Promise<number> {
  const created = await db
    .insert(people)
    .values(
      DEMO_PEOPLE.map(({ key, ...person }) => ({ ...person, id: demoId(`person:${key}`), city: 'Gent' })),
    )
    .onConflictDoNothing()
    .returning();
  return auditCreated(db, ctx, 'person', created);
}

async function seedUsers(
  db: Db,
  ctx: RequestContext,
  refs: { organisations: Map<string, string>; teams: Map<string, string> },
): Promise<number> {
  const existing = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_ACCOUNTS.map((account) => account.email),
      ),
    );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.some((row) => row.email === account.email));
  if (missing.length === 0) return 0;
  // One hash for all: the password is the same and published; hashing eleven times only costs time.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const values = missing.map(({ role, email, name, key, team }) => {
    const link = { ...LINKS[role], ...(team ? { team } : {}) };
    return {
      id: demoId(`user:${key ?? role}`),
      email,
      name,
      passwordHash,
      organisationId: link.organisation ? (refs.organisations.get(link.organisation) ?? null) : null,
      teamId: link.team ? (refs.teams.get(link.team) ?? null) : null,
      personId: link.person ? demoId(`person:${link.person}`) : null,
    };
  });
  // Conflicts on the e-mail too (ON CONFLICT without a target): a concurrent seed or a hand-made account wins.
  const created = await db
    .insert(users)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: users.id, email: users.email, name: users.name });
  const withRoles = created.flatMap((row) => {
    const account = missing.find((candidate) => candidate.email === row.email);
    return account ? [{ ...row, role: account.role }] : [];
  });
  if (withRoles.length) {
    await db.insert(userRoles).values(withRoles.map((row) => ({ userId: row.id, role: row.role })));
  }
  return auditCreated(db, ctx, 'user', withRoles);
}

/**
 * Creates the synthetic demo data once: organisations, teams, people and one account per role
 * (`<role>@demo.wegwijs.test`, password `wegwijs-demo`). Running it again creates nothing.
 * Call it only where demo data is switched on (env.demoData).
 */
/** The demo agency's contact details, as the parameter an admin would set; only when none is set. */
async function seedAgencyContact(db: Db, ctx: RequestContext): Promise<void> {
  const existing = await db
    .select({ id: parameters.id })
    .from(parameters)
    .where(eq(parameters.key, AGENCY_CONTACT_PARAM));
  if (existing.length > 0) return;
  const [row] = await db
    .insert(parameters)
    .values({ key: AGENCY_CONTACT_PARAM, value: DEMO_CONTACT, validFrom: '2020-01-01', note: 'demo data' })
    .returning();
  await recordAudit(db, ctx, {
    action: 'parameter.created',
    entity: 'parameter',
    entityId: row?.id,
    after: row,
  });
}

export async function seedDemoData(platform: Pick<Platform, 'database' | 'logger'>): Promise<SeedReport> {
  const ctx = systemContext('seed-demo');
  const report = await platform.database.db.transaction(async (tx) => {
    const seededOrganisations = await seedOrganisations(tx, ctx);
    const seededTeams = await seedTeams(tx, ctx);
    const createdPeople = await seedPeople(tx, ctx);
    const refs = { organisations: seededOrganisations.ids, teams: seededTeams.ids };
    await seedAgencyContact(tx, ctx);
    return {
      organisations: seededOrganisations.created,
      teams: seededTeams.created,
      people: createdPeople,
      users: await seedUsers(tx, ctx, refs),
    };
  });
  platform.logger.info({ created: report }, 'demo data ready');
  return report;
}
