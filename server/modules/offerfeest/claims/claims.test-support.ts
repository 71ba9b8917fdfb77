import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { CreateClaim } from '../../../../contracts/offerfeest.ts';
import { createTestApp, ORIGIN } from '../../../../test/app.ts';
import { insertUser, signIn } from '../../../../test/factories.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { SAMPLE_PDF } from '../../../platform/files/samples.test-support.ts';
import { mailOutbox } from '../../../platform/mail/mail.tables.ts';
import type { Platform } from '../../../platform/platform.ts';
import { offerfeestEditions } from '../offerfeest.tables.ts';
import { claimDeps } from './claims-deps.ts';
import { submitClaim } from './submit-claim.service.ts';

/** Test-only helpers for the claim tests: an open reimbursement edition, valid NRNs, forms, users. */

const DAY_MS = 86_400_000;

export async function insertReimbursementEdition(
  db: Db,
  overrides: Partial<typeof offerfeestEditions.$inferInsert> = {},
): Promise<typeof offerfeestEditions.$inferSelect> {
  const [row] = await db
    .insert(offerfeestEditions)
    .values({
      year: 2026,
      feastStart: '2026-05-27',
      feastEnd: '2026-05-29',
      blockingStart: '2026-05-26',
      blockingEnd: '2026-05-30',
      languages: ['nl', 'ar', 'fr', 'tr', 'en'],
      regime: 'reimbursement',
      registrationOpensAt: new Date(Date.now() - 10 * DAY_MS),
      registrationClosesAt: new Date(Date.now() + 10 * DAY_MS),
      reimbursementCents: 15_000,
      anonymiseAfterMonths: 12,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('edition insert failed');
  return row;
}

let serial = 100;
/** A valid national register number (born 1985-07-31), a new one on each call. */
export function validNrn(): string {
  serial += 1;
  const base = `850731${String(serial).padStart(3, '0')}`;
  const check = 97 - Number(BigInt(base) % 97n);
  return `${base}${String(check).padStart(2, '0')}`;
}

export function claimFields(
  overrides: Partial<Record<keyof CreateClaim, string>> = {},
): Record<string, string> {
  return {
    name: 'Amina El Idrissi',
    address: 'Dampoortstraat 12',
    postcode: '9000',
    email: 'amina@example.test',
    language: 'nl',
    nationalRegisterNumber: validNrn(),
    iban: 'BE68 5390 0754 7034',
    slaughterhouse: 'Slachthuis Gent',
    invoiceDate: '2026-05-27',
    species: 'sheep',
    animals: '1',
    invoiceCents: '18000',
    ...overrides,
  };
}

/** A multipart/form-data body: text fields, and optionally one file part. */
export function claimMultipart(
  fields: Record<string, string>,
  file?: { name: string; bytes: Buffer; part?: string },
) {
  const boundary = `----claims${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.part ?? 'invoice'}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: ORIGIN },
  };
}

export function postClaim(
  app: FastifyInstance,
  editionId: string,
  fields: Record<string, string>,
  file?: Buffer | null,
) {
  const body = claimMultipart(
    fields,
    file === null ? undefined : { name: 'factuur.pdf', bytes: file ?? SAMPLE_PDF },
  );
  return app.inject({ method: 'POST', url: `/api/offerfeest/editions/${editionId}/claims`, ...body });
}

/** A claim through the service (no rate limit): for tests about what happens after submission. */
export async function submitDirect(
  platform: Platform,
  editionId: string,
  overrides: Partial<CreateClaim> = {},
  invoice: Buffer = SAMPLE_PDF,
) {
  const form: CreateClaim = {
    name: 'Yusuf Yıldız',
    address: 'Sleepstraat 40',
    postcode: '9000',
    email: 'yusuf@example.test',
    language: 'tr',
    nationalRegisterNumber: validNrn(),
    iban: 'BE71096123456769',
    slaughterhouse: 'Slachthuis Gent',
    invoiceDate: '2026-05-28',
    species: 'sheep',
    animals: 1,
    invoiceCents: 12_000,
    ...overrides,
  };
  const receipt = await submitClaim(claimDeps(platform), systemContext('test'), editionId, form, {
    bytes: invoice,
    fileName: 'factuur.pdf',
  });
  return { ...receipt, form };
}

/** The coordinator (offerfeest.manage) and the roles that must be refused: admin, manager. */
export async function claimStaff(app: FastifyInstance, db: Db) {
  const coordinator = await insertUser(db, { roles: ['offerfeest_coordinator'] });
  const admin = await insertUser(db, { roles: ['admin'] });
  const manager = await insertUser(db, { roles: ['manager'] });
  return {
    coordinator: await signIn(app, coordinator.email),
    admin: await signIn(app, admin.email),
    manager: await signIn(app, manager.email),
  };
}

export async function mailsTo(db: Db, recipient: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.recipient, recipient));
}

/** A JSON write with the session cookie and the same-origin header the CSRF check wants. */
export function send(app: FastifyInstance, cookie: string | undefined, url: string, payload: object) {
  return app.inject({
    method: 'POST',
    url,
    headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) },
    payload,
  });
}

export function read(app: FastifyInstance, cookie: string | undefined, url: string) {
  return app.inject({ url, headers: cookie ? { cookie } : {} });
}

/** A test app with an open reimbursement edition and the staff users. */
export async function claimTestSetup() {
  const t = await createTestApp();
  const editionId = (await insertReimbursementEdition(t.platform.database.db)).id;
  return { t, editionId, staff: await claimStaff(t.app, t.platform.database.db) };
}
export type ClaimTestSetup = Awaited<ReturnType<typeof claimTestSetup>>;
