import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertUser, signIn } from '../../../../test/factories.ts';
import { mailOutbox } from '../../../platform/mail/mail.tables.ts';
import { buildDocx, buildOdt, odtParagraphs } from '../../../platform/text/samples.test-support.ts';
import { brusselsDate } from '../brussels-time.ts';
import { charges, translationOffers } from '../interpreting.tables.ts';
import {
  inTwoWeeks,
  post,
  postForm,
  requesterOrganisation,
  translator,
} from './translation-jobs.test-support.ts';

const LETTER = ['Beste ouder,', 'Op maandag is er geen school.', 'Met vriendelijke groeten, de directie'];
const TRANSLATED = ['عزيزي الوالد،', 'لا توجد مدرسة يوم الاثنين.'];

describe('translation jobs: offers, acceptance, delivery and download', () => {
  let t: TestApp;
  let requester: { organisationId: string; cookie: string };
  let otherRequester: { organisationId: string; cookie: string };
  let dispatcher: string;
  let first: { id: string; cookie: string };
  let second: { id: string; cookie: string };

  const url = (id: string, rest = '') => `/api/interpreting/translations/${id}${rest}`;
  const get = (cookie: string, path: string) => t.app.inject({ url: path, headers: { cookie } });

  /** A job in status 'accepted', ready to be offered. */
  async function acceptedJob(): Promise<string> {
    const docx = await buildDocx(LETTER);
    const created = await postForm(t.app, requester.cookie, {
      fields: { targetLanguage: 'ar', deadline: inTwoWeeks() },
      file: { name: 'brief.docx', content: docx },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    expect((await post(t.app, requester.cookie, url(id, '/accept-quote'))).statusCode).toBe(200);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.platform.database;
    requester = await requesterOrganisation(t.app, db);
    otherRequester = await requesterOrganisation(t.app, db);
    dispatcher = await signIn(t.app, (await insertUser(db, { roles: ['dispatcher'] })).email);
    first = await translator(t.app, db);
    second = await translator(t.app, db, { direction: 'from_dutch' });
  });
  afterAll(() => t.close());

  it('offers, lets the first translator win, refuses the second, and delivers to the requester', async () => {
    const id = await acceptedJob();
    const sent = await post(t.app, dispatcher, url(id, '/offers'), { interpreterIds: [first.id, second.id] });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().job.status).toBe('offered');
    const offers: { id: string; interpreterId: string; status: string }[] = sent.json().offers;
    expect(offers.map((o) => o.status)).toEqual(['open', 'open']);
    const offerOf = (who: { id: string }) => offers.find((o) => o.interpreterId === who.id)?.id ?? '';

    // The translator sees the offer and may read the source before deciding; not the job itself yet.
    const mine = await get(first.cookie, '/api/interpreting/translation-offers?status=open');
    expect(mine.json().items).toEqual([
      expect.objectContaining({ id: offerOf(first), jobId: id, targetLanguage: 'ar', words: 13 }),
    ]);
    expect((await get(first.cookie, url(id, '/source'))).statusCode).toBe(200);
    expect((await get(first.cookie, url(id))).statusCode).toBe(404);

    const won = await post(
      t.app,
      first.cookie,
      `/api/interpreting/translation-offers/${offerOf(first)}/accept`,
    );
    expect(won.statusCode, won.body).toBe(200);
    expect(won.json()).toMatchObject({
      status: 'assigned',
      translator: { id: first.id, givenName: 'Samira' },
    });
    const lost = await post(
      t.app,
      second.cookie,
      `/api/interpreting/translation-offers/${offerOf(second)}/accept`,
    );
    expect(lost.statusCode).toBe(409);
    expect(lost.json().code).toBe('INTERPRETING.OFFER_FILLED');
    const stranger = await post(
      t.app,
      second.cookie,
      `/api/interpreting/translation-offers/${offerOf(first)}/accept`,
    );
    expect(stranger.statusCode).toBe(404);

    const translation = await buildOdt(odtParagraphs(TRANSLATED));
    const notHers = await postForm(t.app, second.cookie, {
      url: url(id, '/delivery'),
      file: { name: 'vertaling.odt', content: translation },
    });
    expect(notHers.statusCode).toBe(404);
    const early = await get(requester.cookie, url(id, '/delivery'));
    expect(early.statusCode).toBe(409);

    const delivered = await postForm(t.app, first.cookie, {
      url: url(id, '/delivery'),
      file: { name: 'vertaling.odt', content: translation },
    });
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect(delivered.json()).toMatchObject({ status: 'delivered', hasDelivery: true });
    const twice = await postForm(t.app, first.cookie, {
      url: url(id, '/delivery'),
      file: { name: 'vertaling.odt', content: translation },
    });
    expect(twice.statusCode).toBe(409);

    const download = await get(requester.cookie, url(id, '/delivery'));
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/vnd.oasis.opendocument.text');
    expect(String(download.headers['content-disposition'])).toMatch(
      /^attachment; filename="V-\d{4}-\d{6}-ar\.odt"/,
    );
    expect(download.rawPayload.equals(translation)).toBe(true);
    expect((await get(otherRequester.cookie, url(id, '/delivery'))).statusCode).toBe(404);

    // Each translator got the offer, the requester the news of the delivery, in their outbox.
    const mails = await t.platform.database.db
      .select({ template: mailOutbox.template, subject: mailOutbox.subject })
      .from(mailOutbox)
      .where(like(mailOutbox.subject, `%${sent.json().job.reference}%`));
    expect(mails.map((m) => m.template).sort()).toEqual([
      'interpreting.translation-delivered',
      'interpreting.translation-offer',
      'interpreting.translation-offer',
    ]);

    const [charge, ...more] = await t.platform.database.db
      .select()
      .from(charges)
      .where(eq(charges.translationJobId, id));
    expect(more).toHaveLength(0);
    expect(charge).toMatchObject({
      kind: 'translation',
      organisationId: requester.organisationId,
      words: 13,
      amountCents: 3200,
      serviceDate: brusselsDate(new Date()),
      requestId: null,
    });
  });

  it('offers only accepted jobs, and only to translators of the pair in the right direction', async () => {
    const { db } = t.platform.database;
    const created = await postForm(t.app, requester.cookie, {
      fields: { targetLanguage: 'ar', deadline: inTwoWeeks() },
      file: { name: 'brief.txt', content: Buffer.from(LETTER.join('\n')) },
    });
    const quoted = created.json().id;
    const early = await post(t.app, dispatcher, url(quoted, '/offers'), { interpreterIds: [first.id] });
    expect(early.statusCode).toBe(409);

    const id = await acceptedJob();
    const interpreterOnly = await translator(t.app, db, { translates: false });
    const turkish = await translator(t.app, db, { language: 'tr' });
    const expired = await translator(t.app, db, { certifiedUntil: '2020-01-01' });
    for (const who of [interpreterOnly, turkish, expired]) {
      const response = await post(t.app, dispatcher, url(id, '/offers'), { interpreterIds: [who.id] });
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().code).toBe('INTERPRETING.TRANSLATOR_NOT_ELIGIBLE');
    }
    const intoDutchOnly = await translator(t.app, db, { direction: 'into_dutch' });
    const wrongWay = await post(t.app, dispatcher, url(id, '/offers'), {
      interpreterIds: [intoDutchOnly.id],
    });
    expect(wrongWay.statusCode).toBe(409);
    const byRequester = await post(t.app, requester.cookie, url(id, '/offers'), {
      interpreterIds: [first.id],
    });
    expect(byRequester.statusCode).toBe(403);
    const unknown = await post(t.app, dispatcher, url(id, '/offers'), {
      interpreterIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('lets a translator decline, and withdraws open offers when the job is cancelled (full price)', async () => {
    const { db } = t.platform.database;
    const id = await acceptedJob();
    const sent = await post(t.app, dispatcher, url(id, '/offers'), { interpreterIds: [first.id, second.id] });
    const offers: { id: string; interpreterId: string }[] = sent.json().offers;
    const secondOffer = offers.find((o) => o.interpreterId === second.id)?.id;
    const declined = await post(
      t.app,
      second.cookie,
      `/api/interpreting/translation-offers/${secondOffer}/decline`,
    );
    expect(declined.json().status).toBe('declined');
    const cancelled = await post(t.app, requester.cookie, url(id, '/cancel'));
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', chargedCents: 3200 });
    const rows = await db.select().from(translationOffers).where(eq(translationOffers.jobId, id));
    expect(rows.map((row) => row.status).sort()).toEqual(['declined', 'withdrawn']);
    const firstOffer = offers.find((o) => o.interpreterId === first.id)?.id;
    const tooLate = await post(
      t.app,
      first.cookie,
      `/api/interpreting/translation-offers/${firstOffer}/accept`,
    );
    expect(tooLate.statusCode).toBe(409);
  });

  it('gives the job to exactly one of many translators accepting at once', async () => {
    const { db } = t.platform.database;
    const id = await acceptedJob();
    const crowd = await Promise.all(Array.from({ length: 6 }, () => translator(t.app, db)));
    const sent = await post(t.app, dispatcher, url(id, '/offers'), {
      interpreterIds: crowd.map((c) => c.id),
    });
    const offers: { id: string; interpreterId: string }[] = sent.json().offers;
    const answers = await Promise.all(
      crowd.map((who) => {
        const offer = offers.find((o) => o.interpreterId === who.id)?.id;
        return post(t.app, who.cookie, `/api/interpreting/translation-offers/${offer}/accept`);
      }),
    );
    const codes = answers.map((answer) => answer.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409, 409, 409]);
    const rows = await db.select().from(translationOffers).where(eq(translationOffers.jobId, id));
    expect(rows.filter((row) => row.status === 'accepted')).toHaveLength(1);
    expect(rows.filter((row) => row.status === 'filled')).toHaveLength(5);
  });
});
