import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { ORIGIN } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import type { Db } from '../../platform/db/index.ts';
import { storedFiles } from '../../platform/files/files.tables.ts';
import { multipartForm } from '../../platform/text/samples.test-support.ts';
import { libraryDocuments, libraryTranslations, libraryVersions } from './library.tables.ts';

/** Synthetic accounts and request helpers for the library tests. */

export async function libraryPeople(app: FastifyInstance, db: Db) {
  const cookieOf = async (role: 'library_editor' | 'requester' | 'dispatcher' | 'volunteer') =>
    signIn(app, (await insertUser(db, { roles: [role] })).email);
  return {
    editor: await cookieOf('library_editor'),
    requester: await cookieOf('requester'),
    dispatcher: await cookieOf('dispatcher'),
    volunteer: await cookieOf('volunteer'),
  };
}

export function sendJson(
  app: FastifyInstance,
  cookie: string | undefined,
  url: string,
  payload: object,
  method: 'POST' | 'PATCH' = 'POST',
) {
  return app.inject({ method, url, headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) }, payload });
}

export function sendForm(
  app: FastifyInstance,
  cookie: string,
  url: string,
  fields: Record<string, string>,
  file?: { name: string; content: Buffer; field?: string },
) {
  const body = multipartForm(fields, file);
  return app.inject({
    method: 'POST',
    url,
    payload: body.payload,
    headers: { ...body.headers, cookie, origin: ORIGIN },
  });
}

/** Row counts of everything an upload writes: a refused upload must leave them all unchanged. */
export async function libraryCounts(db: Db) {
  const n = async (
    table: typeof libraryDocuments | typeof libraryTranslations | typeof libraryVersions | typeof storedFiles,
  ) => (await db.select({ n: count() }).from(table))[0]?.n ?? -1;
  return {
    documents: await n(libraryDocuments),
    translations: await n(libraryTranslations),
    versions: await n(libraryVersions),
    files: await n(storedFiles),
  };
}

export const WASTE_LETTER = [
  'Afval sorteren in Gent',
  'Zet de gele zak op dinsdag buiten, vóór 7 uur.',
  'Glas brengt u naar de glasbol in uw straat, bv. aan het plein.',
];

export const newDocument = (overrides: Record<string, unknown> = {}) => ({
  title: 'Afval sorteren',
  description: 'Wanneer welke zak buiten mag',
  sector: 'housing',
  themes: ['Waste', 'waste', 'recycling'],
  docType: 'informative',
  visibility: 'public',
  text: WASTE_LETTER.join('\n'),
  ...overrides,
});
