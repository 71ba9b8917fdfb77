import {
  CancellationKindSchema,
  type InterpretingRequestView,
  RequestStatusSchema,
} from '../../../../contracts/interpreting-requests.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { hasPermission } from '../../../platform/identity/permissions.ts';
import {
  type ActiveInterpreter,
  activeInterpreters,
  type RequestRow,
  seriesSizes,
} from './requests.repository.ts';

/** Who looks: staff see everything; a requester and an interpreter see less of the other party. */
export type Viewer = 'staff' | 'requester' | 'interpreter';

export function viewerOf(actor: Actor): Viewer {
  if (hasPermission(actor.roles, 'interpreting.dispatch')) return 'staff';
  if (hasPermission(actor.roles, 'interpreting.request')) return 'requester';
  return 'interpreter';
}

type Extras = { seriesSize: number | null; interpreter: ActiveInterpreter | null };

function interpreterView(found: ActiveInterpreter | null, viewer: Viewer) {
  if (!found) return null;
  // A requester knows the interpreter by first name and code only; ids are for the dispatch screens.
  const shown = { code: found.code, givenName: found.givenName };
  return viewer === 'staff'
    ? { ...shown, interpreterId: found.interpreterId, assignmentId: found.assignmentId }
    : shown;
}

function cancellationView(row: RequestRow, viewer: Viewer) {
  if (!row.cancelledAt || !row.cancellationKind) return null;
  return {
    at: row.cancelledAt.toISOString(),
    by: viewer === 'interpreter' ? null : row.cancelledBy,
    kind: CancellationKindSchema.parse(row.cancellationKind),
    reason: row.cancellationReason,
    waived: row.cancellationWaived,
    interpreterOnTheWay: row.interpreterOnTheWay,
  };
}

/** The answer shape of one request; never the raw row. */
export function toRequestView(row: RequestRow, extras: Extras, viewer: Viewer): InterpretingRequestView {
  const location = row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null;
  const series =
    row.seriesId && row.seriesIndex !== null
      ? { id: row.seriesId, index: row.seriesIndex, count: extras.seriesSize ?? 1 }
      : null;
  return {
    id: row.id,
    reference: row.reference,
    status: RequestStatusSchema.parse(row.status),
    organisationId: row.organisationId,
    unitId: row.unitId,
    requestedBy: viewer === 'interpreter' ? null : row.requestedBy,
    mode: row.mode,
    language: row.language,
    variant: row.variant,
    direction: row.direction,
    alternativeLanguages: row.alternativeLanguages,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    durationMinutes: Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000),
    alternativeSlots: row.alternativeSlots,
    address: row.address,
    room: row.room,
    accessNotes: row.accessNotes,
    location,
    phoneNumber: row.phoneNumber,
    videoLink: row.videoLink,
    sector: row.sector,
    conversationType: row.conversationType,
    specialism: row.specialism,
    sameGender: row.sameGender,
    participants: row.participants,
    clientReference: row.clientReference,
    preparationNotes: row.preparationNotes,
    preferredInterpreterId: row.preferredInterpreterId,
    costCentre: row.costCentre,
    urgent: row.urgent,
    priority: row.priority,
    series,
    interpreter: interpreterView(extras.interpreter, viewer),
    cancellation: cancellationView(row, viewer),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Views of many rows with two extra queries (series sizes, active interpreters), not one per row. */
export async function toRequestViews(
  db: Db,
  rows: RequestRow[],
  viewer: Viewer,
): Promise<InterpretingRequestView[]> {
  const seriesIds = [...new Set(rows.flatMap((row) => (row.seriesId ? [row.seriesId] : [])))];
  const [sizes, active] = await Promise.all([
    seriesSizes(db, seriesIds),
    activeInterpreters(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  const byRequest = new Map(active.map((found) => [found.requestId, found]));
  return rows.map((row) =>
    toRequestView(
      row,
      {
        seriesSize: row.seriesId ? (sizes.get(row.seriesId) ?? null) : null,
        interpreter: byRequest.get(row.id) ?? null,
      },
      viewer,
    ),
  );
}

export async function toOneView(db: Db, row: RequestRow, viewer: Viewer): Promise<InterpretingRequestView> {
  const [view] = await toRequestViews(db, [row], viewer);
  if (!view) throw new Error('a view for one row answered none');
  return view;
}
