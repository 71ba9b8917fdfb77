import { demoId } from '../../../platform/demo/demo-ids.ts';
import type { Random } from '../../../platform/demo/index.ts';
import { haversineKm } from '../travel.ts';
import type { Session } from './demo-month-rules.ts';
import type {
  AssignmentRow,
  Candidate,
  MonthInput,
  OfferRow,
  Outcome,
  RequestRow,
  TimesheetRow,
} from './demo-month-types.ts';

const HOUR = 3_600_000;

export function placeFields(
  random: Random,
  session: Session,
  address: string,
  index: number,
): Partial<RequestRow> {
  if (session.mode === 'phone') {
    return { phoneNumber: `+32 9 ${random.int(200, 399)} ${random.int(10, 99)} ${random.int(10, 99)}` };
  }
  if (session.mode === 'video')
    return { videoLink: `https://video.demo.wegwijs.test/r/${index.toString(36)}` };
  return {
    address,
    room: random.chance(0.5) ? `Lokaal ${random.int(1, 40)}` : null,
    lat: session.location.lat,
    lon: session.location.lon,
  };
}

export function cancellation(
  input: MonthInput,
  session: Session,
  outcome: Outcome,
  isHospital: boolean,
): Partial<RequestRow> {
  const late = outcome === 'cancelled_late';
  // Late: after 10:00 on the day before; free: days ahead (never after the seed moment).
  const at = late ? session.startsAt.getTime() - 18 * HOUR : session.startsAt.getTime() - 4 * 24 * HOUR;
  return {
    cancelledAt: new Date(Math.min(at, input.now.getTime() - HOUR)),
    cancelledBy: isHospital ? input.requesterUserId : null,
    cancellationKind: late ? 'late' : 'free',
    cancellationReason: late ? 'Cliënt gisteren afgemeld, te laat doorgegeven' : 'Afspraak verplaatst',
  };
}

export function openOffers(
  input: MonthInput,
  request: RequestRow,
  candidates: readonly Candidate[],
): OfferRow[] {
  const first = candidates.filter((c) => c.interpreter.key === 'interpreter:0');
  const others = candidates.filter((c) => c.interpreter.key !== 'interpreter:0').slice(0, 3 - first.length);
  const expiresAt = new Date(
    Math.max(input.now.getTime() + 24 * HOUR, (request.createdAt as Date).getTime()),
  );
  return [...first, ...others].map((c) => ({
    id: demoId(`interpreting:offer:${request.id}:${c.interpreter.id}`),
    createdAt: request.createdAt,
    requestId: request.id as string,
    interpreterId: c.interpreter.id,
    round: 1,
    status: 'open',
    expiresAt,
  }));
}

export function wonOffers(
  request: RequestRow,
  chosen: Candidate,
  candidates: readonly Candidate[],
): OfferRow[] {
  const created = request.createdAt as Date;
  const runnerUp = candidates.find((c) => c.interpreter.id !== chosen.interpreter.id);
  return [chosen, ...(runnerUp ? [runnerUp] : [])].map((c, n) => ({
    id: demoId(`interpreting:offer:${request.id}:${c.interpreter.id}`),
    createdAt: created,
    requestId: request.id as string,
    interpreterId: c.interpreter.id,
    round: 1,
    status: n === 0 ? 'accepted' : 'filled',
    expiresAt: new Date(created.getTime() + 24 * HOUR),
    respondedAt: new Date(created.getTime() + 2 * HOUR),
  }));
}

/** Past jobs: the interpreter reported them; older ones were approved now and then. */
export function timesheetRow(
  input: MonthInput,
  request: RequestRow,
  session: Session,
  chosen: Candidate,
  assignment: AssignmentRow,
): TimesheetRow | null {
  const { random } = input;
  if (session.offset >= 0 || (session.offset >= -2 && random.chance(0.5))) return null;
  const approved = session.offset <= -5 && random.chance(0.25);
  const home = { lat: chosen.interpreter.homeLat, lon: chosen.interpreter.homeLon };
  const km = request.mode === 'on_site' ? Math.round(haversineKm(home, session.location) * 20) / 10 : 0;
  const late = random.chance(0.15) ? random.int(10, 20) : 0;
  const submittedAt = new Date(session.endsAt.getTime() + random.int(1, 20) * HOUR);
  return {
    assignmentId: assignment.id as string,
    actualStart: new Date(session.startsAt.getTime() + late * 60_000),
    actualEnd: new Date(session.endsAt.getTime() + random.int(-10, 15) * 60_000),
    waitingMinutes: late,
    kilometres: km,
    noShow: null,
    status: approved ? 'approved' : 'submitted',
    submittedAt,
    submittedBy: chosen.interpreter.userId,
    reviewedAt: approved ? addHours(submittedAt, 30) : null,
    notes: null,
  };
}

const addHours = (instant: Date, hours: number): Date => new Date(instant.getTime() + hours * HOUR);
