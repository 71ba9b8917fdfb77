import { and, asc, eq } from 'drizzle-orm';
import {
  APPOINTMENT_MODALITIES,
  APPOINTMENT_STATUSES,
  type CaseAppointment,
  type CreateAppointment,
  type RequestAppointmentInterpreter,
  type UpdateAppointment,
} from '../../../../contracts/case-work.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { Platform } from '../../../platform/platform.ts';
import { actForAgency } from '../../interpreting/index.ts';
import { openCaseForWork, recordCaseEvent, touchCase } from '../case-access.ts';
import { caseAppointments } from '../cases.tables.ts';
import { buildAppointmentIcs } from './appointment-ics.ts';
import {
  concernsInterpreter,
  followAppointment,
  interpreterRequestInput,
  interpreterStatuses,
  requireInterpreterFree,
} from './appointment-interpreter.ts';
import { type Names, refOf, userNames } from './work.repository.ts';
import { actorOf, requireCaseWorker } from './work-guards.ts';

type AppointmentRow = typeof caseAppointments.$inferSelect;

const modalityOf = (value: string) => APPOINTMENT_MODALITIES.find((m) => m === value) ?? 'on_site';
const statusOf = (value: string) => APPOINTMENT_STATUSES.find((s) => s === value) ?? 'planned';

function toAppointment(
  row: AppointmentRow,
  names: Names,
  interpreters: Map<string, CaseAppointment['interpreter']>,
): CaseAppointment {
  return {
    id: row.id,
    caseId: row.caseId,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    location: row.location,
    modality: modalityOf(row.modality),
    counsellor: refOf(names, row.counsellorId),
    status: statusOf(row.status),
    sequence: row.sequence,
    notes: row.notes,
    interpretingRequestId: row.interpretingRequestId,
    interpreter: (row.interpretingRequestId && interpreters.get(row.interpretingRequestId)) || null,
    icsUrl: `/api/cases/${row.caseId}/appointments/${row.id}.ics`,
    createdAt: row.createdAt.toISOString(),
  };
}

async function viewOf(db: Db, rows: AppointmentRow[]): Promise<CaseAppointment[]> {
  const names = await userNames(
    db,
    rows.map((row) => row.counsellorId),
  );
  const interpreters = await interpreterStatuses(db, rows);
  return rows.map((row) => toAppointment(row, names, interpreters));
}

async function one(db: Db, row: AppointmentRow): Promise<CaseAppointment> {
  const [view] = await viewOf(db, [row]);
  if (!view) throw new Error('no view');
  return view;
}

export async function listAppointments(
  db: Db,
  ctx: RequestContext,
  caseId: string,
): Promise<CaseAppointment[]> {
  await openCaseForWork(db, ctx, caseId);
  const rows = await db
    .select()
    .from(caseAppointments)
    .where(eq(caseAppointments.caseId, caseId))
    .orderBy(asc(caseAppointments.startsAt));
  return viewOf(db, rows);
}

/**
 * Plans an appointment. With `interpreter`, the agency books an interpreting request through the
 * interpreting module (its rules: lead time, mode details) in the same transaction: both or neither.
 */
export async function createAppointment(
  platform: Platform,
  ctx: RequestContext,
  caseId: string,
  input: CreateAppointment,
): Promise<CaseAppointment> {
  const { db } = platform.database;
  const caseRow = await openCaseForWork(db, ctx, caseId, { write: true });
  const actor = actorOf(ctx);
  await requireCaseWorker(db, input.counsellorId, 'counsellorId');
  const request = input.interpreter
    ? interpreterRequestInput({
        caseReference: caseRow.reference,
        appointment: input,
        interpreter: input.interpreter,
      })
    : null;
  // Whoever may edit the case books for it, on the agency's behalf (decision 0012).
  const agency = request ? await actForAgency(platform, ctx) : null;
  const row = await db.transaction(async (tx) => {
    const interpretingRequestId = agency && request ? await agency.book(tx, request) : null;
    const [inserted] = await tx
      .insert(caseAppointments)
      .values({
        caseId,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        location: input.location ?? null,
        modality: input.modality,
        counsellorId: input.counsellorId ?? actor.id,
        notes: input.notes ?? null,
        interpretingRequestId,
      })
      .returning();
    if (!inserted) throw new Error('insert returned no row');
    await recordCaseEvent(tx, ctx, caseId, 'case.appointment.planned', {
      appointmentId: inserted.id,
      startsAt: inserted.startsAt,
      endsAt: inserted.endsAt,
      modality: inserted.modality,
      counsellorId: inserted.counsellorId,
      interpretingRequestId,
    });
    await touchCase(tx, caseId);
    return inserted;
  });
  agency?.afterCommit();
  return one(db, row);
}

function actionOf(input: UpdateAppointment): string {
  if (input.status === 'cancelled') return 'case.appointment.cancelled';
  if (input.startsAt !== undefined || input.endsAt !== undefined) return 'case.appointment.moved';
  return 'case.appointment.updated';
}

/** The new values, with the period checked as a whole; every change raises the SEQUENCE. */
function changesOf(row: AppointmentRow, input: UpdateAppointment): Partial<AppointmentRow> {
  if (row.status === 'cancelled') throw new AppError('CASE_WORK.APPOINTMENT_CLOSED');
  const startsAt = input.startsAt ? new Date(input.startsAt) : row.startsAt;
  const endsAt = input.endsAt ? new Date(input.endsAt) : row.endsAt;
  if (endsAt <= startsAt) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'the appointment must end after it starts', {
      fieldErrors: [{ path: 'endsAt', message: 'must be after startsAt' }],
    });
  }
  const changes: Partial<AppointmentRow> = {
    startsAt,
    endsAt,
    sequence: row.sequence + 1,
    updatedAt: new Date(),
  };
  if (input.location !== undefined) changes.location = input.location;
  if (input.modality !== undefined) changes.modality = input.modality;
  if (input.counsellorId !== undefined) changes.counsellorId = input.counsellorId;
  if (input.notes !== undefined) changes.notes = input.notes;
  if (input.status !== undefined) changes.status = input.status;
  return changes;
}

/** The appointment's interpreting request, read before the transaction that changes it. */
async function bookedRequest(db: Db, ids: { caseId: string; aid: string }): Promise<string | null> {
  const [row] = await db
    .select({ requestId: caseAppointments.interpretingRequestId })
    .from(caseAppointments)
    .where(and(eq(caseAppointments.id, ids.aid), eq(caseAppointments.caseId, ids.caseId)));
  return row?.requestId ?? null;
}

/**
 * Moves, changes or cancels an appointment; its interpreting request follows in the same
 * transaction, so a change the interpreting rules refuse (e.g. inside the lead time) changes nothing.
 */
export async function updateAppointment(
  platform: Platform,
  ctx: RequestContext,
  ids: { caseId: string; aid: string },
  input: UpdateAppointment,
): Promise<CaseAppointment> {
  const { db } = platform.database;
  await openCaseForWork(db, ctx, ids.caseId, { write: true });
  await requireCaseWorker(db, input.counsellorId, 'counsellorId');
  const follows = concernsInterpreter(input) && (await bookedRequest(db, ids)) !== null;
  const agency = follows ? await actForAgency(platform, ctx) : null;
  const row = await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(caseAppointments)
      .where(and(eq(caseAppointments.id, ids.aid), eq(caseAppointments.caseId, ids.caseId)))
      .for('update');
    if (!current) throw new AppError('CASE_WORK.APPOINTMENT_NOT_FOUND');
    const [updated] = await tx
      .update(caseAppointments)
      .set(changesOf(current, input))
      .where(eq(caseAppointments.id, current.id))
      .returning();
    if (!updated) throw new AppError('CASE_WORK.APPOINTMENT_NOT_FOUND');
    if (agency) await followAppointment(tx, agency, { before: current, after: updated, input });
    await recordCaseEvent(tx, ctx, ids.caseId, actionOf(input), {
      appointmentId: updated.id,
      startsAt: updated.startsAt,
      endsAt: updated.endsAt,
      status: updated.status,
      sequence: updated.sequence,
      interpretingRequestId: updated.interpretingRequestId,
    });
    await touchCase(tx, ids.caseId);
    return updated;
  });
  agency?.afterCommit();
  return one(db, row);
}

/**
 * Books an interpreter for an appointment already planned, as the create path does (decision 0012):
 * mode, time, duration and place from the appointment. Refused (409) when it already holds a request,
 * is cancelled, done or past; 404 for another case's appointment. The request then follows it.
 */
export async function requestInterpreter(
  platform: Platform,
  ctx: RequestContext,
  ids: { caseId: string; aid: string },
  input: RequestAppointmentInterpreter,
): Promise<CaseAppointment> {
  const { db } = platform.database;
  const caseRow = await openCaseForWork(db, ctx, ids.caseId, { write: true });
  const where = and(eq(caseAppointments.id, ids.aid), eq(caseAppointments.caseId, ids.caseId));
  const [found] = await db.select().from(caseAppointments).where(where);
  if (!found) throw new AppError('CASE_WORK.APPOINTMENT_NOT_FOUND');
  requireInterpreterFree(found);
  const request = interpreterRequestInput({
    caseReference: caseRow.reference,
    appointment: {
      startsAt: found.startsAt.toISOString(),
      endsAt: found.endsAt.toISOString(),
      location: found.location ?? undefined,
      modality: modalityOf(found.modality),
    },
    interpreter: input,
  });
  const agency = await actForAgency(platform, ctx);
  const row = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(caseAppointments).where(where).for('update');
    if (!current) throw new AppError('CASE_WORK.APPOINTMENT_NOT_FOUND');
    // Checked again under the lock: a second click or a cancellation in between is refused.
    requireInterpreterFree(current);
    const interpretingRequestId = await agency.book(tx, request);
    const [updated] = await tx
      .update(caseAppointments)
      .set({ interpretingRequestId, updatedAt: new Date() })
      .where(eq(caseAppointments.id, current.id))
      .returning();
    if (!updated) throw new AppError('CASE_WORK.APPOINTMENT_NOT_FOUND');
    await recordCaseEvent(tx, ctx, ids.caseId, 'case.appointment.interpreter_requested', {
      appointmentId: updated.id,
      interpretingRequestId,
      interpreter: 'requested',
    });
    await touchCase(tx, ids.caseId);
    return updated;
  });
  agency.afterCommit();
  return one(db, row);
}

/** The appointment as an .ics file (text/calendar), naming the case by its reference only. */
export async function appointmentIcs(
  db: Db,
  ctx: RequestContext,
  ids: { caseId: string; aid: string },
): Promise<{ filename: string; body: string }> {
  const caseRow = await openCaseForWork(db, ctx, ids.caseId);
  const [row] = await db
    .select()
    .from(caseAppointments)
    .where(and(eq(caseAppointments.id, ids.aid), eq(caseAppointments.caseId, ids.caseId)));
  if (!row) throw new AppError('CASE_WORK.APPOINTMENT_NOT_FOUND');
  const body = buildAppointmentIcs({ ...row, caseReference: caseRow.reference });
  return { filename: `afspraak-${caseRow.reference}.ics`, body };
}
