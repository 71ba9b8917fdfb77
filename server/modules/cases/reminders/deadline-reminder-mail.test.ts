import { describe, expect, it } from 'vitest';
import { deadlineReminderMail, formatDueOn } from './deadline-reminder-mail.ts';
import { DEFAULT_REMINDER_DAYS, daysBefore, ReminderDaysSchema } from './reminder-params.ts';
import { daysBetween } from './send-reminders.ts';

const brand = { name: 'Wegwijs', color: '#0b5' };
const data = {
  name: 'Anna',
  reference: 'D-2027-000012',
  caseType: 'Diplomagelijkschakeling',
  deadline: 'Beslissing NARIC verwacht',
  dueOn: '2027-03-10',
  daysLeft: 9,
  url: 'https://wegwijs.example/app/cases/1',
  clientName: 'Must not appear',
};

describe('deadline reminder mail', () => {
  it('says what is due, when and in which case, in Dutch', () => {
    const mail = deadlineReminderMail.renderUnknown('tr', data, brand);
    expect(mail.locale).toBe('nl');
    expect(mail.subject).toBe('Termijn nadert: Beslissing NARIC verwacht (D-2027-000012)');
    expect(mail.text).toContain('uiterlijk woensdag 10 maart 2027');
    expect(mail.text).toContain('Nog 9 dagen.');
    expect(mail.text).not.toContain('Must not appear');
  });

  it('words a deadline of today and one already past', () => {
    expect(deadlineReminderMail.renderUnknown('nl', { ...data, daysLeft: 0 }, brand).text).toContain(
      'De termijn verstrijkt vandaag.',
    );
    expect(deadlineReminderMail.renderUnknown('nl', { ...data, daysLeft: -3 }, brand).text).toContain(
      'De termijn is 3 dagen geleden verstreken.',
    );
    expect(deadlineReminderMail.renderUnknown('nl', { ...data, daysLeft: 1 }, brand).text).toContain(
      'Nog 1 dag.',
    );
  });

  it('formats a due day without a time zone shift', () => {
    expect(formatDueOn('2027-01-01')).toBe('vrijdag 1 januari 2027');
  });
});

describe('reminder days', () => {
  it('takes the key’s own value, else the default', () => {
    expect(daysBefore(DEFAULT_REMINDER_DAYS, 'missing_documents')).toBe(30);
    expect(daysBefore(DEFAULT_REMINDER_DAYS, 'appeal_due')).toBe(7);
    expect(ReminderDaysSchema.safeParse({ naric_decision: 14 }).success).toBe(false);
    expect(ReminderDaysSchema.safeParse({ default: -1 }).success).toBe(false);
  });

  it('counts whole calendar days', () => {
    expect(daysBetween('2027-03-01', '2027-03-10')).toBe(9);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2); // across the change to summer time
    expect(daysBetween('2027-03-10', '2027-03-01')).toBe(-9);
  });
});
