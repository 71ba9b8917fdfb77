import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CasePersonRole } from '../../../contracts/cases.ts';
import { entityColumns, timestamptz } from '../../platform/db/index.ts';
import { storedFiles } from '../../platform/files/files.tables.ts';
import { organisations, people, teams, users } from '../../platform/identity/identity.tables.ts';

/**
 * A case (dossier): one file of work about one client or one request. The type decides which
 * `fields` it holds (validated by the type's zod schema in code), its statuses and transitions.
 * `version` grows with every change, so a transition is a compare-and-set.
 */
export const cases = pgTable(
  'cases',
  {
    ...entityColumns,
    /** Human reference quoted on the phone and in letters: D-2026-000123. */
    reference: text().notNull(),
    /** guidance | education_question | higher_education | diploma_recognition | scholarship */
    type: text().notNull(),
    title: text().notNull(),
    status: text().notNull(),
    statusChangedAt: timestamptz().notNull().defaultNow(),
    /** The owning team: row scoping for counsellors. A transfer moves it. */
    teamId: uuid().references(() => teams.id),
    assigneeId: uuid().references(() => users.id),
    /** The type's own fields (zod-checked); after anonymisation only the counted ones remain. */
    fields: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** The language the client reads (letters, mails, status page). */
    language: text().notNull().default('nl'),
    /** staff | portal */
    origin: text().notNull().default('staff'),
    /** SHA-256 of the status code a portal applicant follows the case with; the code itself is never stored. */
    publicCodeHash: text(),
    openedAt: timestamptz().notNull().defaultNow(),
    closedAt: timestamptz(),
    anonymisedAt: timestamptz(),
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex('cases_reference_key').on(t.reference),
    uniqueIndex('cases_public_code_key').on(t.publicCodeHash),
    index('cases_type_status_idx').on(t.type, t.status),
    index('cases_team_idx').on(t.teamId),
    index('cases_assignee_idx').on(t.assigneeId),
    index('cases_closed_idx').on(t.closedAt),
    index('cases_title_trgm').using('gin', sql`${t.title} gin_trgm_ops`),
    check(
      'cases_type_check',
      sql`${t.type} IN ('guidance','education_question','higher_education','diploma_recognition','scholarship')`,
    ),
    check('cases_origin_check', sql`${t.origin} IN ('staff','portal')`),
  ],
);

/** The people a case is about (client, parent, child, applicant); several per case. */
export const casePeople = pgTable(
  'case_people',
  {
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    /** client | parent | child | applicant | partner | other */
    role: text().$type<CasePersonRole>().notNull().default('client'),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.personId] }), index('case_people_person_idx').on(t.personId)],
);

/** Every status a case passed through: time spent in each status for the figures. */
export const caseStatusHistory = pgTable(
  'case_status_history',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fromStatus: text(),
    toStatus: text().notNull(),
    at: timestamptz().notNull().defaultNow(),
    actorId: uuid().references(() => users.id),
    reason: text(),
  },
  (t) => [index('case_status_history_case_idx').on(t.caseId, t.at)],
);

/**
 * Tasks with a due date and an assignee. `deadlineKey` marks a task the case type's rules made
 * (e.g. diploma_decision_due): one per key per case, recomputed when the dates change.
 */
export const caseTasks = pgTable(
  'case_tasks',
  {
    ...entityColumns,
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    dueOn: date(),
    assigneeId: uuid().references(() => users.id),
    deadlineKey: text(),
    /** When a reminder for this deadline was sent (so the job sends it once). */
    remindedAt: timestamptz(),
    doneAt: timestamptz(),
    doneBy: uuid().references(() => users.id),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [
    index('case_tasks_case_idx').on(t.caseId),
    index('case_tasks_open_due_idx').on(t.dueOn).where(sql`${t.doneAt} IS NULL`),
    uniqueIndex('case_tasks_deadline_key').on(t.caseId, t.deadlineKey),
  ],
);

/** Notes; `confidential` ones are read only by their author, the case's assignee and managers. */
export const caseNotes = pgTable(
  'case_notes',
  {
    ...entityColumns,
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    /** standard | confidential */
    confidentiality: text().notNull().default('standard'),
    authorId: uuid().references(() => users.id),
  },
  (t) => [
    index('case_notes_case_idx').on(t.caseId),
    check('case_notes_confidentiality_check', sql`${t.confidentiality} IN ('standard','confidential')`),
  ],
);

/** Documents kept in a case; `checklistItem` ties one to a checklist line (diploma recognition). */
export const caseDocuments = pgTable(
  'case_documents',
  {
    ...entityColumns,
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fileId: uuid()
      .notNull()
      .references(() => storedFiles.id),
    title: text().notNull(),
    checklistItem: text(),
    addedBy: uuid().references(() => users.id),
  },
  (t) => [index('case_documents_case_idx').on(t.caseId)],
);

/** Appointments with the client; `sequence` grows with every change for the .ics (RFC 5545). */
export const caseAppointments = pgTable(
  'case_appointments',
  {
    ...entityColumns,
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    location: text(),
    /** on_site | phone | video */
    modality: text().notNull().default('on_site'),
    counsellorId: uuid().references(() => users.id),
    /** The interpreting request booked for it, when an interpreter is needed. */
    interpretingRequestId: uuid(),
    /** planned | done | cancelled | no_show */
    status: text().notNull().default('planned'),
    sequence: integer().notNull().default(0),
    notes: text(),
  },
  (t) => [
    index('case_appointments_case_idx').on(t.caseId),
    index('case_appointments_counsellor_idx').on(t.counsellorId, t.startsAt),
    check('case_appointments_period_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * Referrals to partner organisations (the case is shared, ownership stays) and transfers to
 * another team (ownership moves: `toTeamId`).
 */
export const caseReferrals = pgTable(
  'case_referrals',
  {
    ...entityColumns,
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** referral | transfer */
    kind: text().notNull(),
    organisationId: uuid().references(() => organisations.id),
    fromTeamId: uuid().references(() => teams.id),
    toTeamId: uuid().references(() => teams.id),
    reason: text(),
    /** sent | accepted | declined | completed */
    status: text().notNull().default('sent'),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [
    index('case_referrals_case_idx').on(t.caseId),
    check('case_referrals_kind_check', sql`${t.kind} IN ('referral','transfer')`),
    check(
      'case_referrals_target_check',
      sql`(${t.kind} = 'referral' AND ${t.organisationId} IS NOT NULL) OR (${t.kind} = 'transfer' AND ${t.toTeamId} IS NOT NULL)`,
    ),
  ],
);

/** The contact log: phone calls, visits, mails. */
export const caseContacts = pgTable(
  'case_contacts',
  {
    ...entityColumns,
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** phone | visit | mail | video */
    channel: text().notNull(),
    /** in | out */
    direction: text().notNull().default('in'),
    at: timestamptz().notNull().defaultNow(),
    summary: text().notNull(),
    minutes: integer(),
    byUserId: uuid().references(() => users.id),
  },
  (t) => [index('case_contacts_case_idx').on(t.caseId, t.at)],
);

/** A counsellor's saved list filters ("my open diploma files"). */
export const caseSavedFilters = pgTable(
  'case_saved_filters',
  {
    ...entityColumns,
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    query: jsonb().$type<Record<string, string>>().notNull(),
  },
  (t) => [uniqueIndex('case_saved_filters_name_key').on(t.userId, t.name)],
);

/** Yearly counters behind the human references (D-2026-000123): one row per year, bumped in the transaction. */
export const caseReferenceCounters = pgTable('case_reference_counters', {
  year: integer().primaryKey(),
  last: integer().notNull().default(0),
});
