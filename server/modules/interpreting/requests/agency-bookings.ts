import { STAFF_ROLES } from '../../../../contracts/identity.ts';
import type { InterpretingMode } from '../../../../contracts/interpreting.ts';
import {
  type CancellationKind,
  CancellationKindSchema,
  type CreateInterpretingRequest,
  type RequestStatus,
  RequestStatusSchema,
  UpdateInterpretingRequestSchema,
} from '../../../../contracts/interpreting-requests.ts';
import type { Actor, RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import type { Platform } from '../../../platform/platform.ts';
import { brusselsDate } from '../brussels-time.ts';
import { geocodeAddress } from '../geo/postcodes.ts';
import { agencyOrganisations, requireAgencyOrganisation } from './agency-organisation.ts';
import { type Cancellation, cancelLockedRequest } from './cancel-request.ts';
import { changeLockedRequest, detailPatch } from './change-request.ts';
import { bookInTransaction } from './create-request.ts';
import { isOpenStatus, queueAutoOffers } from './request-effects.ts';
import { loadCancellationRule, loadRequestRules } from './request-params.ts';
import {
  activeInterpreters,
  lockRequestOf,
  type RequestPatch,
  type RequestRow,
  requestsById,
} from './requests.repository.ts';

/** What another module shows of a booking it made for the agency: no requester, no client. */
export type AgencyRequestStatus = {
  requestId: string;
  reference: string;
  status: RequestStatus;
  start: string;
  end: string;
  cancellation: CancellationKind | null;
  /** First name and code only, as any requester sees her interpreter. */
  interpreter: { code: string; givenName: string } | null;
};

/** A moved or changed session: absent fields stay. */
export type AgencyRequestChange = {
  start?: string | undefined;
  durationMinutes?: number | undefined;
  mode?: InterpretingMode | undefined;
  address?: string | null | undefined;
  phoneNumber?: string | undefined;
  videoLink?: string | undefined;
};

/**
 * The agency as a requester, for a module that books interpreters for its own work (a case's
 * appointment). That module has authorised the caller (e.g. she may edit the case); the booking is
 * made for the agency's own requesting organisation, by the caller, under the rules of any
 * requester. Each call runs inside the caller's transaction, so its own write and the request stand
 * or fall together; `afterCommit` starts the offer rounds once that transaction has committed.
 */
export type AgencyRequester = {
  /** Books one session; answers the request's id. */
  book(tx: Db, input: CreateInterpretingRequest): Promise<string>;
  /** Moves or changes the session; a request no longer open (done, cancelled) is left alone. */
  change(tx: Db, requestId: string, change: AgencyRequestChange): Promise<void>;
  /** Cancels the session: free or late by the cancellation policy, as for any requester. */
  cancel(tx: Db, requestId: string, reason?: string): Promise<void>;
  afterCommit(): void;
};

function staffActor(ctx: RequestContext): Actor {
  const actor = ctx.actor;
  if (!actor) throw new AppError('COMMON.UNAUTHENTICATED');
  if (!actor.roles.some((role) => STAFF_ROLES.includes(role))) {
    throw new AppError('COMMON.FORBIDDEN', 'only agency staff book for the agency');
  }
  return actor;
}

/**
 * Prepares the agency as requester for one unit of work. The rules in force today are read here,
 * before the caller opens its transaction (PGlite runs one transaction at a time).
 */
export async function actForAgency(platform: Platform, ctx: RequestContext): Promise<AgencyRequester> {
  const actor = staffActor(ctx);
  const now = new Date();
  const [rules, cancellationRule, organisations] = await Promise.all([
    loadRequestRules(platform.params, now),
    loadCancellationRule(platform.params, now),
    agencyOrganisations(platform.params, brusselsDate(now)),
  ]);
  const staff = hasPermission(actor.roles, 'interpreting.dispatch');
  const setting = { actor, staff, rules, now };
  const toQueue: string[] = [];
  const lockOwn = async (tx: Db, requestId: string): Promise<RequestRow | null> => {
    const row = await lockRequestOf(tx, organisations.all, requestId);
    if (!row) throw new AppError('INTERPRETING.REQUEST_NOT_FOUND');
    return isOpenStatus(row.status) ? row : null;
  };
  return {
    async book(tx, input) {
      const organisationId = requireAgencyOrganisation(organisations);
      const { rows } = await bookInTransaction(tx, platform, ctx, input, { ...setting, organisationId });
      toQueue.push(...rows.map((row) => row.id));
      const [first] = rows;
      if (!first) throw new Error('a booking created no request');
      return first.id;
    },
    async change(tx, requestId, change) {
      const target = await lockOwn(tx, requestId);
      if (!target) return;
      const body = UpdateInterpretingRequestSchema.parse({
        scope: 'this',
        start: change.start,
        durationMinutes: change.durationMinutes,
        phoneNumber: change.phoneNumber,
        videoLink: change.videoLink,
      });
      const patch = { ...detailPatch(body, false), ...placePatch(change) };
      const { rematched } = await changeLockedRequest(tx, platform, ctx, target, { body, patch, setting });
      toQueue.push(...rematched);
    },
    async cancel(tx, requestId, reason) {
      const target = await lockOwn(tx, requestId);
      if (!target) return;
      const how: Cancellation = {
        kind: 'cancel',
        reason: reason ?? null,
        interpreterOnTheWay: false,
        rule: cancellationRule,
        now,
        actor,
      };
      await cancelLockedRequest(tx, platform, ctx, target, { scope: 'this', how });
    },
    afterCommit() {
      queueAutoOffers(platform, toQueue.splice(0));
    },
  };
}

/** Mode and address together: off site the address goes (the interpreter phones or joins a call). */
function placePatch(change: AgencyRequestChange): RequestPatch {
  const patch: RequestPatch = change.mode === undefined ? {} : { mode: change.mode };
  const address = change.mode !== undefined && change.mode !== 'on_site' ? null : change.address;
  if (address === undefined) return patch;
  const location = address === null ? null : geocodeAddress(address);
  return { ...patch, address, lat: location?.lat ?? null, lon: location?.lon ?? null };
}

/** The current state of the agency's bookings, by request id (for the module that holds the ids). */
export async function agencyRequestStatuses(
  db: Db,
  requestIds: readonly string[],
): Promise<Map<string, AgencyRequestStatus>> {
  const rows = await requestsById(db, requestIds);
  const interpreters = await activeInterpreters(
    db,
    rows.map((row) => row.id),
  );
  return new Map(
    rows.map((row) => {
      const found = interpreters.find((interpreter) => interpreter.requestId === row.id);
      const status: AgencyRequestStatus = {
        requestId: row.id,
        reference: row.reference,
        status: RequestStatusSchema.parse(row.status),
        start: row.startsAt.toISOString(),
        end: row.endsAt.toISOString(),
        cancellation: row.cancellationKind ? CancellationKindSchema.parse(row.cancellationKind) : null,
        interpreter: found ? { code: found.code, givenName: found.givenName } : null,
      };
      return [row.id, status];
    }),
  );
}
