import type { Random } from '../../../platform/demo/index.ts';
import type { LocalDate } from '../brussels-time.ts';
import type { assignments, interpretingRequests, offers, timesheets } from '../interpreting.tables.ts';
import type { DemoInterpreter } from './demo-interpreters.ts';
import type { DemoRequester } from './demo-organisations.ts';

export type RequestRow = Omit<typeof interpretingRequests.$inferInsert, 'reference'>;
export type AssignmentRow = typeof assignments.$inferInsert;
export type OfferRow = typeof offers.$inferInsert;
export type TimesheetRow = typeof timesheets.$inferInsert;
export type DemoMonth = {
  requests: RequestRow[];
  assignments: AssignmentRow[];
  offers: OfferRow[];
  timesheets: TimesheetRow[];
};

export type Requester = DemoRequester & { organisationId: string; unitIds: string[] };
export type MonthInput = {
  random: Random;
  today: LocalDate;
  now: Date;
  interpreters: readonly (DemoInterpreter & { id: string; userId: string | null })[];
  requesters: readonly Requester[];
  /** The demo requester account; it books the hospital's requests. */
  requesterUserId: string | null;
};

export type Outcome = 'assigned' | 'submitted' | 'offered' | 'cancelled_free' | 'cancelled_late' | 'unfilled';

export type Candidate = { interpreter: MonthInput['interpreters'][number]; travel: number };
