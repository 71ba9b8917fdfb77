import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, ORIGIN, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import type { Db } from '../../../platform/db/index.ts';
import { interpreterLanguages, interpreters, interpretingRequests } from '../interpreting.tables.ts';

/** Synthetic interpreters and requests written straight into the database, for dispatch tests. */

export const GENT_CENTRUM = { lat: 51.0543, lon: 3.7174 };
export const KONGOSTRAAT = { lat: 51.0637, lon: 3.7298 };
export const OOSTENDE = { lat: 51.2154, lon: 2.9286 };

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '00:00', to: '24:00' }));

export async function insertInterpreter(
  db: Db,
  input: {
    userId?: string | null;
    languages?: { language: string; variant?: string; direction?: string }[];
    home?: { lat: number; lon: number };
    givenName?: string;
    maxHoursPerDay?: number;
  } = {},
): Promise<{ id: string; code: string }> {
  const code = `T-${randomUUID().slice(0, 8)}`;
  const home = input.home ?? GENT_CENTRUM;
  const [row] = await db
    .insert(interpreters)
    .values({
      code,
      userId: input.userId ?? null,
      givenName: input.givenName ?? 'Test',
      familyName: `Tolk ${code}`,
      email: `${code.toLowerCase()}@test.wegwijs.test`,
      modes: ['on_site', 'phone', 'video'],
      certificationValidUntil: '2030-12-31',
      homeLat: home.lat,
      homeLon: home.lon,
      maxTravelKm: 100,
      maxHoursPerDay: input.maxHoursPerDay ?? 8,
      maxHoursPerWeek: 38,
      weeklyAvailability: ALL_WEEK,
    })
    .returning({ id: interpreters.id, code: interpreters.code });
  if (!row) throw new Error('insert failed');
  const languages = input.languages ?? [{ language: 'ar' }];
  await db.insert(interpreterLanguages).values(
    languages.map((l) => ({
      interpreterId: row.id,
      language: l.language,
      variant: l.variant ?? '',
      direction: l.direction ?? 'both',
    })),
  );
  return row;
}

export async function insertRequest(
  db: Db,
  input: {
    organisationId: string;
    start: string;
    minutes?: number;
    language?: string;
    mode?: 'on_site' | 'phone' | 'video';
    place?: { lat: number; lon: number };
    clientReference?: string;
    status?: string;
  },
): Promise<{ id: string }> {
  const startsAt = new Date(input.start);
  const mode = input.mode ?? 'on_site';
  const place = input.place ?? KONGOSTRAAT;
  const [row] = await db
    .insert(interpretingRequests)
    .values({
      reference: `T-TEST-${randomUUID().slice(0, 12)}`,
      organisationId: input.organisationId,
      status: input.status ?? 'submitted',
      mode,
      language: input.language ?? 'ar',
      startsAt,
      endsAt: new Date(startsAt.getTime() + (input.minutes ?? 60) * 60_000),
      address: mode === 'on_site' ? 'Kongostraat 42, 9000 Gent' : null,
      lat: mode === 'on_site' ? place.lat : null,
      lon: mode === 'on_site' ? place.lon : null,
      phoneNumber: mode === 'phone' ? '+32 9 000 00 00' : null,
      sector: 'education',
      conversationType: 'parent_meeting',
      clientReference: input.clientReference ?? 'K-17',
    })
    .returning({ id: interpretingRequests.id });
  if (!row) throw new Error('insert failed');
  return row;
}

type Tolk = { name: string; languages: string[]; home?: { lat: number; lon: number } };

/** One app with an organisation, a dispatcher, a requester and named interpreters who can sign in. */
export type DispatchWorld = {
  t: TestApp;
  db: Db;
  org: string;
  dispatcher: string;
  requester: string;
  id(name: string): string;
  cookieOf(name: string): string;
  call(
    cookie: string,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>;
};

export async function createDispatchWorld(tolks: Tolk[]): Promise<DispatchWorld> {
  const t = await createTestApp();
  const db = t.platform.database.db;
  const org = (await insertOrganisation(db)).id;
  const dispatcher = await signIn(t.app, (await insertUser(db, { roles: ['dispatcher'] })).email);
  const requesterUser = await insertUser(db, { roles: ['requester'], organisationId: org });
  const requester = await signIn(t.app, requesterUser.email);
  const known = new Map<string, { id: string; cookie: string }>();
  for (const tolk of tolks) {
    const user = await insertUser(db, { roles: ['interpreter'] });
    const row = await insertInterpreter(db, {
      userId: user.id,
      givenName: tolk.name,
      languages: tolk.languages.map((language) => ({ language })),
      ...(tolk.home ? { home: tolk.home } : {}),
    });
    known.set(tolk.name, { id: row.id, cookie: await signIn(t.app, user.email) });
  }
  return {
    t,
    db,
    org,
    dispatcher,
    requester,
    id: (name) => known.get(name)?.id ?? '',
    cookieOf: (name) => known.get(name)?.cookie ?? '',
    call: (cookie, method, url, payload) =>
      t.app.inject({
        method,
        url: `/api/interpreting${url}`,
        headers: { cookie, origin: ORIGIN },
        ...(payload ? { payload } : {}),
      }),
  };
}
