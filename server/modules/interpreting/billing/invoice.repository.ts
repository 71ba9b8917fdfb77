import { and, asc, desc, eq, getTableColumns, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/context.ts';
import { type Db, queryRows } from '../../../platform/db/index.ts';
import { organisations } from '../../../platform/identity/identity.tables.ts';
import { rowScope } from '../../../platform/identity/scoping.ts';
import {
  assignments,
  charges,
  interpreters,
  interpretingRequests,
  invoices,
} from '../interpreting.tables.ts';
import type { ChargeRow, NewCharge } from './timesheet.repository.ts';

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceWithOrganisation = InvoiceRow & { organisationName: string };

/** A late cancellation not charged yet, with what its charge needs (the interpreter's home for travel). */
export type LateCancellation = {
  requestId: string;
  reference: string;
  startsAt: Date;
  mode: string;
  language: string;
  variant: string | null;
  costCentre: string | null;
  interpreterOnTheWay: boolean;
  lat: number | null;
  lon: number | null;
  homeLat: number | null;
  homeLon: number | null;
};

/** Billable late cancellations of an organisation up to `before` that have no charge yet. */
export async function unchargedLateCancellations(
  db: Db,
  organisationId: string,
  before: Date,
): Promise<LateCancellation[]> {
  return db
    .select({
      requestId: interpretingRequests.id,
      reference: interpretingRequests.reference,
      startsAt: interpretingRequests.startsAt,
      mode: interpretingRequests.mode,
      language: interpretingRequests.language,
      variant: interpretingRequests.variant,
      costCentre: interpretingRequests.costCentre,
      interpreterOnTheWay: interpretingRequests.interpreterOnTheWay,
      lat: interpretingRequests.lat,
      lon: interpretingRequests.lon,
      // The interpreter of the (now cancelled) assignment: the last one booked for the request. The
      // table is named in full because Drizzle writes select-list columns without their table.
      homeLat: sql<
        number | null
      >`(select i.home_lat from ${assignments} a join ${interpreters} i on i.id = a.interpreter_id
        where a.request_id = interpreting_requests.id order by a.created_at desc limit 1)`,
      homeLon: sql<
        number | null
      >`(select i.home_lon from ${assignments} a join ${interpreters} i on i.id = a.interpreter_id
        where a.request_id = interpreting_requests.id order by a.created_at desc limit 1)`,
    })
    .from(interpretingRequests)
    .where(
      and(
        eq(interpretingRequests.organisationId, organisationId),
        eq(interpretingRequests.status, 'cancelled'),
        eq(interpretingRequests.cancellationKind, 'late'),
        eq(interpretingRequests.cancellationWaived, false),
        sql`${interpretingRequests.startsAt} < ${before}`,
        sql`not exists (select 1 from ${charges} c where c.request_id = ${interpretingRequests.id}
          and c.kind = 'late_cancellation')`,
      ),
    );
}

/** Inserts a charge unless the request already has one of that kind (unique index); null then. */
export async function insertChargeOnce(db: Db, values: NewCharge): Promise<ChargeRow | null> {
  const [row] = await db.insert(charges).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/**
 * Keeps uninvoiced late-cancellation charges in step with their request: a waived, voided or
 * reinstated cancellation is not billed, whoever wrote the charge and whenever.
 */
export async function syncLateCancellationWaivers(db: Db, organisationId: string): Promise<void> {
  await db.execute(sql`update ${charges} c
    set waived = not (r.status = 'cancelled' and r.cancellation_kind = 'late' and not r.cancellation_waived),
        updated_at = now()
    from ${interpretingRequests} r
    where c.request_id = r.id and c.kind = 'late_cancellation' and c.invoice_id is null
      and c.organisation_id = ${organisationId}
      and c.waived is distinct from not (r.status = 'cancelled' and r.cancellation_kind = 'late' and not r.cancellation_waived)`);
}

/** Uninvoiced, non-waived charges of an organisation up to a day, locked for this transaction. */
export function lockInvoiceableCharges(
  db: Db,
  organisationId: string,
  lastDay: string,
): Promise<ChargeRow[]> {
  return db
    .select()
    .from(charges)
    .where(
      and(
        eq(charges.organisationId, organisationId),
        isNull(charges.invoiceId),
        eq(charges.waived, false),
        lte(charges.serviceDate, lastDay),
      ),
    )
    .orderBy(asc(charges.serviceDate), asc(charges.createdAt))
    .for('update');
}

export async function findInvoiceFor(
  db: Db,
  organisationId: string,
  quarter: string,
): Promise<InvoiceRow | null> {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.organisationId, organisationId), eq(invoices.quarter, quarter)));
  return row ?? null;
}

export async function nextInvoiceSequence(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select nextval('interpreting_invoice_number_seq')::int as n`,
  );
  const n = Number(row?.n);
  if (!Number.isInteger(n)) throw new Error('interpreting_invoice_number_seq gave no number');
  return n;
}

export async function insertInvoice(db: Db, values: typeof invoices.$inferInsert): Promise<InvoiceRow> {
  const [row] = await db.insert(invoices).values(values).returning();
  if (!row) throw new Error('insert into interpreting_invoices returned no row');
  return row;
}

/** Puts charges on an invoice; only those still uninvoiced (compare-and-set). */
export async function attachCharges(db: Db, invoiceId: string, chargeIds: string[]): Promise<number> {
  if (chargeIds.length === 0) return 0;
  const rows = await db
    .update(charges)
    .set({ invoiceId, updatedAt: sql`now()` })
    .where(and(inArray(charges.id, chargeIds), isNull(charges.invoiceId)))
    .returning({ id: charges.id });
  return rows.length;
}

/** Approved requests whose charges are now invoiced; cancelled ones keep their status. */
export async function markRequestsInvoiced(db: Db, requestIds: string[]): Promise<void> {
  if (requestIds.length === 0) return;
  await db
    .update(interpretingRequests)
    .set({ status: 'invoiced', updatedAt: sql`now()` })
    .where(and(inArray(interpretingRequests.id, requestIds), eq(interpretingRequests.status, 'approved')));
}

const invoiceColumns = {
  id: invoices.id,
  number: invoices.number,
  organisationId: invoices.organisationId,
  organisationName: organisations.name,
  quarter: invoices.quarter,
  periodStart: invoices.periodStart,
  periodEnd: invoices.periodEnd,
  totalCents: invoices.totalCents,
  lineCount: invoices.lineCount,
  issuedBy: invoices.issuedBy,
  createdAt: invoices.createdAt,
  updatedAt: invoices.updatedAt,
};

export type InvoiceFilter = {
  id?: string | undefined;
  organisationId?: string | undefined;
  quarter?: string | undefined;
};

/** Invoices the actor may see (billing staff all, a requester her organisation's), filtered. */
export function selectInvoices(
  db: Db,
  actor: Actor,
  filter: InvoiceFilter,
): Promise<InvoiceWithOrganisation[]> {
  const where = and(
    rowScope(actor, { organisationId: invoices.organisationId }),
    filter.id === undefined ? undefined : eq(invoices.id, filter.id),
    filter.organisationId === undefined ? undefined : eq(invoices.organisationId, filter.organisationId),
    filter.quarter === undefined ? undefined : eq(invoices.quarter, filter.quarter),
  );
  return db
    .select(invoiceColumns)
    .from(invoices)
    .innerJoin(organisations, eq(organisations.id, invoices.organisationId))
    .where(where)
    .orderBy(desc(invoices.quarter), asc(organisations.name))
    .limit(500);
}

export type InvoiceLineRow = ChargeRow & {
  reference: string | null;
  mode: string | null;
  language: string | null;
};

export function selectInvoiceLines(db: Db, invoiceId: string): Promise<InvoiceLineRow[]> {
  return db
    .select({
      ...getTableColumns(charges),
      reference: interpretingRequests.reference,
      mode: interpretingRequests.mode,
      language: interpretingRequests.language,
    })
    .from(charges)
    .leftJoin(interpretingRequests, eq(interpretingRequests.id, charges.requestId))
    .where(eq(charges.invoiceId, invoiceId))
    .orderBy(asc(charges.serviceDate), asc(interpretingRequests.reference), asc(charges.kind));
}
