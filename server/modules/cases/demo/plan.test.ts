import { describe, expect, it } from 'vitest';
import {
  CASE_FIELD_SCHEMAS,
  CASE_STATUSES,
  CASE_TYPES,
  isClosedStatus,
} from '../../../../contracts/case-types.ts';
import { planCasesDemo } from './plan.ts';

const refs = {
  teams: { north: '00000000-0000-4000-8000-000000000001', south: '00000000-0000-4000-8000-000000000002' },
  counsellors: {
    north: '00000000-0000-4000-8000-000000000011',
    south: '00000000-0000-4000-8000-000000000012',
  },
  scorers: ['00000000-0000-4000-8000-000000000021', '00000000-0000-4000-8000-000000000022'],
  partners: { cvo: '00000000-0000-4000-8000-000000000031', hvn: '00000000-0000-4000-8000-000000000032' },
};
const calls = {
  current: { id: '00000000-0000-4000-8000-000000000041', opensOn: '2026-06-01', closesOn: '2026-09-30' },
  previous: {
    id: '00000000-0000-4000-8000-000000000042',
    opensOn: '2025-06-01',
    closesOn: '2025-09-30',
    awardedOn: '2025-10-15',
  },
};

describe('the demo case plan', () => {
  // A weekday morning, a Saturday before dawn, a day while the 2026-2027 call is still open, a later year.
  const days = [
    '2026-11-27T09:00:00Z',
    '2027-03-06T05:00:00Z',
    '2026-07-15T12:00:00Z',
    '2028-01-10T16:30:00Z',
  ];

  it.each(days)('is valid on %s: fields, statuses, closing dates, times in order and not ahead', (day) => {
    const now = new Date(day);
    const plan = planCasesDemo(now, refs, calls);
    expect(plan.cases.length).toBeGreaterThanOrEqual(220);
    expect(new Set(plan.cases.map((row) => row.type))).toEqual(new Set(CASE_TYPES));
    for (const row of plan.cases) {
      const type = row.type as (typeof CASE_TYPES)[number];
      expect(CASE_FIELD_SCHEMAS[type].strict().safeParse(row.fields).success).toBe(true);
      expect(Object.keys(CASE_STATUSES[type])).toContain(row.status);
      expect(Boolean(row.closedAt)).toBe(isClosedStatus(type, row.status));
      expect(row.openedAt.getTime()).toBeLessThan(now.getTime());
    }
    const byCase = new Map<string, Date[]>();
    for (const step of plan.history)
      byCase.set(step.caseId, [...(byCase.get(step.caseId) ?? []), step.at as Date]);
    for (const times of byCase.values()) {
      for (let i = 1; i < times.length; i++) expect((times[i] as Date) > (times[i - 1] as Date)).toBe(true);
      expect((times.at(-1) as Date) <= now).toBe(true);
    }
    for (const appointment of plan.appointments) expect(appointment.endsAt > appointment.startsAt).toBe(true);
  });

  it('is the same on every run for the same day', () => {
    const now = new Date(days[0] as string);
    const a = planCasesDemo(now, refs, calls);
    const b = planCasesDemo(now, refs, calls);
    expect(b.cases).toEqual(a.cases);
    expect(new Set(a.cases.map((row) => row.id)).size).toBe(a.cases.length);
    expect(new Set(a.people.map((row) => row.id)).size).toBe(a.people.length);
  });

  it('opens most cases within the last 18 months and keeps deadlines rule-made', () => {
    const now = new Date(days[0] as string);
    const plan = planCasesDemo(now, refs, calls);
    const limit = new Date(now);
    limit.setUTCMonth(limit.getUTCMonth() - 18);
    const recent = plan.cases.filter((row) => row.openedAt >= limit).length;
    expect(recent / plan.cases.length).toBeGreaterThan(0.9);
    const keys = new Set(plan.tasks.flatMap((task) => (task.deadlineKey ? [task.deadlineKey] : [])));
    for (const key of ['naric_decision', 'missing_documents', 'school_start']) expect(keys).toContain(key);
  });
});
