import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { freshAddress, insertTeam } from '../../../../test/factories.ts';
import { storedFiles } from '../../../platform/files/files.tables.ts';
import { SAMPLE_PDF, SAMPLE_PNG, sampleExe } from '../../../platform/files/samples.test-support.ts';
import { mailOutbox } from '../../../platform/mail/mail.tables.ts';
import { addDays } from '../case-types/definition.ts';
import { brusselsToday } from '../case-view.ts';
import { caseDocuments, cases } from '../cases.tables.ts';
import { scholarshipCalls } from '../scholarships/scholarships.tables.ts';
import { createTestApp, type FormPart, multipartBody } from './public-forms.test-support.ts';

let t: TestApp;
let openCall: string;
let closedCall: string;
let draftCall: string;
const db = () => t.platform.database.db;
const URL = '/api/public/forms/scholarship-application';

async function insertCall(title: string, status: string, opensOn: string, closesOn: string): Promise<string> {
  const [row] = await db()
    .insert(scholarshipCalls)
    .values({
      academicYear: '2026-2027',
      title,
      budgetCents: 1_000_000,
      grantCents: 20_000,
      opensOn,
      closesOn,
      status,
    })
    .returning({ id: scholarshipCalls.id });
  if (!row) throw new Error('insert failed');
  return row.id;
}

function application(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Daniel Okafor',
    email: 'daniel.okafor@example.test',
    language: 'en',
    callId: openCall,
    course: 'Nederlands niveau 3',
    courseLevel: 3,
    domicileGhent: true,
    residenceStatus: 'refugee',
    livingWage: true,
    householdSize: 3,
    motivation: 'I want to study nursing at a university college.',
    ...overrides,
  };
}

const pdf: FormPart = { name: 'statusDocument', filename: 'verblijfskaart.pdf', content: SAMPLE_PDF };
const png: FormPart = { name: 'incomeProof', filename: 'leefloon.png', content: SAMPLE_PNG };

async function send(parts: FormPart[]) {
  return t.app.inject({ method: 'POST', url: URL, remoteAddress: freshAddress(), ...multipartBody(parts) });
}

const data = (value: unknown): FormPart => ({ name: 'data', value: JSON.stringify(value) });

async function counts() {
  const count = async (table: typeof cases | typeof caseDocuments | typeof storedFiles | typeof mailOutbox) =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;
  return {
    cases: await count(cases),
    documents: await count(caseDocuments),
    files: await count(storedFiles),
    mails: await count(mailOutbox),
  };
}

beforeAll(async () => {
  t = await createTestApp({ MAX_UPLOAD_MB: '1' });
  await insertTeam(db(), 'Team Onthaal Noord');
  const today = brusselsToday();
  openCall = await insertCall('Open', 'open', addDays(today, -10), addDays(today, 10));
  closedCall = await insertCall('Voorbij', 'open', addDays(today, -40), addDays(today, -1));
  draftCall = await insertCall('Ontwerp', 'draft', addDays(today, -10), addDays(today, 10));
});
afterAll(async () => t?.close());

describe('POST /api/public/forms/scholarship-application', () => {
  it('opens a scholarship case for an open call with the uploads as case documents', async () => {
    const response = await send([pdf, data(application()), png]);
    expect(response.statusCode, response.body).toBe(201);
    const { code, statusUrl } = response.json();
    expect(code).toMatch(/^BRS-/u);
    const hash = createHash('sha256').update(code.slice(4).replaceAll('-', '')).digest('hex');
    const [row] = await db().select().from(cases).where(eq(cases.publicCodeHash, hash));
    expect(row).toMatchObject({ type: 'scholarship', status: 'submitted', language: 'en', origin: 'portal' });
    expect(row?.fields).toMatchObject({
      callId: openCall,
      course: 'Nederlands niveau 3',
      domicileGhent: true,
      livingWage: true,
    });
    expect(row?.fields).not.toHaveProperty('email');

    const documents = await db()
      .select({
        title: caseDocuments.title,
        item: caseDocuments.checklistItem,
        mediaType: storedFiles.mediaType,
      })
      .from(caseDocuments)
      .innerJoin(storedFiles, eq(storedFiles.id, caseDocuments.fileId))
      .where(eq(caseDocuments.caseId, row?.id ?? ''));
    expect(documents).toEqual(
      expect.arrayContaining([
        {
          title: 'Verblijfsdocument: verblijfskaart.pdf',
          item: 'statusDocument',
          mediaType: 'application/pdf',
        },
        { title: 'Inkomensbewijs: leefloon.png', item: 'incomeProof', mediaType: 'image/png' },
      ]),
    );
    expect(documents).toHaveLength(2);

    const [mail] = await db()
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.recipient, 'daniel.okafor@example.test'));
    expect(mail?.locale).toBe('en');
    expect(mail?.subject).toBe(`We have received your scholarship application (${row?.reference})`);
    expect(mail?.textBody).toContain(statusUrl);

    const page = await t.app.inject({
      method: 'GET',
      url: `/api/public/status/${code}`,
      remoteAddress: freshAddress(),
    });
    expect(page.json()).toMatchObject({ type: 'scholarship', status: 'submitted', statusLabel: 'Submitted' });
  });

  it('refuses a file of a type that is not allowed, whatever its name, and keeps nothing', async () => {
    const before = await counts();
    const disguised: FormPart[] = [
      { name: 'incomeProof', filename: 'loon.pdf', content: sampleExe() },
      {
        name: 'incomeProof',
        filename: 'loon.pdf',
        content: Buffer.from('<!DOCTYPE html><html><script>1</script>'),
      },
      { name: 'incomeProof', filename: 'loon.txt', content: Buffer.from('gewone tekst, maar geen document') },
    ];
    for (const file of disguised) {
      const response = await send([data(application()), pdf, file]);
      expect(response.statusCode, response.body).toBe(415);
      expect(response.json().code).toBe('FILES.TYPE_NOT_ALLOWED');
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a call that is closed, in draft or unknown, and keeps nothing', async () => {
    const before = await counts();
    for (const callId of [closedCall, draftCall]) {
      const response = await send([data(application({ callId })), pdf]);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('PUBLIC_FORMS.CALL_NOT_OPEN');
    }
    const unknown = await send([data(application({ callId: '00000000-0000-4000-8000-000000000000' })), pdf]);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('PUBLIC_FORMS.UNKNOWN_CALL');
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input with field errors and keeps nothing', async () => {
    const before = await counts();
    const cases_: [FormPart[], string][] = [
      [[pdf], 'data'],
      [[{ name: 'data', value: '{"name":' }, pdf], 'data'],
      [[data(application({ monthlyIncomeCents: -5 })), pdf], 'monthlyIncomeCents'],
      [[data(application({ email: 'nope' })), pdf], 'email'],
      [[data(application())], 'statusDocument'],
      [[data(application()), { ...pdf, name: 'passport' }], 'passport'],
      [[data(application()), { name: 'course', value: 'x' }, pdf], 'course'],
    ];
    for (const [parts, path] of cases_) {
      const response = await send(parts);
      expect(response.statusCode, `${path}: ${response.body}`).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const json = await t.app.inject({
      method: 'POST',
      url: URL,
      payload: application(),
      remoteAddress: freshAddress(),
    });
    expect(json.statusCode).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file over the upload limit, or too many files, with 413 and keeps nothing', async () => {
    const before = await counts();
    const tooMany = await send([data(application()), ...Array.from({ length: 7 }, () => pdf)]);
    expect(tooMany.statusCode).toBe(413);
    const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(1_048_576)]);
    const response = await send([data(application()), { ...pdf, content: big }]);
    expect(response.statusCode).toBe(413);
    expect(await counts()).toEqual(before);
  });
});
