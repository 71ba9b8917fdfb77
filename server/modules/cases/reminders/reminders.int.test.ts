import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../../contracts/identity.ts';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertTeam, insertUser } from '../../../../test/factories.ts';
import { auditLog } from '../../../platform/audit/audit.tables.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { mailOutbox } from '../../../platform/mail/mail.tables.ts';
import { createCase } from '../cases.service.ts';
import { caseTasks } from '../cases.tables.ts';
import { startCaseJobs } from '../retention/jobs.ts';
import { REMINDER_DAYS_KEY } from './reminder-params.ts';
import { REMINDED_ACTION, sendDeadlineReminders } from './send-reminders.ts';

// Monday 1 March 2027, 08:00 in Brussels. Guidance registration is due 3 months after arrival and
// reminded 14 days ahead by default.
const NOW = new Date('2027-03-01T07:00:00Z');

function contextOf(
  user: { id: string; email: string },
  roles: Role[],
  teamId: string | null,
): RequestContext {
  return {
    actor: {
      id: user.id,
      email: user.email,
      name: 'Test',
      roles,
      organisationId: null,
      teamId,
      locale: 'nl',
    },
    requestId: 'reminders-test',
  };
}

describe('deadline reminders', () => {
  let t: TestApp;
  let db: Db;
  let mine: { id: string; reference: string };
  let unassigned: { id: string; reference: string };
  let later: { id: string };
  let done: { id: string };
  let asAnna: RequestContext;
  const emails: Record<string, string> = {};
  const guidance = (ctx: RequestContext, title: string, arrivalDate: string, teamId?: string) =>
    createCase(db, ctx, {
      type: 'guidance',
      title,
      ...(teamId ? { teamId } : {}),
      fields: { obligation: 'compulsory', arrivalDate },
    });
  const outbox = () =>
    db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.template, 'cases.deadline-reminder'))
      .orderBy(mailOutbox.recipient);

  beforeAll(async () => {
    t = await createTestApp();
    db = t.platform.database.db;
    await startCaseJobs(t.platform); // publishes the parameter's default (jobs are off here)
    const team = (await insertTeam(db)).id;
    const other = (await insertTeam(db)).id;
    const user = async (key: string, roles: Role[], teamId: string, active = true) => {
      const row = await insertUser(db, { roles, teamId, active, name: `Naam ${key}` });
      emails[key] = row.email;
      return row;
    };
    const anna = await user('anna', ['counsellor'], team);
    await user('bram', ['counsellor'], team);
    await user('inactive', ['counsellor'], team, false);
    await user('teamManager', ['manager'], team);
    await user('elsewhere', ['counsellor'], other);
    const manager = await user('manager', ['manager'], other);
    asAnna = contextOf(anna, ['counsellor'], team);
    mine = await guidance(asAnna, 'Onthaal Amina', '2026-12-10'); // due 10 March: in 9 days
    unassigned = await guidance(contextOf(manager, ['manager'], other), 'Onthaal Yusuf', '2026-12-05', team);
    later = await guidance(asAnna, 'Onthaal Petra', '2027-01-01'); // due 1 April: in 31 days
    done = await guidance(asAnna, 'Onthaal Omar', '2026-12-06');
    await db
      .update(caseTasks)
      .set({ doneAt: new Date('2027-02-20T10:00:00Z') })
      .where(eq(caseTasks.caseId, done.id));
    // A task someone made by hand is no rule-made deadline: never reminded by this job.
    await db.insert(caseTasks).values({ caseId: later.id, title: 'Bellen', dueOn: '2027-03-02' });
  });
  afterAll(() => t.close());

  it('mails the assignee, or the team’s active counsellors when the case has none, once', async () => {
    const report = await sendDeadlineReminders(t.platform, NOW);
    expect(report).toEqual({ day: '2027-03-01', sent: 2, skipped: 0, failed: 0 });
    const mails = await outbox();
    expect(mails.map((m) => m.recipient).sort()).toEqual([emails.anna, emails.anna, emails.bram].sort());
    const toAnna = mails.filter((m) => m.recipient === emails.anna);
    const forMine = toAnna.find((m) => m.subject.includes(mine.reference));
    expect(forMine?.subject).toBe(`Termijn nadert: Inschrijving inburgering (3 maanden) (${mine.reference})`);
    expect(forMine?.textBody).toContain('uiterlijk woensdag 10 maart 2027');
    expect(forMine?.textBody).toContain('Nog 9 dagen.');
    expect(forMine?.textBody).toContain(`http://localhost:3000/app/cases/${mine.id}`);
    // The reference identifies the case; the title (a client's name) stays out of the mail.
    expect(mails.map((m) => `${m.subject} ${m.textBody}`).join(' ')).not.toMatch(/Amina|Yusuf/);
    expect(mails.filter((m) => m.subject.includes(unassigned.reference))).toHaveLength(2);

    const reminded = await db.select().from(caseTasks).where(isNotNull(caseTasks.remindedAt));
    expect(reminded.map((task) => task.caseId).sort()).toEqual([mine.id, unassigned.id].sort());
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, REMINDED_ACTION));
    expect(audits.map((a) => a.entityId).sort()).toEqual([mine.id, unassigned.id].sort());

    const again = await sendDeadlineReminders(t.platform, NOW);
    expect(again).toEqual({ day: '2027-03-01', sent: 0, skipped: 0, failed: 0 });
    expect(await outbox()).toHaveLength(3);
  });

  it('follows the effective-dated number of days', async () => {
    const admin = await insertUser(db, { roles: ['admin'] });
    await t.platform.params.set(db, contextOf(admin, ['admin'], null), {
      key: REMINDER_DAYS_KEY,
      value: { guidance_registration: 31, default: 7 },
      validFrom: '2027-03-02',
    });
    // On 1 March the old value (14 days) still holds: the case due on 1 April waits.
    expect(await sendDeadlineReminders(t.platform, NOW)).toMatchObject({ sent: 0 });
    const nextDay = await sendDeadlineReminders(t.platform, new Date('2027-03-02T07:00:00Z'));
    expect(nextDay).toMatchObject({ day: '2027-03-02', sent: 1 });
    const [task] = await db
      .select()
      .from(caseTasks)
      .where(and(eq(caseTasks.caseId, later.id), isNotNull(caseTasks.deadlineKey)));
    expect(task?.remindedAt).not.toBeNull();
    const [done_] = await db.select().from(caseTasks).where(eq(caseTasks.caseId, done.id));
    expect(done_?.remindedAt).toBeNull();
  });

  it('sends one reminder when two runs race', async () => {
    const raced = await guidance(asAnna, 'Onthaal Race', '2026-12-12'); // due 12 March: in 11 days
    const before = (await outbox()).length;
    const runs = await Promise.all([
      sendDeadlineReminders(t.platform, NOW),
      sendDeadlineReminders(t.platform, NOW),
    ]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(1);
    const mails = (await outbox()).filter((m) => m.subject.includes(raced.reference));
    expect(mails).toHaveLength(1);
    expect((await outbox()).length).toBe(before + 1);
  });
});
