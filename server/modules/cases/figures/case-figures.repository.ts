import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/index.ts';

/** The period as instants: [from 00:00, to + 1 day 00:00) on Brussels clocks. */
export type Period = { from: string; to: string; type: string | null };

const start = (day: string): SQL => sql`(${day}::date::timestamp at time zone 'Europe/Brussels')`;
const end = (day: string): SQL => sql`((${day}::date + 1)::timestamp at time zone 'Europe/Brussels')`;
const within = (column: SQL, p: Period): SQL =>
  sql`${column} >= ${start(p.from)} and ${column} < ${end(p.to)}`;
const ofType = (p: Period): SQL => (p.type ? sql`c.type = ${p.type}` : sql`true`);

export type CaseloadRow = { assigneeId: string | null; assigneeName: string | null; openCases: number };

/** Open cases now, per assignee. */
export async function selectCaseload(db: Db, p: Period): Promise<CaseloadRow[]> {
  return queryRows<CaseloadRow>(
    db,
    sql`select c.assignee_id as "assigneeId", u.name as "assigneeName", count(*)::int as "openCases"
        from cases c left join users u on u.id = c.assignee_id
        where c.closed_at is null and c.anonymised_at is null and ${ofType(p)}
        group by c.assignee_id, u.name
        order by count(*) desc, u.name nulls last`,
  );
}

export type TypeStatusRow = { type: string; status: string; cases: number };

/** Cases opened in the period, by type and current status. */
export async function selectOpenedByTypeAndStatus(db: Db, p: Period): Promise<TypeStatusRow[]> {
  return queryRows<TypeStatusRow>(
    db,
    sql`select c.type, c.status, count(*)::int as cases from cases c
        where ${within(sql`c.opened_at`, p)} and ${ofType(p)}
        group by c.type, c.status order by c.type, c.status`,
  );
}

/** Cases closed in the period, by type and closing status. */
export async function selectOutcomes(db: Db, p: Period): Promise<TypeStatusRow[]> {
  return queryRows<TypeStatusRow>(
    db,
    sql`select c.type, c.status, count(*)::int as cases from cases c
        where ${within(sql`c.closed_at`, p)} and ${ofType(p)}
        group by c.type, c.status order by c.type, c.status`,
  );
}

export type StayRow = {
  type: string;
  status: string;
  stays: number;
  ongoing: number;
  averageDays: number;
  medianDays: number;
};

/**
 * Stays in each status that began in the period: a history row lasts until the case's next row
 * (over its whole history, not just the period), or until `now` when it is the current one.
 */
export async function selectStays(db: Db, p: Period, now: Date): Promise<StayRow[]> {
  const days = sql`extract(epoch from (coalesce(s.next_at, ${now.toISOString()}::timestamptz) - s.at)) / 86400`;
  return queryRows<StayRow>(
    db,
    sql`with s as (
          select c.type, h.to_status as status, h.at,
                 lead(h.at) over (partition by h.case_id order by h.at, h.id) as next_at
          from case_status_history h join cases c on c.id = h.case_id
          where ${ofType(p)}
        )
        select s.type, s.status, count(*)::int as stays,
               (count(*) filter (where s.next_at is null))::int as ongoing,
               avg(${days})::float8 as "averageDays",
               (percentile_cont(0.5) within group (order by ${days}))::float8 as "medianDays"
        from s where ${within(sql`s.at`, p)}
        group by s.type, s.status order by s.type, s.status`,
  );
}

export type DeadlineRow = {
  deadlineKey: string;
  due: number;
  met: number;
  missedLate: number;
  missedOpen: number;
  pending: number;
};

/** Rule-made deadlines due in the period; done on a Brussels day after the due day is late. */
export async function selectDeadlines(db: Db, p: Period, today: string): Promise<DeadlineRow[]> {
  const doneDay = sql`(t.done_at at time zone 'Europe/Brussels')::date`;
  return queryRows<DeadlineRow>(
    db,
    sql`select t.deadline_key as "deadlineKey", count(*)::int as due,
               (count(*) filter (where t.done_at is not null and ${doneDay} <= t.due_on))::int as met,
               (count(*) filter (where t.done_at is not null and ${doneDay} > t.due_on))::int as "missedLate",
               (count(*) filter (where t.done_at is null and t.due_on < ${today}::date))::int as "missedOpen",
               (count(*) filter (where t.done_at is null and t.due_on >= ${today}::date))::int as pending
        from case_tasks t join cases c on c.id = t.case_id
        where t.deadline_key is not null and t.due_on between ${p.from}::date and ${p.to}::date and ${ofType(p)}
        group by t.deadline_key order by t.deadline_key`,
  );
}

export type ScholarshipRow = { callsAwarded: number; awardedCents: number; grants: number };

/** Calls awarded in the period, the budget they gave out, and their applications with a grant. */
export async function selectScholarshipAwards(db: Db, p: Period): Promise<ScholarshipRow> {
  const [row] = await queryRows<ScholarshipRow>(
    db,
    sql`with calls as (
          select id, awarded_cents from scholarship_calls where ${within(sql`awarded_at`, p)}
        )
        select (select count(*) from calls)::int as "callsAwarded",
               (select coalesce(sum(awarded_cents), 0) from calls)::int as "awardedCents",
               (select count(*) from cases c
                 where c.type = 'scholarship' and c.fields->>'callId' in (select id::text from calls)
                   and coalesce((c.fields->>'awardCents')::numeric, 0) > 0)::int as grants`,
  );
  return row ?? { callsAwarded: 0, awardedCents: 0, grants: 0 };
}
