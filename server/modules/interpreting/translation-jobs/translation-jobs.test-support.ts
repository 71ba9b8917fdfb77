import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ORIGIN } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import type { Db } from '../../../platform/db/index.ts';
import { multipartForm } from '../../../platform/text/samples.test-support.ts';
import { addDays, brusselsDate } from '../brussels-time.ts';
import { interpreterLanguages, interpreters, requestingOrganisations } from '../interpreting.tables.ts';

/** Synthetic people and organisations for the translation-job tests. */

export const inTwoWeeks = () => addDays(brusselsDate(new Date()), 14);

/** An organisation that may order (eligible, agreement running), with one signed-in requester. */
export async function requesterOrganisation(app: FastifyInstance, db: Db, active = true) {
  const organisation = await insertOrganisation(db);
  await db.insert(requestingOrganisations).values({
    organisationId: organisation.id,
    sector: 'education',
    activeInGreaterGhent: true,
    agreementSignedOn: '2021-01-01',
    active,
  });
  const user = await insertUser(db, { roles: ['requester'], organisationId: organisation.id });
  return { organisationId: organisation.id, cookie: await signIn(app, user.email) };
}

/** An interpreter with an account; a translator of Arabic in both directions unless told otherwise. */
export async function translator(
  app: FastifyInstance,
  db: Db,
  options: {
    translates?: boolean;
    language?: string;
    direction?: string;
    certifiedUntil?: string | null;
  } = {},
) {
  const user = await insertUser(db, { roles: ['interpreter'] });
  const [row] = await db
    .insert(interpreters)
    .values({
      code: `T-${randomUUID().slice(0, 6)}`,
      userId: user.id,
      givenName: 'Samira',
      familyName: `Test${randomUUID().slice(0, 4)}`,
      email: user.email,
      modes: ['on_site', 'phone'],
      translates: options.translates ?? true,
      certificationValidUntil: options.certifiedUntil === undefined ? '2099-12-31' : options.certifiedUntil,
    })
    .returning({ id: interpreters.id });
  if (!row) throw new Error('insert failed');
  await db.insert(interpreterLanguages).values({
    interpreterId: row.id,
    language: options.language ?? 'ar',
    direction: options.direction ?? 'both',
  });
  return { id: row.id, cookie: await signIn(app, user.email) };
}

export type UploadOptions = {
  url?: string;
  fields?: Record<string, string>;
  file?: { name: string; content: Buffer };
};

/** A multipart POST as a browser sends it, with the session cookie and the Origin header. */
export function postForm(app: FastifyInstance, cookie: string, options: UploadOptions) {
  const body = multipartForm(options.fields ?? {}, options.file);
  return app.inject({
    method: 'POST',
    url: options.url ?? '/api/interpreting/translations',
    payload: body.payload,
    headers: { ...body.headers, cookie, origin: ORIGIN },
  });
}

/** A JSON POST with cookie and Origin. */
export function post(app: FastifyInstance, cookie: string, url: string, payload?: object) {
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie, origin: ORIGIN },
    ...(payload ? { payload } : {}),
  });
}
