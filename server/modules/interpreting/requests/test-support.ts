import { randomUUID } from 'node:crypto';
import type { Role } from '../../../../contracts/identity.ts';
import type { InterpretingRequestInputRaw } from '../../../../contracts/interpreting.ts';
import { createTestApp, ORIGIN, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import type { Db } from '../../../platform/db/index.ts';
import { brusselsDateTime } from '../brussels-time.ts';
import { interpreters, requestingOrganisations } from '../interpreting.tables.ts';
import { addWorkingDays } from '../working-days.ts';

/** A Brussels wall-clock session `workingDays` working days from today, as an ISO instant. */
export function sessionIn(workingDays: number, time = '09:00', now = new Date()): string {
  return brusselsDateTime(addWorkingDays(now, workingDays), time).toISOString();
}

/** The body of issue 4's example, moved to a date that is always far enough ahead. */
export function exampleBody(patch: Partial<InterpretingRequestInputRaw> & Record<string, unknown> = {}) {
  return {
    mode: 'on_site',
    language: 'ar',
    start: sessionIn(5),
    durationMinutes: 60,
    address: 'Kongostraat 42, 9000 Gent',
    sector: 'education',
    conversationType: 'parent_meeting',
    clientReference: 'K-17',
    ...patch,
  };
}

export async function insertRequestingOrganisation(db: Db, eligible = true): Promise<string> {
  const organisation = await insertOrganisation(db, { type: 'school' });
  await db.insert(requestingOrganisations).values({
    organisationId: organisation.id,
    sector: 'education',
    activeInGreaterGhent: true,
    agreementSignedOn: eligible ? '2020-01-15' : null,
    active: eligible,
  });
  return organisation.id;
}

export async function insertInterpreter(
  db: Db,
  userId: string | null = null,
): Promise<{ id: string; code: string }> {
  const code = `T-${randomUUID().slice(0, 6)}`;
  const [row] = await db
    .insert(interpreters)
    .values({
      code,
      userId,
      givenName: 'Samira',
      familyName: 'Testfamilie',
      email: `${code}@interpreters.test`,
      phone: '+32 470 00 00 00',
      modes: ['on_site', 'phone'],
    })
    .returning({ id: interpreters.id });
  if (!row) throw new Error('insert failed');
  return { id: row.id, code };
}

export type Fixture = {
  t: TestApp;
  db: Db;
  orgA: string;
  orgB: string;
  cookies: Record<'requesterA' | 'requesterB' | 'dispatcher' | 'monitor' | 'interpreter', string>;
  interpreterUserId: string;
};

async function cookieFor(t: TestApp, roles: Role[], organisationId: string | null = null) {
  const user = await insertUser(t.platform.database.db, { roles, organisationId });
  return { id: user.id, cookie: await signIn(t.app, user.email) };
}

/** One app per test file, with two eligible organisations and one user of each kind. */
export async function setUpFixture(): Promise<Fixture> {
  const t = await createTestApp();
  const db = t.platform.database.db;
  const [orgA, orgB] = [await insertRequestingOrganisation(db), await insertRequestingOrganisation(db)];
  const interpreter = await cookieFor(t, ['interpreter']);
  const cookies = {
    requesterA: (await cookieFor(t, ['requester'], orgA)).cookie,
    requesterB: (await cookieFor(t, ['requester'], orgB)).cookie,
    dispatcher: (await cookieFor(t, ['dispatcher'])).cookie,
    monitor: (await cookieFor(t, ['city_monitor'])).cookie,
    interpreter: interpreter.cookie,
  };
  return { t, db, orgA, orgB, cookies, interpreterUserId: interpreter.id };
}

/** An HTTP call as a signed-in user (or anonymous with null), with the CSRF origin on writes. */
export function call(
  t: TestApp,
  cookie: string | null,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
) {
  return t.app.inject({
    method,
    url,
    headers: { ...(cookie ? { cookie } : {}), ...(method === 'GET' ? {} : { origin: ORIGIN }) },
    ...(payload ? { payload } : {}),
  });
}
