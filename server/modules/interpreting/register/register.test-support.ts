/** Test-only helpers for the register tests: signed-in callers and a valid interpreter body. */
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../../contracts/identity.ts';
import { ORIGIN, type TestApp } from '../../../../test/app.ts';
import { insertUser, signIn } from '../../../../test/factories.ts';

export type Caller = { id: string; cookie: string };

export async function caller(t: TestApp, roles: Role[], organisationId?: string): Promise<Caller> {
  const user = await insertUser(t.platform.database.db, { roles, organisationId: organisationId ?? null });
  return { id: user.id, cookie: await signIn(t.app, user.email) };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One call as a signed-in caller (or anonymously), with the Origin header cookie writes need. */
export function call(
  t: TestApp,
  who: Caller | null,
  method: Method,
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: who ? { cookie: who.cookie, origin: ORIGIN } : { origin: ORIGIN },
    ...(payload === undefined ? {} : { payload }),
  });
}

let counter = 0;

/** A valid registration: Moroccan Arabic both ways, on site and by phone; synthetic person. */
export function interpreterBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return {
    givenName: `Testa${counter}`,
    familyName: 'Voorbeeld',
    email: `tolk${counter}@example.test`,
    languages: [{ language: 'ar', variant: 'maghreb', direction: 'both' }],
    modes: ['on_site', 'phone'],
    certificationValidUntil: '2028-12-31',
    specialisms: ['medical'],
    homePostcode: '9000',
    home: { lat: 51.05, lon: 3.72 },
    maxTravelKm: 40,
    weeklyAvailability: [{ weekday: 1, from: '08:00', to: '17:00' }],
    ...overrides,
  };
}

/** The path and query of a calendar URL, to call it through inject. */
export function localPath(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
