import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../test/app.ts';
import { freshAddress, insertTeam } from '../../../../test/factories.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import { systemContext } from '../../../platform/context.ts';
import { people } from '../../../platform/identity/identity.tables.ts';
import { mailOutbox } from '../../../platform/mail/mail.tables.ts';
import { addWorkingDays } from '../../interpreting/index.ts';
import { brusselsToday } from '../case-view.ts';
import { caseNotes, casePeople, cases, caseTasks } from '../cases.tables.ts';
import { FORM_RATE, STATUS_RATE } from './public-forms.routes.ts';
import { createTestApp } from './public-forms.test-support.ts';

let t: TestApp;
let noord: string;
const db = () => t.platform.database.db;
const CODE = /^(OND|BRS|ONT)-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/u;

async function post(form: string, payload: unknown, remoteAddress = freshAddress()) {
  return t.app.inject({
    method: 'POST',
    url: `/api/public/forms/${form}`,
    payload: payload as object,
    remoteAddress,
  });
}

async function status(code: string, query = '', remoteAddress = freshAddress()) {
  return t.app.inject({ method: 'GET', url: `/api/public/status/${code}${query}`, remoteAddress });
}

async function counts() {
  const count = async (table: typeof cases | typeof people | typeof mailOutbox) =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;
  return { cases: await count(cases), people: await count(people), mails: await count(mailOutbox) };
}

async function caseByCode(code: string) {
  const hash = createHash('sha256').update(code.split('-').slice(1).join('')).digest('hex');
  const [row] = await db().select().from(cases).where(eq(cases.publicCodeHash, hash));
  if (!row) throw new Error(`no case for ${code}`);
  return row;
}

async function mailTo(address: string) {
  return db().select().from(mailOutbox).where(eq(mailOutbox.recipient, address));
}

const question = {
  name: 'Ayşe Yılmaz',
  email: 'ayse.yilmaz@example.test',
  language: 'tr',
  question: 'Kızım için bir okul arıyorum. Kayıt nasıl yapılır?',
  childBirthDate: '2016-04-12',
  schoolLevel: 'primary',
  topic: 'enrolment',
  interpreterNeeded: true,
};

beforeAll(async () => {
  t = await createTestApp();
  await insertTeam(db(), 'Team Onthaal Zuid');
  noord = (await insertTeam(db(), 'Team Onthaal Noord')).id;
  await insertTeam(db(), 'Team Diploma');
});
afterAll(async () => t?.close());

describe('POST /api/public/forms/education-question', () => {
  it('opens an education question for Team Onthaal with a new person and mails the code in Turkish', async () => {
    const response = await post('education-question', question);
    expect(response.statusCode, response.body).toBe(201);
    const { code, statusUrl } = response.json();
    expect(code).toMatch(CODE);
    expect(code.startsWith('OND-')).toBe(true);
    expect(statusUrl).toBe(`http://localhost:3000/status/${code}`);

    const row = await caseByCode(code);
    expect(row).toMatchObject({
      type: 'education_question',
      status: 'open',
      teamId: noord,
      language: 'tr',
      origin: 'portal',
    });
    expect(row.publicCodeHash).not.toContain(code);
    expect(row.fields).toMatchObject({
      question: question.question,
      topic: 'enrolment',
      interpreterNeeded: true,
    });
    const linked = await db()
      .select({
        givenName: people.givenName,
        familyName: people.familyName,
        email: people.email,
        lang: people.preferredLanguage,
      })
      .from(casePeople)
      .innerJoin(people, eq(people.id, casePeople.personId))
      .where(eq(casePeople.caseId, row.id));
    expect(linked).toEqual([{ givenName: 'Ayşe', familyName: 'Yılmaz', email: question.email, lang: 'tr' }]);

    const [mail] = await mailTo(question.email);
    expect(mail).toMatchObject({ locale: 'tr', template: 'cases.portal-confirmation' });
    expect(mail?.subject).toBe(`Sorunuzu aldık (${row.reference})`);
    expect(mail?.textBody).toContain(code);
    expect(mail?.textBody).toContain(statusUrl);
    expect(mail?.textBody).toContain('Merhaba Ayşe Yılmaz');

    const audit = await db()
      .select({ action: auditLog.action, actor: auditLog.actorLabel })
      .from(auditLog)
      .where(eq(auditLog.entityId, row.id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['case.created', 'case.portal.received']),
    );
    expect(audit.every((a) => a.actor === 'system:portal')).toBe(true);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const before = await counts();
    const bad = [
      { ...question, email: 'not-an-address' },
      { ...question, language: 'de' },
      { ...question, question: '   ' },
      { ...question, childBirthDate: '2016-02-30' },
      { name: 'Ayşe Yılmaz', language: 'tr', question: 'Soru' },
    ];
    const paths = ['email', 'language', 'question', 'childBirthDate', 'email'];
    for (const [index, payload] of bad.entries()) {
      const response = await post('education-question', payload);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json();
      expect(problem.code).toBe('COMMON.VALIDATION_FAILED');
      expect(problem.errors.map((e: { path: string }) => e.path)).toContain(`body.${paths[index]}`);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('POST /api/public/forms/guidance-appointment', () => {
  it('registers a guidance case with a task to plan the appointment in two working days', async () => {
    const response = await post('guidance-appointment', {
      name: 'Rania Haddad',
      phone: '+32 470 12 34 56',
      language: 'ar',
      preferredDays: ['tue', 'thu'],
      message: 'أريد موعدًا للتسجيل في برنامج الاندماج.',
    });
    expect(response.statusCode, response.body).toBe(201);
    const row = await caseByCode(response.json().code);
    expect(row).toMatchObject({ type: 'guidance', status: 'registered', teamId: noord, language: 'ar' });
    const tasks = await db().select().from(caseTasks).where(eq(caseTasks.caseId, row.id));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      title: 'Afspraak plannen',
      dueOn: addWorkingDays(brusselsToday(), 2),
      doneAt: null,
    });
    const [note] = await db().select().from(caseNotes).where(eq(caseNotes.caseId, row.id));
    expect(note?.body).toContain('أريد موعدًا');
    expect(note?.body).toContain('dinsdag, donderdag');
    // No email address: no mail.
    const mails = await db()
      .select()
      .from(mailOutbox)
      .where(sql`${mailOutbox.textBody} like ${`%${row.reference}%`}`);
    expect(mails).toHaveLength(0);
  });

  it('mails the confirmation in Bulgarian when an address is given', async () => {
    const email = 'ivana.petrova@example.test';
    const response = await post('guidance-appointment', {
      name: 'Ivana Petrova',
      email,
      language: 'bg',
      message: 'Искам среща.',
    });
    expect(response.statusCode, response.body).toBe(201);
    const [mail] = await mailTo(email);
    expect(mail?.locale).toBe('bg');
    expect(mail?.subject).toContain('Получихме вашата заявка за среща');
  });

  it('needs an email address or a phone number, and writes nothing without', async () => {
    const before = await counts();
    const response = await post('guidance-appointment', {
      name: 'Rania Haddad',
      language: 'ar',
      message: 'Hallo',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.email' })]);
    expect(await counts()).toEqual(before);
  });
});

describe('GET /api/public/status/{code}', () => {
  it('answers the status without personal data, in the asked or the case language', async () => {
    const email = 'samir.amrani@example.test';
    const created = await post('education-question', {
      ...question,
      name: 'Samir Amrani',
      email,
      language: 'fr',
    });
    const { code } = created.json();
    const row = await caseByCode(code);

    const own = await status(code);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toEqual({
      reference: row.reference,
      type: 'education_question',
      status: 'open',
      statusLabel: 'En cours de traitement',
      language: 'fr',
      closed: false,
      openedAt: row.openedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      nextStep: expect.stringContaining('point info enseignement'),
    });
    for (const secret of ['Samir', 'Amrani', email, question.question, noord])
      expect(own.body).not.toContain(secret);

    const turkish = await status(code, '?lang=tr');
    expect(turkish.json()).toMatchObject({ statusLabel: 'İşleniyor', language: 'tr' });
    const arabic = await status(code, '?lang=ar');
    expect(arabic.json()).toMatchObject({ statusLabel: 'قيد المعالجة', language: 'ar' });
    // Typed back loosely: lower case, without dashes, without the prefix.
    const loose = await status(code.slice(4).replaceAll('-', ' ').toLowerCase());
    expect(loose.json().reference).toBe(row.reference);
  });

  it('answers 404 for an unknown or a malformed code, and 400 for a bad language', async () => {
    for (const code of ['OND-0000-0000-0000', 'ONT-7K3M-9PQ2-X4ZU', 'ABCDEFGHJK']) {
      const response = await status(code);
      expect(response.statusCode, code).toBe(404);
      expect(response.json().code).toBe('PUBLIC_FORMS.UNKNOWN_CODE');
    }
    expect((await status('OND-0000-0000-0000', '?lang=de')).statusCode).toBe(400);
  });
});

describe('rate limits', () => {
  it('answers 429 once an address has used up the status lookups', async () => {
    const address = freshAddress();
    for (let i = 0; i < STATUS_RATE.max; i++) {
      expect((await status('OND-0000-0000-0000', '', address)).statusCode).toBe(404);
    }
    const limited = await status('OND-0000-0000-0000', '', address);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('COMMON.RATE_LIMITED');
    // Another address is not affected.
    expect((await status('OND-0000-0000-0000')).statusCode).toBe(404);
  });

  it('answers 429 once an address has sent a form too often', async () => {
    const address = freshAddress();
    for (let i = 0; i < FORM_RATE.max; i++) {
      expect((await post('guidance-appointment', {}, address)).statusCode).toBe(400);
    }
    const limited = await post('guidance-appointment', { ...question, message: 'x' }, address);
    expect(limited.statusCode).toBe(429);
  });
});

describe('the team parameter', () => {
  it('sends portal cases to the team named in cases.portal.team', async () => {
    const other = await insertTeam(db(), 'Team Infopunt Onderwijs');
    await t.platform.params.set(db(), systemContext('test'), {
      key: 'cases.portal.team',
      value: 'Team Infopunt Onderwijs',
      validFrom: '2020-01-01',
    });
    const response = await post('education-question', { ...question, email: 'x.y@example.test' });
    expect(response.statusCode, response.body).toBe(201);
    expect((await caseByCode(response.json().code)).teamId).toBe(other.id);
  });
});
