import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../../test/app.ts';
import { insertUser, signIn } from '../../../../test/factories.ts';
import { systemContext } from '../../../platform/context.ts';
import { storedFiles } from '../../../platform/files/files.tables.ts';
import { buildDocx, buildOdt, buildPdf, odtParagraphs } from '../../../platform/text/samples.test-support.ts';
import { TARIFF_KEY, TariffSchema } from '../billing/billing-params.ts';
import { brusselsDate } from '../brussels-time.ts';
import { charges, translationJobs } from '../interpreting.tables.ts';
import { inTwoWeeks, post, postForm, requesterOrganisation } from './translation-jobs.test-support.ts';

const SHORT_LETTER = 'Beste ouder,\nde school is één week gesloten wegens een reëel probleem.\nمع التحية';
// Six words, fifty different sentences: 300 words, above the 200 words the €32 minimum covers.
// Different, so that none is a repetition the memory's analysis would weigh at 30 %.
const LONG_LETTER = Array.from({ length: 50 }, (_, i) => `Leerling ${i + 1} krijgt één extra week.`);

describe('translation jobs: upload, quote, scoping, cancellation', () => {
  let t: TestApp;
  let requesterA: { organisationId: string; cookie: string };
  let requesterB: { organisationId: string; cookie: string };
  let dispatcher: string;
  const fields = () => ({ targetLanguage: 'ar', deadline: inTwoWeeks(), clientReference: 'K-17' });
  const storedCount = async () =>
    (await t.platform.database.db.select({ n: count() }).from(storedFiles))[0]?.n;
  const txt = (text: string) => ({ name: 'brief.txt', content: Buffer.from(text) });

  beforeAll(async () => {
    t = await createTestApp({ MAX_UPLOAD_MB: '1' });
    const { db } = t.platform.database;
    requesterA = await requesterOrganisation(t.app, db);
    requesterB = await requesterOrganisation(t.app, db);
    dispatcher = await signIn(t.app, (await insertUser(db, { roles: ['dispatcher'] })).email);
  });
  afterAll(() => t.close());

  it('quotes a short txt at the €32 minimum, with a V- reference, in status quoted', async () => {
    const response = await postForm(t.app, requesterA.cookie, { fields: fields(), file: txt(SHORT_LETTER) });
    expect(response.statusCode, response.body).toBe(201);
    const job = response.json();
    expect(job).toMatchObject({
      status: 'quoted',
      sourceLanguage: 'nl',
      targetLanguage: 'ar',
      organisationId: requesterA.organisationId,
      clientReference: 'K-17',
      words: 14,
      quoteCents: 3200,
      quote: { words: 14, unit: 'word', units: 14, centsPerUnit: 16, minimumCents: 3200, amountCents: 3200 },
      existingTranslation: null,
      sourceFile: { mediaType: 'text/plain', originalName: 'brief.txt' },
      translator: null,
      hasDelivery: false,
    });
    expect(job.reference).toMatch(new RegExp(`^V-${brusselsDate(new Date()).slice(0, 4)}-\\d{6}$`));
  });

  it('counts the words of a docx and quotes €0.16 a word above the minimum', async () => {
    const docx = await buildDocx(LONG_LETTER);
    const response = await postForm(t.app, requesterA.cookie, {
      fields: { ...fields(), sourceLanguage: 'nl', targetLanguage: 'uk', notes: 'Informatiebrief' },
      file: { name: 'informatiebrief.docx', content: docx },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      words: 300,
      quoteCents: 4800,
      targetLanguage: 'uk',
      notes: 'Informatiebrief',
      sourceFile: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    });
  });

  it('counts the words of a PDF and of an OpenDocument text', async () => {
    const pdf = await buildPdf(['Beste ouder, de école is één week gesloten.', 'Tot ziens.'], {
      pagePerParagraph: true,
    });
    const fromPdf = await postForm(t.app, requesterA.cookie, {
      fields: fields(),
      file: { name: 'brief.pdf', content: pdf },
    });
    expect(fromPdf.statusCode, fromPdf.body).toBe(201);
    expect(fromPdf.json()).toMatchObject({ words: 10, sourceFile: { mediaType: 'application/pdf' } });
    const odt = await buildOdt(odtParagraphs(LONG_LETTER.slice(0, 40)));
    const fromOdt = await postForm(t.app, requesterA.cookie, {
      fields: fields(),
      file: { name: 'brief.odt', content: odt },
    });
    expect(fromOdt.statusCode, fromOdt.body).toBe(201);
    expect(fromOdt.json()).toMatchObject({ words: 240, quoteCents: 3840 });
  });

  it('refuses a document over the upload limit with 413', async () => {
    const big = Buffer.from('woord '.repeat(200_000));
    const response = await postForm(t.app, requesterA.cookie, {
      fields: fields(),
      file: { name: 'groot.txt', content: big },
    });
    expect(response.statusCode).toBe(413);
  });

  it('takes a document into Dutch as well', async () => {
    const response = await postForm(t.app, requesterA.cookie, {
      fields: { sourceLanguage: 'ar', targetLanguage: 'nl', deadline: inTwoWeeks() },
      file: txt('شهادة مدرسية للطالب'),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ sourceLanguage: 'ar', targetLanguage: 'nl', words: 3 });
  });

  it('refuses a pair without Dutch, Dutch to Dutch, a past deadline and a missing file — storing nothing', async () => {
    const before = await storedCount();
    const cases: [Record<string, string>, number, string][] = [
      [
        { ...fields(), sourceLanguage: 'ar', targetLanguage: 'fr' },
        400,
        'INTERPRETING.TRANSLATION_NOT_DUTCH',
      ],
      [{ ...fields(), targetLanguage: 'nl' }, 400, 'INTERPRETING.TRANSLATION_NOT_DUTCH'],
      [{ ...fields(), deadline: brusselsDate(new Date()) }, 400, 'INTERPRETING.TRANSLATION_DEADLINE_INVALID'],
      [{ ...fields(), deadline: '2027-02-30' }, 400, 'COMMON.VALIDATION_FAILED'],
      [{ ...fields(), clientReference: 'Jan Peeters' }, 400, 'COMMON.VALIDATION_FAILED'],
    ];
    for (const [formFields, status, code] of cases) {
      const response = await postForm(t.app, requesterA.cookie, {
        fields: formFields,
        file: txt(SHORT_LETTER),
      });
      expect(response.statusCode, JSON.stringify(formFields)).toBe(status);
      expect(response.json().code).toBe(code);
    }
    const noFile = await postForm(t.app, requesterA.cookie, { fields: fields() });
    expect(noFile.statusCode).toBe(400);
    expect(await storedCount()).toBe(before);
  });

  it('refuses other file types (by content, not name) and documents without text', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const image = await postForm(t.app, requesterA.cookie, {
      fields: fields(),
      file: { name: 'scan.txt', content: png },
    });
    expect(image.statusCode).toBe(415);
    const html = await postForm(t.app, requesterA.cookie, {
      fields: fields(),
      file: txt('<html><p>x</p></html>'),
    });
    expect(html.statusCode).toBe(415);
    const blank = await postForm(t.app, requesterA.cookie, { fields: fields(), file: txt(' — ; !\n') });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().code).toBe('INTERPRETING.TRANSLATION_NO_TEXT');
  });

  it('refuses an organisation that may not order, staff without an organisation, and strangers', async () => {
    const { db } = t.platform.database;
    const lapsed = await requesterOrganisation(t.app, db, false);
    const refused = await postForm(t.app, lapsed.cookie, { fields: fields(), file: txt(SHORT_LETTER) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('INTERPRETING.TRANSLATION_ORGANISATION_NOT_ELIGIBLE');

    const staff = await postForm(t.app, dispatcher, { fields: fields(), file: txt(SHORT_LETTER) });
    expect(staff.statusCode).toBe(400);
    const onBehalf = await postForm(t.app, dispatcher, {
      fields: { ...fields(), organisationId: requesterB.organisationId },
      file: txt(SHORT_LETTER),
    });
    expect(onBehalf.statusCode, onBehalf.body).toBe(201);
    expect(onBehalf.json().organisationId).toBe(requesterB.organisationId);

    const asOther = await postForm(t.app, requesterA.cookie, {
      fields: { ...fields(), organisationId: requesterB.organisationId },
      file: txt(SHORT_LETTER),
    });
    expect(asOther.statusCode).toBe(403);

    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/interpreting/translations',
      headers: { origin: ORIGIN },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("hides another organisation's jobs: 404 on read, accept, cancel and download; absent from lists", async () => {
    const created = await postForm(t.app, requesterA.cookie, { fields: fields(), file: txt(SHORT_LETTER) });
    const { id } = created.json();
    const base = `/api/interpreting/translations/${id}`;
    expect((await t.app.inject({ url: base, headers: { cookie: requesterB.cookie } })).statusCode).toBe(404);
    expect((await post(t.app, requesterB.cookie, `${base}/accept-quote`)).statusCode).toBe(404);
    expect((await post(t.app, requesterB.cookie, `${base}/cancel`)).statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: `${base}/source`, headers: { cookie: requesterB.cookie } })).statusCode,
    ).toBe(404);
    const listB = await t.app.inject({
      url: '/api/interpreting/translations',
      headers: { cookie: requesterB.cookie },
    });
    expect(listB.json().items.map((job: { id: string }) => job.id)).not.toContain(id);
    const listA = await t.app.inject({
      url: '/api/interpreting/translations?status=quoted',
      headers: { cookie: requesterA.cookie },
    });
    const itemsA: { id: string; organisationId: string; status: string }[] = listA.json().items;
    expect(itemsA.map((job) => job.id)).toContain(id);
    expect(
      itemsA.every((job) => job.organisationId === requesterA.organisationId && job.status === 'quoted'),
    ).toBe(true);
    const source = await t.app.inject({ url: `${base}/source`, headers: { cookie: requesterA.cookie } });
    expect(source.statusCode).toBe(200);
    expect(source.body).toBe(SHORT_LETTER);
  });

  it('cancels free while quoted, at the full price once accepted, and not twice', async () => {
    const { db } = t.platform.database;
    const create = async () =>
      (await postForm(t.app, requesterA.cookie, { fields: fields(), file: txt(SHORT_LETTER) })).json().id;
    const quoted = await create();
    const free = await post(t.app, requesterA.cookie, `/api/interpreting/translations/${quoted}/cancel`);
    expect(free.statusCode, free.body).toBe(200);
    expect(free.json()).toMatchObject({ status: 'cancelled', chargedCents: 0 });

    const accepted = await create();
    const accept = await post(
      t.app,
      requesterA.cookie,
      `/api/interpreting/translations/${accepted}/accept-quote`,
    );
    expect(accept.json().status).toBe('accepted');
    const late = await post(t.app, requesterA.cookie, `/api/interpreting/translations/${accepted}/cancel`);
    expect(late.json()).toMatchObject({ status: 'cancelled', chargedCents: 3200 });
    const again = await post(t.app, requesterA.cookie, `/api/interpreting/translations/${accepted}/cancel`);
    expect(again.statusCode).toBe(409);
    const reAccept = await post(
      t.app,
      requesterA.cookie,
      `/api/interpreting/translations/${quoted}/accept-quote`,
    );
    expect(reAccept.statusCode).toBe(409);

    const rows = await db.select().from(charges).where(eq(charges.translationJobId, accepted));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'translation_cancelled',
      amountCents: 3200,
      organisationId: requesterA.organisationId,
      serviceDate: brusselsDate(new Date()),
    });
    const freeRows = await db.select().from(charges).where(eq(charges.translationJobId, quoted));
    expect(freeRows).toHaveLength(0);
    const [job] = await db
      .select({ status: translationJobs.status })
      .from(translationJobs)
      .where(and(eq(translationJobs.id, accepted)));
    expect(job?.status).toBe('cancelled');
  });

  // Last in the file: the new tariff stays in force for the rest of this app's life.
  it('quotes with the effective-dated tariff parameter once an admin sets one', async () => {
    const { db } = t.platform.database;
    const today = brusselsDate(new Date());
    const current = await t.platform.params.get(TARIFF_KEY, today, TariffSchema);
    await t.platform.params.set(db, systemContext('test'), {
      key: TARIFF_KEY,
      value: { ...current, translation: { pricing: 'per_word', centsPerWord: 20, minimumCents: 4000 } },
      validFrom: today,
      note: 'synthetic test tariff',
    });
    const short = await postForm(t.app, requesterA.cookie, { fields: fields(), file: txt(SHORT_LETTER) });
    expect(short.json().quote).toMatchObject({
      words: 14,
      centsPerUnit: 20,
      minimumCents: 4000,
      amountCents: 4000,
    });
    const long = await postForm(t.app, requesterA.cookie, {
      fields: fields(),
      file: txt(LONG_LETTER.join(' ')),
    });
    expect(long.json().quoteCents).toBe(6000);
  });
});
