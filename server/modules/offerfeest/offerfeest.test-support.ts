import type { FastifyInstance } from 'fastify';
import { ORIGIN } from '../../../test/app.ts';
import { freshAddress, insertUser, signIn } from '../../../test/factories.ts';
import type { Db } from '../../platform/db/index.ts';
import { syntheticNationalRegisterNumber } from './demo/synthetic-nrn.ts';

/** A JSON write with the session cookie (when given) and the same-origin header. */
export function send(
  app: FastifyInstance,
  cookie: string | undefined,
  url: string,
  payload?: object,
  method: 'POST' | 'PATCH' = 'POST',
) {
  return app.inject({
    method,
    url,
    remoteAddress: freshAddress(),
    headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) },
    ...(payload ? { payload } : {}),
  });
}

export function read(app: FastifyInstance, cookie: string | undefined, url: string) {
  return app.inject({ url, remoteAddress: freshAddress(), headers: cookie ? { cookie } : {} });
}

/** The coordinator (offerfeest.manage), an admin and a manager (neither may see registrations). */
export async function offerfeestStaff(app: FastifyInstance, db: Db) {
  const make = async (role: 'offerfeest_coordinator' | 'admin' | 'manager') => {
    const user = await insertUser(db, { roles: [role] });
    return signIn(app, user.email);
  };
  return {
    coordinator: await make('offerfeest_coordinator'),
    admin: await make('admin'),
    manager: await make('manager'),
  };
}

let serial = 0;

/** A household's form, with a fresh valid national register number. */
export function household(slotId: string, extra: Record<string, unknown> = {}) {
  serial++;
  const nrn = syntheticNationalRegisterNumber(
    `19${70 + (serial % 30)}-0${1 + (serial % 9)}-1${serial % 10}`,
    1 + (serial % 997),
  );
  return {
    slotId,
    name: `Household ${serial}`,
    phone: '+32 470 12 34 56',
    email: `household${serial}@example.test`,
    language: 'nl',
    nationalRegisterNumber: nrn,
    species: 'sheep',
    animals: 1,
    herdNumber: 'BE12345678',
    ...extra,
  };
}

const LANGUAGES = ['nl', 'ar', 'fr', 'tr', 'en'];

/** An edition open for registration now (slots regime), through the API. */
export async function createOpenEdition(
  app: FastifyInstance,
  cookie: string,
  year: number,
  extra: object = {},
) {
  const response = await send(app, cookie, '/api/offerfeest/editions', {
    year,
    feastStart: `${year}-05-16`,
    feastEnd: `${year}-05-19`,
    blockingStart: `${year}-05-13`,
    blockingEnd: `${year}-05-20`,
    languages: LANGUAGES,
    regime: 'slots',
    registrationOpensAt: new Date(Date.now() - 86_400_000).toISOString(),
    registrationClosesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    ...extra,
  });
  if (response.statusCode !== 201) throw new Error(`edition: ${response.statusCode} ${response.body}`);
  const edition: { id: string } = response.json();
  return edition.id;
}

export async function createSite(
  app: FastifyInstance,
  cookie: string,
  editionId: string,
  dailyCapacity = 1000,
) {
  const response = await send(app, cookie, `/api/offerfeest/editions/${editionId}/sites`, {
    name: `Slachthuis test ${Math.random().toString(36).slice(2, 7)}`,
    address: 'Slachthuisstraat 1, 9000 Gent',
    stunningMethod: 'reversible electronarcosis',
    dailyCapacity,
  });
  if (response.statusCode !== 201) throw new Error(`site: ${response.statusCode} ${response.body}`);
  const site: { id: string } = response.json();
  return site.id;
}

export async function createSlots(
  app: FastifyInstance,
  cookie: string,
  editionId: string,
  body: {
    siteId: string;
    day: string;
    startTime: string;
    endTime: string;
    minutes: number;
    capacity: number;
  },
): Promise<{ id: string; start: string }[]> {
  const response = await send(app, cookie, `/api/offerfeest/editions/${editionId}/slots`, body);
  if (response.statusCode !== 201) throw new Error(`slots: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A Brussels day some days from now. */
export function brusselsDay(offsetDays: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}
