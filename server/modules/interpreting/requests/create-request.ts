import type { CreateInterpretingRequest } from '../../../../contracts/interpreting-requests.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { brusselsDate } from '../brussels-time.ts';
import { geocodeAddress } from '../geo/postcodes.ts';
import { notifyInterpreting } from '../mail/notify.ts';
import { type RequestRuleParams, validateInterpretingRequest } from '../request-rules.ts';
import type { Occurrence } from '../series.ts';
import { type Created, queueAutoOffers, refuseBrokenRules } from './request-effects.ts';
import { loadRequestRules } from './request-params.ts';
import { toOneView, viewerOf } from './request-view.ts';
import {
  findUnit,
  insertRequests,
  insertSeries,
  lockRequestingOrganisation,
  type NewRequestRow,
  nextRequestNumber,
  type RequestRow,
} from './requests.repository.ts';

const URGENT_PRIORITY = 2;

/** The booking organisation: the requester's own; staff name one (or book for their own). */
function organisationFor(actor: Actor, staff: boolean, asked: string | undefined): string {
  if (asked && !staff && asked !== actor.organisationId) {
    throw new AppError('COMMON.FORBIDDEN', 'a requester books for her own organisation only');
  }
  const organisationId = asked ?? actor.organisationId;
  if (organisationId) return organisationId;
  if (staff) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'name the organisation the booking is for', {
      fieldErrors: [{ path: 'organisationId', message: 'required when booking for an organisation' }],
    });
  }
  // An account without an organisation is a citizen's: only organisations book interpreters.
  throw new AppError('INTERPRETING.ORGANISATION_NOT_ELIGIBLE', 'only organisations can book an interpreter');
}

/** Only an organisation with an active, signed cooperation agreement books; the row stays share-locked. */
async function requireEligible(tx: Db, organisationId: string, today: string): Promise<void> {
  const found = await lockRequestingOrganisation(tx, organisationId);
  if (!found?.active || !found.agreementSignedOn || found.agreementSignedOn > today) {
    throw new AppError(
      'INTERPRETING.ORGANISATION_NOT_ELIGIBLE',
      'the organisation has no active, signed cooperation agreement for interpreting',
    );
  }
}

async function unitCostCentre(tx: Db, unitId: string | undefined, organisationId: string) {
  if (!unitId) return null;
  const unit = await findUnit(tx, unitId);
  if (unit?.organisationId !== organisationId) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'the unit is not part of the organisation', {
      fieldErrors: [{ path: 'unitId', message: 'not a unit of this organisation' }],
    });
  }
  return unit.costCentre;
}

type RowBase = Omit<NewRequestRow, 'reference' | 'startsAt' | 'endsAt' | 'seriesIndex'>;

function baseRow(
  input: CreateInterpretingRequest,
  actor: Actor,
  organisationId: string,
  extra: { seriesId: string | null; costCentre: string | null },
): RowBase {
  const nonDutch = input.language === 'nl' ? input.counterpartLanguage : input.language;
  const location = input.mode === 'on_site' && input.address ? geocodeAddress(input.address) : null;
  return {
    organisationId,
    unitId: input.unitId ?? null,
    requestedBy: actor.id,
    status: 'submitted',
    mode: input.mode,
    language: nonDutch,
    variant: input.variant ?? null,
    direction: input.direction,
    alternativeLanguages: input.alternativeLanguages,
    alternativeSlots: input.alternativeSlots.map((slot) => ({ start: new Date(slot.start).toISOString() })),
    seriesId: extra.seriesId,
    address: input.address ?? null,
    room: input.room ?? null,
    accessNotes: input.accessNotes ?? null,
    lat: location?.lat ?? null,
    lon: location?.lon ?? null,
    phoneNumber: input.phoneNumber ?? null,
    videoLink: input.videoLink ?? null,
    sector: input.sector,
    conversationType: input.conversationType,
    specialism: input.specialism ?? null,
    sameGender: input.sameGender ?? null,
    participants: input.participants ?? null,
    clientReference: input.clientReference,
    preparationNotes: input.preparationNotes ?? null,
    preferredInterpreterId: input.preferredInterpreterId ?? null,
    costCentre: input.costCentre ?? extra.costCentre,
    urgent: input.urgent,
    priority: input.urgent ? URGENT_PRIORITY : 1,
  };
}

async function insertOccurrences(tx: Db, base: RowBase, occurrences: Occurrence[], now: Date) {
  const year = brusselsDate(now).slice(0, 4);
  const rows: NewRequestRow[] = [];
  for (const occurrence of occurrences) {
    const number = await nextRequestNumber(tx);
    rows.push({
      ...base,
      reference: `T-${year}-${String(number).padStart(6, '0')}`,
      startsAt: new Date(occurrence.start),
      endsAt: new Date(occurrence.end),
      seriesIndex: base.seriesId ? occurrence.index : null,
    });
  }
  const inserted = await insertRequests(tx, rows);
  // RETURNING order is not promised: answer the occurrences in series order.
  return inserted.sort((a, b) => (a.seriesIndex ?? 0) - (b.seriesIndex ?? 0));
}

type Booking = { rows: RequestRow[]; occurrences: Occurrence[] };

export type BookingSetting = {
  actor: Actor;
  staff: boolean;
  rules: RequestRuleParams;
  now: Date;
  organisationId: string;
};

/**
 * The booking inside the caller's transaction (the rules were read before it: PGlite runs one
 * transaction at a time). The caller starts the automatic offer rounds after its commit.
 */
export async function bookInTransaction(
  tx: Db,
  platform: Platform,
  ctx: RequestContext,
  input: CreateInterpretingRequest,
  setting: BookingSetting,
): Promise<Booking> {
  const { actor, staff, rules, now, organisationId } = setting;
  await requireEligible(tx, organisationId, brusselsDate(now));
  const check = validateInterpretingRequest(input, rules, { now, mayMarkUrgent: staff });
  if (!check.ok) refuseBrokenRules(check.code, check.errors);
  const costCentre = await unitCostCentre(tx, input.unitId, organisationId);
  const seriesId = input.recurrence ? await insertSeries(tx, organisationId, input.recurrence) : null;
  const base = baseRow(input, actor, organisationId, { seriesId, costCentre });
  const rows = await insertOccurrences(tx, base, check.occurrences, now);
  for (const row of rows) {
    await recordAudit(tx, ctx, {
      action: 'interpreting_request.created',
      entity: 'interpreting_request',
      entityId: row.id,
      after: row,
    });
  }
  // One "request received" mail per booking: the mail reads the series from the first request.
  const [first] = rows;
  if (first) await notifyInterpreting(tx, platform, ctx, { kind: 'request_received', requestId: first.id });
  return { rows, occurrences: check.occurrences };
}

async function book(
  platform: Platform,
  ctx: RequestContext,
  input: CreateInterpretingRequest,
  setting: Omit<BookingSetting, 'organisationId'>,
): Promise<Booking> {
  const organisationId = organisationFor(setting.actor, setting.staff, input.organisationId);
  return platform.database.db.transaction((tx) =>
    bookInTransaction(tx, platform, ctx, input, { ...setting, organisationId }),
  );
}

/**
 * Books an interpreter: one request, or one per occurrence of a series. The rules in force today
 * decide; automatic offer rounds start after the commit.
 */
export async function createInterpretingRequest(
  platform: Platform,
  ctx: RequestContext,
  input: CreateInterpretingRequest,
): Promise<Created> {
  const actor = requirePermission(ctx, 'interpreting.request');
  const staff = hasPermission(actor.roles, 'interpreting.dispatch');
  if (input.urgent && !staff) {
    throw new AppError('INTERPRETING.URGENT_NOT_ALLOWED', 'call the service in a crisis', {
      fieldErrors: [{ path: 'urgent', message: 'only a dispatcher may mark a request urgent' }],
    });
  }
  const now = new Date();
  const rules = await loadRequestRules(platform.params, now);
  const { rows, occurrences } = await book(platform, ctx, input, { actor, staff, rules, now });
  queueAutoOffers(
    platform,
    rows.map((row) => row.id),
  );
  const [first] = rows;
  if (!first) throw new Error('a booking created no request');
  return {
    ...(await toOneView(platform.database.db, first, viewerOf(actor))),
    occurrences: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      start: row.startsAt.toISOString(),
      end: row.endsAt.toISOString(),
      onClosedDay: occurrences[row.seriesIndex ?? 0]?.onClosedDay ?? false,
    })),
  };
}
