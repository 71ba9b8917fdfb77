import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entityColumns, timestamptz } from '../../platform/db/index.ts';
import { storedFiles } from '../../platform/files/files.tables.ts';
import { users } from '../../platform/identity/identity.tables.ts';

/**
 * One year's Offerfeest. The regime says how the agency helps that year: `slots` (registration for
 * a slot at a contracted slaughterhouse, as until 2018) or `reimbursement` (the slaughter cost paid
 * back on the invoice, since 2019). `info` holds the portal's information text per language.
 */
export const offerfeestEditions = pgTable(
  'offerfeest_editions',
  {
    ...entityColumns,
    year: smallint().notNull(),
    feastStart: date().notNull(),
    feastEnd: date().notNull(),
    /** The sperperiode: every home slaughter is banned in the city. */
    blockingStart: date().notNull(),
    blockingEnd: date().notNull(),
    /** Languages of the communication (flyer, portal, mails): at least nl, ar, fr, tr, en. */
    languages: text().array().notNull(),
    /** slots | reimbursement */
    regime: text().notNull(),
    registrationOpensAt: timestamptz(),
    registrationClosesAt: timestamptz(),
    /** The fixed amount paid back per household (reimbursement regime). */
    reimbursementCents: integer().notNull().default(0),
    /** Registrations and claims are anonymised this many months after the feast's last day. */
    anonymiseAfterMonths: smallint().notNull().default(12),
    /** { [language]: { title, body } } for the portal's information page. */
    info: jsonb().$type<Record<string, { title: string; body: string }>>().notNull().default({}),
    anonymisedAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('offerfeest_editions_year_key').on(t.year),
    check('offerfeest_editions_regime', sql`${t.regime} in ('slots', 'reimbursement')`),
    check(
      'offerfeest_editions_days',
      sql`${t.feastEnd} >= ${t.feastStart} and ${t.blockingEnd} >= ${t.blockingStart}`,
    ),
  ],
);

/** A recognised slaughterhouse or temporary slaughter site the edition works with. */
export const offerfeestSites = pgTable(
  'offerfeest_sites',
  {
    ...entityColumns,
    editionId: uuid()
      .notNull()
      .references(() => offerfeestEditions.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    recognitionNumber: text(),
    address: text().notNull(),
    /** e.g. reversible electronarcosis; what the visitor is told. */
    stunningMethod: text().notNull(),
    /** Animals a day over all its slots: a pool per site and day (capacity module), besides each slot's. */
    dailyCapacity: integer().notNull(),
  },
  (t) => [index('offerfeest_sites_edition_idx').on(t.editionId)],
);

/** A time slot at a site. Its places are the capacity pool `offerfeest-slot:<id>`. */
export const offerfeestSlots = pgTable(
  'offerfeest_slots',
  {
    ...entityColumns,
    editionId: uuid()
      .notNull()
      .references(() => offerfeestEditions.id, { onDelete: 'cascade' }),
    siteId: uuid()
      .notNull()
      .references(() => offerfeestSites.id, { onDelete: 'cascade' }),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
  },
  (t) => [
    index('offerfeest_slots_edition_idx').on(t.editionId, t.startsAt),
    check('offerfeest_slots_times', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * A household's registration for a slot. Reveals religion (GDPR art. 9): only the Offerfeest role
 * reads it, and it is anonymised after the edition. The national register number is kept only as
 * a keyed pseudonym (`nrnPseudonym`), enough to refuse a second registration of the same person.
 */
export const offerfeestRegistrations = pgTable(
  'offerfeest_registrations',
  {
    ...entityColumns,
    editionId: uuid()
      .notNull()
      .references(() => offerfeestEditions.id, { onDelete: 'cascade' }),
    slotId: uuid()
      .notNull()
      .references(() => offerfeestSlots.id),
    /** Confirmation code on the QR (OF-XXXX-XXXX), scanned at the slaughterhouse. */
    code: text().notNull(),
    name: text(),
    phone: text(),
    email: text(),
    language: text().notNull(),
    nrnPseudonym: text(),
    /** sheep | goat | cattle */
    species: text().notNull(),
    animals: smallint().notNull(),
    /** Beslagnummer of the farm of origin: BE + 8 digits. */
    herdNumber: text(),
    /** confirmed | waitlisted | checked_in | no_show | cancelled */
    status: text().notNull(),
    waitlistedAt: timestamptz(),
    confirmedAt: timestamptz(),
    checkedInAt: timestamptz(),
    remindedAt: timestamptz(),
    anonymisedAt: timestamptz(),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex('offerfeest_registrations_code_key').on(t.code),
    // One registration per person per edition; a cancelled one no longer counts.
    uniqueIndex('offerfeest_registrations_person_key')
      .on(t.editionId, t.nrnPseudonym)
      .where(sql`${t.status} <> 'cancelled' and ${t.nrnPseudonym} is not null`),
    index('offerfeest_registrations_slot_idx').on(t.slotId, t.status, t.waitlistedAt),
    check('offerfeest_registrations_animals', sql`${t.animals} between 1 and 50`),
    check(
      'offerfeest_registrations_status',
      sql`${t.status} in ('confirmed', 'waitlisted', 'checked_in', 'no_show', 'cancelled')`,
    ),
  ],
);

/** A batch of approved claims paid by one SEPA credit transfer file (pain.001.001.03). */
export const offerfeestPaymentBatches = pgTable(
  'offerfeest_payment_batches',
  {
    ...entityColumns,
    editionId: uuid()
      .notNull()
      .references(() => offerfeestEditions.id, { onDelete: 'cascade' }),
    /** GrpHdr/MsgId: unique per debtor, so a bank refuses the same file twice. */
    messageId: text().notNull(),
    executionDate: date().notNull(),
    count: integer().notNull(),
    totalCents: integer().notNull(),
    /** The pain.001 XML as exported. */
    xml: text().notNull(),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [uniqueIndex('offerfeest_payment_batches_message_key').on(t.messageId)],
);

/**
 * A reimbursement claim (regime since 2019): the slaughterhouse invoice, the IBAN to pay, one per
 * household per edition (the national register number as a keyed pseudonym decides).
 */
export const offerfeestClaims = pgTable(
  'offerfeest_claims',
  {
    ...entityColumns,
    editionId: uuid()
      .notNull()
      .references(() => offerfeestEditions.id, { onDelete: 'cascade' }),
    /** Quoted by the claimant and in the transfer's remittance: OFC-2027-0042. */
    reference: text().notNull(),
    /** SHA-256 of the status code the claimant follows the claim with. */
    codeHash: text().notNull(),
    name: text(),
    address: text(),
    postcode: text(),
    email: text(),
    phone: text(),
    language: text().notNull(),
    nrnPseudonym: text(),
    iban: text(),
    /** The account holder's name as the bank knows it, in the SEPA Latin character set. */
    accountHolder: text(),
    invoiceFileId: uuid().references(() => storedFiles.id),
    slaughterhouse: text().notNull(),
    invoiceDate: date().notNull(),
    species: text().notNull(),
    animals: smallint().notNull(),
    invoiceCents: integer().notNull(),
    approvedCents: integer(),
    /** submitted | in_review | approved | rejected | paid */
    status: text().notNull(),
    rejectionReason: text(),
    reviewedBy: uuid().references(() => users.id),
    reviewedAt: timestamptz(),
    batchId: uuid().references(() => offerfeestPaymentBatches.id),
    paidAt: timestamptz(),
    anonymisedAt: timestamptz(),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex('offerfeest_claims_reference_key').on(t.reference),
    uniqueIndex('offerfeest_claims_code_key').on(t.codeHash),
    uniqueIndex('offerfeest_claims_household_key')
      .on(t.editionId, t.nrnPseudonym)
      .where(sql`${t.status} <> 'rejected' and ${t.nrnPseudonym} is not null`),
    index('offerfeest_claims_status_idx').on(t.editionId, t.status),
    check(
      'offerfeest_claims_status',
      sql`${t.status} in ('submitted', 'in_review', 'approved', 'rejected', 'paid')`,
    ),
    check('offerfeest_claims_amounts', sql`${t.invoiceCents} > 0 and coalesce(${t.approvedCents}, 0) >= 0`),
  ],
);
