import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertPerson, insertTeam, insertUser } from '../../../../test/factories.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { storedFiles } from '../../../platform/files/files.tables.ts';
import { people } from '../../../platform/identity/identity.tables.ts';
import { createCase, transitionCase } from '../cases.service.ts';
import {
  caseAppointments,
  caseContacts,
  caseDocuments,
  caseNotes,
  casePeople,
  caseReferrals,
  caseStatusHistory,
  cases,
  caseTasks,
} from '../cases.tables.ts';
import { ANONYMISED_ACTION, anonymiseExpiredCases } from './anonymise.ts';
import { CASE_JOBS, startCaseJobs } from './jobs.ts';

// The retention sweep runs on 15 June 2027 (Brussels). Guidance keeps 60 months, education
// questions 24: the cutoffs are 15 June 2022 and 15 June 2025.
const TODAY = '2027-06-15';

async function managerContext(db: Db): Promise<RequestContext> {
  const teamId = (await insertTeam(db)).id;
  const user = await insertUser(db, { roles: ['manager'], teamId, name: 'Manager Retentie' });
  return {
    actor: {
      id: user.id,
      email: user.email,
      name: 'Manager Retentie',
      roles: ['manager'],
      organisationId: null,
      teamId,
      locale: 'nl',
    },
    requestId: 'retention-test',
  };
}

/** A guidance case full of personal data, closed (stopped) on `closedAt`. */
async function closedGuidance(db: Db, ctx: RequestContext, closedAt: string | null, extraPersonId?: string) {
  const created = await createCase(db, ctx, {
    type: 'guidance',
    title: 'Onthaal Familie Haddad',
    person: { givenName: 'Samira', familyName: 'Haddad', email: 'samira.haddad@example.test' },
    ...(extraPersonId ? { people: [{ personId: extraPersonId, role: 'partner' as const }] } : {}),
    fields: {
      residenceCategory: 'refugee',
      obligation: 'compulsory',
      languages: ['ar', 'fr'],
      arrivalDate: '2021-09-01',
      needs: ['woning zoeken in Gent-Noord'],
    },
  });
  if (closedAt) {
    await transitionCase(db, ctx, created.id, { to: 'stopped', reason: 'Verhuisd naar Brussel' });
    await db
      .update(cases)
      .set({ closedAt: new Date(closedAt) })
      .where(eq(cases.id, created.id));
  }
  return created;
}

async function addContent(db: Db, caseId: string) {
  await db
    .insert(caseNotes)
    .values({ caseId, body: 'Vertelt over haar gezondheid', confidentiality: 'confidential' });
  await db.insert(caseContacts).values({ caseId, channel: 'phone', summary: 'Belde over de huur' });
  const [file] = await db
    .insert(storedFiles)
    .values({ sha256: 'a'.repeat(64), size: 10, mediaType: 'application/pdf', originalName: 'paspoort.pdf' })
    .returning();
  if (!file) throw new Error('no file');
  await db.insert(caseDocuments).values({ caseId, fileId: file.id, title: 'Paspoort Samira' });
  await db.insert(caseAppointments).values({
    caseId,
    startsAt: new Date('2022-01-10T09:00:00Z'),
    endsAt: new Date('2022-01-10T10:00:00Z'),
    location: 'Thuis, Sleepstraat 12',
    notes: 'Tolk Arabisch nodig',
  });
  await db.insert(caseTasks).values({ caseId, title: 'Samira bellen over huurcontract' });
  const partner = await insertOrganisation(db, { name: `OCMW ${caseId.slice(0, 8)}` });
  await db
    .insert(caseReferrals)
    .values({ caseId, kind: 'referral', organisationId: partner.id, reason: 'Samira zoekt leefloon' });
  await db
    .update(cases)
    .set({ publicCodeHash: `hash-${caseId}` })
    .where(eq(cases.id, caseId));
}

describe('retention: anonymising expired cases', () => {
  let t: TestApp;
  let db: Db;
  let ctx: RequestContext;
  let expired: { id: string; reference: string };
  let expiredQuestion: { id: string };
  let open: { id: string };
  let recent: { id: string };
  let shared: { id: string };
  let accountPerson: { id: string };
  let historyBefore: number;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.platform.database.db;
    ctx = await managerContext(db);
    shared = await insertPerson(db, { givenName: 'Youssef', familyName: 'Haddad' });
    accountPerson = await insertPerson(db, { givenName: 'Lina', familyName: 'Haddad' });
    await insertUser(db, { roles: ['volunteer'], personId: accountPerson.id });
    // Closed 14 June 2022 (Brussels): more than 60 months before the sweep.
    expired = await closedGuidance(db, ctx, '2022-06-13T22:30:00Z', shared.id);
    await db.insert(casePeople).values({ caseId: expired.id, personId: accountPerson.id, role: 'other' });
    await addContent(db, expired.id);
    // The shared person is also linked to a case that stays open.
    open = await closedGuidance(db, ctx, null, shared.id);
    await db
      .update(cases)
      .set({ openedAt: new Date('2019-01-01T10:00:00Z') })
      .where(eq(cases.id, open.id));
    // Closed on 15 June 2022, 00:30 in Brussels: exactly 60 months, not more.
    recent = await closedGuidance(db, ctx, '2022-06-14T22:30:00Z');
    await addContent(db, recent.id);
    expiredQuestion = await createCase(db, ctx, {
      type: 'education_question',
      title: 'Vraag van mama Aylin',
      fields: {
        askerRole: 'parent',
        topic: 'enrolment',
        question: 'Welke school voor Aylin?',
        answer: 'OKAN',
      },
      quick: true,
    });
    await db
      .update(cases)
      .set({ closedAt: new Date('2025-05-01T10:00:00Z') })
      .where(eq(cases.id, expiredQuestion.id));
    historyBefore = (
      await db.select().from(caseStatusHistory).where(eq(caseStatusHistory.caseId, expired.id))
    ).length;
  });
  afterAll(() => t.close());

  it('anonymises the expired cases and leaves the open and the recently closed ones alone', async () => {
    const report = await anonymiseExpiredCases(db, TODAY);
    expect(report).toEqual({ day: TODAY, anonymised: 2, failed: 0 });

    const [row] = await db.select().from(cases).where(eq(cases.id, expired.id));
    expect(row).toMatchObject({
      title: 'Geanonimiseerd dossier',
      reference: expired.reference,
      status: 'stopped',
      publicCodeHash: null,
    });
    expect(row?.anonymisedAt).toBeInstanceOf(Date);
    // The counted fields survive; the arrival date and the needs (free text) are gone.
    expect(row?.fields).toEqual({
      residenceCategory: 'refugee',
      obligation: 'compulsory',
      languages: ['ar', 'fr'],
    });

    const [question] = await db.select().from(cases).where(eq(cases.id, expiredQuestion.id));
    expect(question?.fields).toEqual({ askerRole: 'parent', topic: 'enrolment' });
    expect(question?.title).toBe('Geanonimiseerd dossier');

    for (const kept of [open.id, recent.id]) {
      const [other] = await db.select().from(cases).where(eq(cases.id, kept));
      expect(other).toMatchObject({ title: 'Onthaal Familie Haddad', anonymisedAt: null });
      expect(other?.fields).toHaveProperty('needs');
    }
    expect(await db.select().from(caseNotes).where(eq(caseNotes.caseId, recent.id))).toHaveLength(1);
  });

  it('removes the personal content and keeps the status history', async () => {
    expect(await db.select().from(casePeople).where(eq(casePeople.caseId, expired.id))).toEqual([]);
    expect(await db.select().from(caseNotes).where(eq(caseNotes.caseId, expired.id))).toEqual([]);
    expect(await db.select().from(caseContacts).where(eq(caseContacts.caseId, expired.id))).toEqual([]);
    expect(await db.select().from(caseDocuments).where(eq(caseDocuments.caseId, expired.id))).toEqual([]);
    const appointments = await db
      .select()
      .from(caseAppointments)
      .where(eq(caseAppointments.caseId, expired.id));
    expect(appointments.map((a) => [a.location, a.notes])).toEqual([[null, null]]);
    const tasks = await db.select().from(caseTasks).where(eq(caseTasks.caseId, expired.id));
    expect(tasks.length).toBeGreaterThan(0);
    expect(new Set(tasks.map((task) => task.title))).toEqual(new Set(['Taak (geanonimiseerd)']));
    const history = await db.select().from(caseStatusHistory).where(eq(caseStatusHistory.caseId, expired.id));
    expect(history).toHaveLength(historyBefore);
    expect(history.map((h) => h.toStatus)).toEqual(['registered', 'stopped']);
    expect(history.every((h) => h.reason === null)).toBe(true);
    const referrals = await db.select().from(caseReferrals).where(eq(caseReferrals.caseId, expired.id));
    expect(referrals.map((r) => [r.kind, r.reason])).toEqual([['referral', null]]);
  });

  it('deletes a person linked to nothing else, keeps one linked to another case or to an account', async () => {
    const left = await db
      .select({ id: people.id, givenName: people.givenName })
      .from(people)
      .where(and(eq(people.familyName, 'Haddad')));
    const names = left.map((p) => p.givenName).sort();
    // Samira was created for the expired case only (gone); the recent and open cases created
    // their own Samira records, which stay; Youssef (open case) and Lina (account) stay.
    expect(names).toEqual(['Lina', 'Samira', 'Samira', 'Youssef']);
    expect(left.map((p) => p.id)).toEqual(expect.arrayContaining([shared.id, accountPerson.id]));
    const openLinks = await db.select().from(casePeople).where(eq(casePeople.caseId, open.id));
    expect(openLinks.map((l) => l.personId)).toContain(shared.id);
  });

  it('records one audit row per case with counts and field names, no personal data', async () => {
    const rows = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, ANONYMISED_ACTION),
          inArray(auditLog.entityId, [expired.id, expiredQuestion.id]),
        ),
      );
    expect(rows).toHaveLength(2);
    const row = rows.find((r) => r.entityId === expired.id);
    expect(row).toMatchObject({ entity: 'case', actorId: null, actorLabel: 'system:cases.retention' });
    expect(row?.after).toEqual({
      type: 'guidance',
      keptFields: ['languages', 'obligation', 'residenceCategory'],
      peopleUnlinked: 3,
      peopleDeleted: 1,
      notes: 1,
      contacts: 1,
      documents: 1,
    });
    expect(JSON.stringify(rows)).not.toMatch(/Haddad|Samira|Aylin|Sleepstraat/);
  });

  it('changes nothing on a second run', async () => {
    const snapshot = await db
      .select()
      .from(cases)
      .where(inArray(cases.id, [expired.id, expiredQuestion.id]));
    const audits = (await db.select().from(auditLog)).length;
    expect(await anonymiseExpiredCases(db, TODAY)).toEqual({ day: TODAY, anonymised: 0, failed: 0 });
    expect(
      await db
        .select()
        .from(cases)
        .where(inArray(cases.id, [expired.id, expiredQuestion.id])),
    ).toEqual(snapshot);
    expect((await db.select().from(auditLog)).length).toBe(audits);
  });

  it('anonymises the recently closed case one day later', async () => {
    expect(await anonymiseExpiredCases(db, '2027-06-16')).toMatchObject({ anonymised: 1 });
    const [row] = await db.select().from(cases).where(eq(cases.id, recent.id));
    expect(row?.anonymisedAt).not.toBeNull();
  });
});

describe('retention job through pg-boss', () => {
  it('runs the sweep when the job is sent', async () => {
    const t = await createTestApp({ JOBS: 'true' });
    try {
      const db = t.platform.database.db;
      const ctx = await managerContext(db);
      const expired = await closedGuidance(db, ctx, '2020-01-01T10:00:00Z');
      await startCaseJobs(t.platform);
      const sent = await t.platform.jobs.send(CASE_JOBS.retention, { today: TODAY });
      expect(sent.status).toBe('queued');
      let anonymisedAt: Date | null = null;
      for (let i = 0; i < 100 && !anonymisedAt; i++) {
        await sleep(100);
        const [row] = await db.select({ at: cases.anonymisedAt }).from(cases).where(eq(cases.id, expired.id));
        anonymisedAt = row?.at ?? null;
      }
      expect(anonymisedAt).toBeInstanceOf(Date);
    } finally {
      await t.close();
    }
  });
});
