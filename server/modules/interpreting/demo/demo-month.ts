import { demoId } from '../../../platform/demo/demo-ids.ts';
import type { Random } from '../../../platform/demo/index.ts';
import type { LocalDate } from '../brussels-time.ts';
import { cancellation, openOffers, placeFields, timesheetRow, wonOffers } from './demo-month-records.ts';
import {
  at,
  conversationFor,
  type Diary,
  demoDays,
  eligibleFor,
  LANGUAGE_DEMAND,
  pickMode,
  type Session,
  SLOT_STARTS,
  specialismFor,
  travelBefore,
  weightedPick,
} from './demo-month-rules.ts';
import type {
  AssignmentRow,
  Candidate,
  DemoMonth,
  MonthInput,
  Outcome,
  Requester,
  RequestRow,
} from './demo-month-types.ts';

export type { DemoMonth, Requester } from './demo-month-types.ts';

const HOUR = 3_600_000;

/** A month of requests around the seed day, with non-overlapping assignments, offers and timesheets. */
export function demoMonth(input: MonthInput): DemoMonth {
  const month: DemoMonth = { requests: [], assignments: [], offers: [], timesheets: [] };
  const diary: Diary = new Map();
  let index = 0;
  for (const day of demoDays(input.today)) {
    const count = input.random.int(11, 16);
    for (let n = 0; n < count; n++) {
      // Most of what services ask for can be staffed; a second draw keeps the unstaffable ones a minority.
      const first = drawSession(input, day);
      const session = candidatesFor(input, diary, first).length > 0 ? first : drawSession(input, day);
      addRequest(input, month, diary, session, index++);
    }
  }
  return month;
}

function drawSession(
  input: MonthInput,
  day: { date: LocalDate; offset: number },
): Session & { requester: Requester } {
  const { random } = input;
  const requester = weightedPick(
    random,
    input.requesters.map((r) => [r, r.weight] as [Requester, number]),
  );
  const half = random.chance(0.55) ? 'am' : 'pm';
  const startMinute = random.pick(SLOT_STARTS[half]);
  const endMinute = startMinute + random.pick([60, 60, 90, 120]);
  return {
    requester,
    date: day.date,
    offset: day.offset,
    half,
    startMinute,
    endMinute,
    startsAt: at(day.date, startMinute),
    endsAt: at(day.date, endMinute),
    mode: pickMode(random),
    language: weightedPick(random, LANGUAGE_DEMAND),
    specialism: specialismFor(random, requester.sector),
    sameGender: random.chance(0.05) ? 'female' : null,
    location: { lat: requester.lat, lon: requester.lon },
  };
}

function outcomeFor(random: Random, offset: number, hasCandidate: boolean): Outcome {
  const roll = random.next();
  if (offset < 0) {
    if (roll < 0.04) return 'cancelled_free';
    if (!hasCandidate) return 'unfilled';
    return roll < 0.1 ? 'cancelled_late' : 'assigned';
  }
  if (roll < 0.06) return 'cancelled_free';
  if (!hasCandidate) return 'submitted';
  if (offset <= 2) return roll < 0.1 ? 'submitted' : 'assigned';
  if (roll < 0.26) return 'submitted';
  return roll < 0.4 ? 'offered' : 'assigned';
}

function candidatesFor(input: MonthInput, diary: Diary, session: Session): Candidate[] {
  return input.interpreters.flatMap((interpreter) => {
    if (!eligibleFor(interpreter, session, input.today)) return [];
    const travel = travelBefore(diary, interpreter.id, session);
    return travel === null ? [] : [{ interpreter, travel }];
  });
}

/** The demo interpreter account gets a good share, so its portal has a full diary. */
function choose(random: Random, candidates: readonly Candidate[]): Candidate {
  const first = candidates.find((c) => c.interpreter.key === 'interpreter:0');
  return first && random.chance(0.5) ? first : random.pick(candidates);
}

function addRequest(
  input: MonthInput,
  month: DemoMonth,
  diary: Diary,
  session: Session & { requester: Requester },
  index: number,
): void {
  const { random } = input;
  const candidates = candidatesFor(input, diary, session);
  const outcome = outcomeFor(random, session.offset, candidates.length > 0);
  const request = requestRow(input, session, index, outcome);
  month.requests.push(request);
  if (outcome === 'offered') {
    month.offers.push(...openOffers(input, request, candidates));
    return;
  }
  if (outcome !== 'assigned' && outcome !== 'cancelled_late') return;
  const chosen = choose(random, candidates);
  const key = `${session.date}|${session.half}`;
  const own = diary.get(chosen.interpreter.id) ?? new Map();
  own.set(key, { endsAt: session.endsAt, location: session.mode === 'on_site' ? session.location : null });
  diary.set(chosen.interpreter.id, own);
  const assignment = assignmentRow(input, request, session, chosen, outcome === 'cancelled_late');
  month.assignments.push(assignment);
  if (assignment.source === 'offer') month.offers.push(...wonOffers(request, chosen, candidates));
  const timesheet = outcome === 'assigned' ? timesheetRow(input, request, session, chosen, assignment) : null;
  if (timesheet) {
    month.timesheets.push(timesheet);
    request.status = timesheet.status === 'approved' ? 'approved' : 'performed';
  }
}

function requestRow(
  input: MonthInput,
  session: Session & { requester: Requester },
  index: number,
  outcome: Outcome,
): RequestRow {
  const { random, requester } = { random: input.random, requester: session.requester };
  const createdAt = new Date(
    Math.min(
      session.startsAt.getTime() - random.int(3, 12) * 24 * HOUR,
      input.now.getTime() - random.int(2, 30) * HOUR,
    ),
  );
  const unitIndex = requester.unitIds.length ? random.int(0, requester.unitIds.length - 1) : -1;
  const cancelled = outcome === 'cancelled_free' || outcome === 'cancelled_late';
  const conversationType = conversationFor(random, requester.sector);
  const isHospital = requester.key === 'hospital';
  return {
    id: demoId(`interpreting:request:${index}`),
    createdAt,
    updatedAt: createdAt,
    organisationId: requester.organisationId,
    unitId: requester.unitIds[unitIndex] ?? null,
    costCentre: requester.units[unitIndex]?.[1] ?? null,
    requestedBy: isHospital ? input.requesterUserId : null,
    status: cancelled ? 'cancelled' : outcome,
    mode: session.mode,
    language: session.language.language,
    variant: session.language.variant || null,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    ...placeFields(random, session, requester.address, index),
    sector: requester.sector,
    conversationType,
    specialism: session.specialism,
    sameGender: session.sameGender,
    participants: random.int(2, 4),
    clientReference: `K-${random.int(1, 12)}`,
    urgent: session.offset >= 0 && session.offset <= 1 && random.chance(0.2),
    priority: conversationType === 'bad_news' ? 2 : 1,
    offerRound: outcome === 'offered' ? 1 : 0,
    confirmedAt: outcome === 'assigned' ? new Date(createdAt.getTime() + 4 * HOUR) : null,
    ...(cancelled ? cancellation(input, session, outcome, isHospital) : {}),
  };
}

function assignmentRow(
  input: MonthInput,
  request: RequestRow,
  session: Session,
  chosen: Candidate,
  cancelled: boolean,
): AssignmentRow {
  const decided = new Date(
    Math.min((request.createdAt as Date).getTime() + 3 * HOUR, input.now.getTime() - HOUR),
  );
  return {
    id: demoId(`interpreting:assignment:${request.id}`),
    createdAt: decided,
    updatedAt: decided,
    requestId: request.id as string,
    interpreterId: chosen.interpreter.id,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    travelBeforeMinutes: chosen.travel,
    busyFrom: new Date(session.startsAt.getTime() - chosen.travel * 60_000),
    status: cancelled ? 'cancelled' : 'active',
    source: input.random.chance(0.5) ? 'offer' : 'assigned',
    sequence: cancelled ? 1 : 0,
  };
}
