import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entityColumns, timestamptz } from '../db/columns.ts';

export type LanguageSkill = { code: string; level: string };

/** Organisations: requesters, partners, self-organisations, schools — shared by every module. */
export const organisations = pgTable(
  'organisations',
  {
    ...entityColumns,
    name: text().notNull(),
    type: text().notNull(),
    sector: text(),
    kboNumber: text(),
    street: text(),
    postcode: text(),
    city: text(),
  },
  (t) => [
    uniqueIndex('organisations_kbo_number_key').on(t.kboNumber),
    index('organisations_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

/** People: clients, volunteers, contacts. The least data a module needs; special categories live elsewhere. */
export const people = pgTable(
  'people',
  {
    ...entityColumns,
    givenName: text().notNull(),
    familyName: text().notNull(),
    email: text(),
    phone: text(),
    street: text(),
    postcode: text(),
    city: text(),
    preferredLanguage: text().notNull().default('nl'),
    languages: jsonb().$type<LanguageSkill[]>().notNull().default([]),
  },
  (t) => [
    index('people_full_name_trgm').using('gin', sql`(${t.givenName} || ' ' || ${t.familyName}) gin_trgm_ops`),
  ],
);

export const teams = pgTable('teams', {
  ...entityColumns,
  name: text().notNull().unique(),
});

export const users = pgTable(
  'users',
  {
    ...entityColumns,
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    locale: text().notNull().default('nl'),
    organisationId: uuid().references(() => organisations.id),
    teamId: uuid().references(() => teams.id),
    personId: uuid().references(() => people.id),
    active: boolean().notNull().default(true),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamptz(),
    oidcSubject: text(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_oidc_subject_key').on(t.oidcSubject),
  ],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz().notNull(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

export const passwordResetTokens = pgTable('password_reset_tokens', {
  tokenHash: text().primaryKey(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: timestamptz().notNull().defaultNow(),
  expiresAt: timestamptz().notNull(),
  usedAt: timestamptz(),
});
