import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { entityColumns, timestamptz } from '../../../platform/db/index.ts';
import { users } from '../../../platform/identity/identity.tables.ts';
import { cases } from '../cases.tables.ts';

/**
 * A UCT scholarship call: one academic year, a budget, the grant per course. Applications are
 * cases of type `scholarship` whose fields name the call. The eligibility criteria are the
 * effective-dated parameter `cases.scholarship.rules`, read on the day of the application.
 * `awardedAt` is set once, by compare-and-set, when the committee's ranking is awarded.
 */
export const scholarshipCalls = pgTable(
  'scholarship_calls',
  {
    ...entityColumns,
    /** 2026-2027 */
    academicYear: text().notNull(),
    title: text().notNull(),
    budgetCents: integer().notNull(),
    /** What one grant pays per course (UCT list price minus the price on grant). */
    grantCents: integer().notNull(),
    opensOn: date().notNull(),
    closesOn: date().notNull(),
    /** draft | open | closed | awarded */
    status: text().notNull().default('draft'),
    /** The budget given out by the award (never above budgetCents: a CHECK). */
    awardedCents: integer().notNull().default(0),
    awardedAt: timestamptz(),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex('scholarship_calls_year_title_key').on(t.academicYear, t.title),
    check('scholarship_calls_status_check', sql`${t.status} IN ('draft','open','closed','awarded')`),
    check('scholarship_calls_budget_check', sql`${t.awardedCents} <= ${t.budgetCents}`),
    check('scholarship_calls_dates_check', sql`${t.closesOn} >= ${t.opensOn}`),
  ],
);

/** One committee member's scores for one application; the ranking averages the members' totals. */
export const scholarshipScores = pgTable(
  'scholarship_scores',
  {
    ...entityColumns,
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    scorerId: uuid()
      .notNull()
      .references(() => users.id),
    /** criterion → points, e.g. { motivation: 8, need: 7, prospects: 9 } */
    scores: jsonb().$type<Record<string, number>>().notNull(),
    total: integer().notNull(),
    comment: text(),
  },
  (t) => [
    uniqueIndex('scholarship_scores_case_scorer_key').on(t.caseId, t.scorerId),
    index('scholarship_scores_case_idx').on(t.caseId),
  ],
);
