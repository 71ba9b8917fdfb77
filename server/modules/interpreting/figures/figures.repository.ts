import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/index.ts';

export type Period = { from: Date; to: Date };

/**
 * The requests of the period with what the figures need: hours come from the approved or
 * submitted timesheet (waiting time counts), else from the booked duration of a filled request.
 */
const PERIOD_REQUESTS = (period: Period) => sql`
  select r.id, r.status, r.language, r.sector, r.mode, r.organisation_id, o.name as organisation_name,
         r.cancellation_kind, r.created_at, r.confirmed_at,
         t.no_show,
         case
           when t.actual_start is not null and t.actual_end is not null
             then extract(epoch from (t.actual_end - t.actual_start)) / 3600 + coalesce(t.waiting_minutes, 0) / 60.0
           when a.id is not null then extract(epoch from (r.ends_at - r.starts_at)) / 3600
           else 0
         end as hours,
         (a.id is not null) as filled
  from interpreting_requests r
  join organisations o on o.id = r.organisation_id
  left join interpreting_assignments a on a.request_id = r.id and a.status = 'active'
  left join interpreting_timesheets t on t.assignment_id = a.id
  where r.starts_at >= ${period.from} and r.starts_at < ${period.to}`;

export type FigureRow = {
  id: string;
  status: string;
  language: string;
  sector: string;
  mode: string;
  organisation_id: string;
  organisation_name: string;
  cancellation_kind: string | null;
  created_at: Date | string;
  confirmed_at: Date | string | null;
  no_show: string | null;
  hours: number | string;
  filled: boolean;
};

export async function selectFigureRows(db: Db, period: Period): Promise<FigureRow[]> {
  return queryRows<FigureRow>(db, PERIOD_REQUESTS(period));
}
