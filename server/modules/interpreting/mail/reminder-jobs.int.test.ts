import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { listAudit } from '../../../platform/audit/index.ts';
import type { Db } from '../../../platform/db/index.ts';
import { assignments } from '../interpreting.tables.ts';
import {
  insertAssignment,
  insertInterpreter,
  insertRequest,
  insertRequester,
  outboxWatcher,
} from './notify.test-support.ts';
import { sendDayBeforeReminders } from './reminder-jobs.ts';

// Monday 1 March 2027, 16:00 in Brussels: the sweep reminds the jobs of Tuesday 2 March.
const now = new Date('2027-03-01T15:00:00Z');

describe('day-before reminders', () => {
  let t: TestApp;
  let db: Db;
  let requester: { email: string };
  const expected: { assignmentId: string; interpreterEmail: string }[] = [];
  const book = async (startsAt: string, requesterId: string, organisationId: string, cancelled = false) => {
    const interpreter = await insertInterpreter(db, { givenName: 'Samira', familyName: 'H', locale: 'nl' });
    const request = await insertRequest(db, {
      organisationId,
      requestedBy: requesterId,
      startsAt: new Date(startsAt),
    });
    const assignment = await insertAssignment(db, {
      requestId: request.id,
      interpreterId: interpreter.id,
      startsAt: new Date(startsAt),
    });
    if (cancelled)
      await db.update(assignments).set({ status: 'cancelled' }).where(eq(assignments.id, assignment.id));
    return { assignmentId: assignment.id, interpreterEmail: interpreter.email };
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.platform.database.db;
    const { organisation, user } = await insertRequester(db, 'en');
    requester = user;
    const at = (iso: string, cancelled = false) => book(iso, user.id, organisation.id, cancelled);
    expected.push(await at('2027-03-01T23:30:00Z')); // 00:30 on 2 March in Brussels
    expected.push(await at('2027-03-02T08:00:00Z'));
    expected.push(await at('2027-03-02T22:30:00Z')); // 23:30 on 2 March
    await at('2027-03-01T22:30:00Z'); // 23:30 on 1 March: today
    await at('2027-03-02T23:00:00Z'); // 00:00 on 3 March
    await at('2027-03-02T10:00:00Z', true); // cancelled
  });
  afterAll(() => t.close());

  it('reminds requester and interpreter of every active job of tomorrow, once', async () => {
    const fresh = outboxWatcher(db);
    await fresh();
    const first = await sendDayBeforeReminders(t.platform, now);
    expect(first).toEqual({ day: '2027-03-02', sent: 3, skipped: 0, failed: 0 });
    const rows = await fresh();
    const interpreterMails = rows.filter((r) => r.template === 'interpreting.reminder-interpreter');
    expect(interpreterMails.map((r) => r.recipient).sort()).toEqual(
      expected.map((e) => e.interpreterEmail).sort(),
    );
    const requesterMails = rows.filter((r) => r.template === 'interpreting.reminder-requester');
    expect(requesterMails).toHaveLength(3);
    for (const mail of requesterMails) {
      expect(mail).toMatchObject({ recipient: requester.email, locale: 'en' });
      expect(mail.subject).toMatch(/^Reminder: interpreter tomorrow \(T-2027-/);
      expect(mail.textBody).toContain('Interpreter: Samira (T-');
    }
    expect(rows).toHaveLength(6);

    // Again (a retry, the next run, two sweeps at once): nothing more is sent.
    const again = await Promise.all([
      sendDayBeforeReminders(t.platform, now),
      sendDayBeforeReminders(t.platform, now),
    ]);
    for (const report of again) expect(report).toEqual({ day: '2027-03-02', sent: 0, skipped: 3, failed: 0 });
    expect(await fresh()).toHaveLength(0);

    const audit = await listAudit(db, { action: 'interpreting.reminder_sent', limit: 10, offset: 0 });
    expect(audit.items.map((entry) => entry.entityId).sort()).toEqual(
      expected.map((e) => e.assignmentId).sort(),
    );
  });

  it('reminds again when a job is moved to another day', async () => {
    const [moved] = expected;
    if (!moved) throw new Error('no fixture');
    const fresh = outboxWatcher(db);
    await fresh();
    // The day after: only jobs of Wednesday 3 March count, and the moved one is new for that day.
    const start = new Date('2027-03-03T12:00:00Z');
    await db
      .update(assignments)
      .set({
        startsAt: start,
        endsAt: new Date(start.getTime() + 3_600_000),
        busyFrom: new Date(start.getTime() - 20 * 60_000),
      })
      .where(eq(assignments.id, moved.assignmentId));
    const report = await sendDayBeforeReminders(t.platform, new Date('2027-03-02T15:00:00Z'));
    expect(report).toMatchObject({ day: '2027-03-03', sent: 2, failed: 0 });
    expect((await fresh()).map((r) => r.recipient)).toContain(moved.interpreterEmail);
  });
});
