import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OrganisationType } from '../../../../contracts/people.ts';
import type { Db } from '../../../platform/db/index.ts';
import { demoId, demoKbo } from '../../../platform/demo/demo-ids.ts';
import { organisations, teams, users } from '../../../platform/identity/identity.tables.ts';
import { scholarshipCalls } from '../scholarships/scholarships.tables.ts';
import type { PartnerKey, PlanRefs } from './extras.ts';
import type { DemoCall } from './plan-scholarships.ts';
import { SCHOLARSHIP_RECIPES } from './recipes.ts';

/**
 * The partner organisations cases are referred to. They carry real public names, so no invented
 * KBO number (null is allowed); they are found again by name. The contract has no organisation
 * type "partner" (the relation lives in the modules), so each gets the type it is.
 */
const PARTNERS: readonly {
  key: Exclude<PartnerKey, 'okan'>;
  name: string;
  type: OrganisationType;
  sector: string;
}[] = [
  { key: 'cvo', name: 'CVO Gent', type: 'school', sector: 'volwassenenonderwijs' },
  { key: 'ocmw', name: 'OCMW Gent', type: 'public_service', sector: 'welzijn' },
  { key: 'vdab', name: 'VDAB Gent', type: 'public_service', sector: 'werk' },
  { key: 'hvn', name: 'Huis van het Nederlands Gent', type: 'public_service', sector: 'inburgering' },
];

export type Created = {
  organisations: { id: string; name: string }[];
  calls: { id: string; title: string }[];
};

export async function seedPartners(db: Db, created: Created): Promise<PlanRefs['partners']> {
  const names = PARTNERS.map((partner) => partner.name);
  const existing = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      inArray(
        sql`lower(${organisations.name})`,
        names.map((name) => name.toLowerCase()),
      ),
    );
  const found = new Map(existing.map((row) => [row.name.toLowerCase(), row.id]));
  const missing = PARTNERS.filter((partner) => !found.has(partner.name.toLowerCase()));
  if (missing.length) {
    const rows = await db
      .insert(organisations)
      .values(
        missing.map(({ key, ...partner }) => ({
          ...partner,
          id: demoId(`organisation:cases:${key}`),
          street: null,
          postcode: '9000',
          city: 'Gent',
          kboNumber: null,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: organisations.id, name: organisations.name });
    created.organisations.push(...rows);
    for (const row of rows) found.set(row.name.toLowerCase(), row.id);
  }
  const partners: PlanRefs['partners'] = {};
  for (const partner of PARTNERS) {
    const id = found.get(partner.name.toLowerCase());
    if (id) partners[partner.key] = id;
  }
  // The platform's demo OKAN school, when it is there, takes the reception-class referrals.
  const [okan] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kboNumber, demoKbo('08990202')));
  if (okan) partners.okan = okan.id;
  return partners;
}

/** The demo's teams and accounts, made by the platform's demo seed (which must run first). */
export async function findRefs(db: Db): Promise<Omit<PlanRefs, 'partners'>> {
  const teamRows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(inArray(teams.name, ['Team Onthaal Noord', 'Team Onthaal Zuid']));
  const emails = ['counsellor', 'counsellor.b', 'manager', 'programme_coordinator'].map(
    (name) => `${name}@demo.wegwijs.test`,
  );
  const userRows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, emails));
  const team = (name: string) => teamRows.find((row) => row.name === name)?.id;
  const user = (name: string) =>
    userRows.find((row) => row.email.toLowerCase() === `${name}@demo.wegwijs.test`)?.id;
  const north = team('Team Onthaal Noord');
  const south = team('Team Onthaal Zuid');
  const counsellorNorth = user('counsellor');
  const counsellorSouth = user('counsellor.b');
  if (!north || !south || !counsellorNorth || !counsellorSouth) {
    throw new Error(
      'cases demo: the guidance teams and demo counsellors are missing; run the platform demo seed first',
    );
  }
  return {
    teams: { north, south },
    counsellors: { north: counsellorNorth, south: counsellorSouth },
    scorers: [user('manager'), user('programme_coordinator')].filter((id): id is string => Boolean(id)),
  };
}

const GRANT_CENTS = 29_600;
const GRANTS = 30;

/** The grants the previous call gave: one per application that was approved. */
const PREVIOUS_AWARDS = SCHOLARSHIP_RECIPES.filter(
  (recipe) => recipe.call === 'previous' && recipe.path.includes('approved'),
).reduce((sum, recipe) => sum + recipe.count, 0);

type CallSpec = { year: string; opensOn: string; closesOn: string; awardedOn?: string };

const CURRENT: CallSpec = { year: '2026-2027', opensOn: '2026-06-01', closesOn: '2026-09-30' };
const PREVIOUS: CallSpec = {
  year: '2025-2026',
  opensOn: '2025-06-01',
  closesOn: '2025-09-30',
  awardedOn: '2025-10-15',
};

function callStatus(spec: CallSpec, today: string): string {
  if (spec.awardedOn) return 'awarded';
  if (today > spec.closesOn) return 'closed';
  return today >= spec.opensOn ? 'open' : 'draft';
}

/**
 * Two UCT calls: 2026-2027 (€8,880 = 30 grants of €296, closed or open by today's date, not yet
 * awarded: the committee's scores wait for the award) and 2025-2026, awarded and paid.
 */
export async function seedCalls(
  db: Db,
  today: string,
  created: Created,
): Promise<{ current: DemoCall; previous: DemoCall }> {
  const specs = [CURRENT, PREVIOUS];
  const rows = await db
    .insert(scholarshipCalls)
    .values(
      specs.map((spec) => ({
        id: demoId(`cases:call:${spec.year}`),
        academicYear: spec.year,
        title: `Beurs UCT ${spec.year}`,
        budgetCents: GRANTS * GRANT_CENTS,
        grantCents: GRANT_CENTS,
        opensOn: spec.opensOn,
        closesOn: spec.closesOn,
        status: callStatus(spec, today),
        awardedCents: spec.awardedOn ? PREVIOUS_AWARDS * GRANT_CENTS : 0,
        awardedAt: spec.awardedOn ? new Date(`${spec.awardedOn}T10:00:00Z`) : null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: scholarshipCalls.id, title: scholarshipCalls.title });
  created.calls.push(...rows);
  const find = async (spec: CallSpec): Promise<DemoCall> => {
    const [row] = await db
      .select({
        id: scholarshipCalls.id,
        opensOn: scholarshipCalls.opensOn,
        closesOn: scholarshipCalls.closesOn,
      })
      .from(scholarshipCalls)
      .where(
        and(
          eq(scholarshipCalls.academicYear, spec.year),
          eq(scholarshipCalls.title, `Beurs UCT ${spec.year}`),
        ),
      );
    if (!row) throw new Error(`cases demo: scholarship call ${spec.year} missing`);
    return { ...row, ...(spec.awardedOn ? { awardedOn: spec.awardedOn } : {}) };
  };
  return { current: await find(CURRENT), previous: await find(PREVIOUS) };
}
