import type { EligibilityExplanation } from '../../../../contracts/interpreting.ts';
import type { RankedCandidate } from '../../../../contracts/interpreting-dispatch.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { Platform } from '../../../platform/platform.ts';
import type { Failure } from '../eligibility.ts';
import { type Candidate, explainIneligibility, type MatchParams, matchInterpreters } from '../matching.ts';
import { candidatesInAlternativeSlots } from './alternative-slots.ts';
import { matchParamsOn } from './dispatch-params.ts';
import {
  findRequest,
  type InterpreterScope,
  type LoadedMatchInput,
  loadMatchInput,
  loadMatchInputFor,
  type RequestRow,
} from './matching.repository.ts';

/** Ranked candidates for one request: the loader's input through the pure matcher. */

function withDirectory(loaded: LoadedMatchInput, candidates: readonly Candidate[]): RankedCandidate[] {
  return candidates.map((candidate) => {
    const entry = loaded.directory.get(candidate.interpreterId);
    return {
      ...candidate,
      interpreter: {
        code: entry?.code ?? '',
        name: entry?.name ?? '',
        languages: entry?.languages.map((l) => ({ ...l })) ?? [],
      },
    };
  });
}

/** `rankCandidates(db, params, requestId)`: null when the request does not exist. */
export async function rankCandidates(
  db: Db,
  params: MatchParams,
  requestId: string,
): Promise<RankedCandidate[] | null> {
  const loaded = await loadMatchInput(db, requestId);
  return loaded ? withDirectory(loaded, matchInterpreters(loaded, params).candidates) : null;
}

export async function requireRequest(db: Db, requestId: string): Promise<RequestRow> {
  const row = await findRequest(db, requestId);
  if (!row) throw new AppError('INTERPRETING.REQUEST_NOT_FOUND');
  return row;
}

/**
 * The candidates list of the dispatcher's screen, with the rules valid on the request's day; when
 * nobody fits the primary slot, the candidates of the alternative slots (each names its slot).
 */
export async function candidatesFor(platform: Platform, requestId: string): Promise<RankedCandidate[]> {
  const { db } = platform.database;
  const row = await requireRequest(db, requestId);
  const params = await matchParamsOn(db, row.startsAt);
  const loaded = await loadMatchInputFor(db, row, { kind: 'speakers' });
  const primary = withDirectory(loaded, matchInterpreters(loaded, params).candidates);
  if (primary.length > 0 || row.alternativeSlots.length === 0) return primary;
  return candidatesInAlternativeSlots(db, row, withDirectory);
}

/** Why one interpreter is (not) eligible; `db` may be a transaction holding the interpreter's lock. */
export async function failuresOf(
  db: Db,
  row: RequestRow,
  interpreterId: string,
  params: Pick<MatchParams, 'travel'>,
): Promise<Failure[]> {
  const loaded = await loadMatchInputFor(db, row, { kind: 'one', interpreterId });
  const [interpreter] = loaded.interpreters;
  if (!interpreter) throw new AppError('INTERPRETING.INTERPRETER_NOT_FOUND');
  return explainIneligibility(loaded.request, interpreter, loaded.assignments, params);
}

export async function explainCandidate(
  platform: Platform,
  requestId: string,
  interpreterId: string,
): Promise<EligibilityExplanation> {
  const { db } = platform.database;
  const row = await requireRequest(db, requestId);
  const failures = await failuresOf(db, row, interpreterId, await matchParamsOn(db, row.startsAt));
  return { interpreterId, eligible: failures.length === 0, failures };
}

/** Every active interpreter judged for the request: the eligible ones, then the rest with reasons. */
export async function explainAll(platform: Platform, requestId: string): Promise<EligibilityExplanation[]> {
  const { db } = platform.database;
  const row = await requireRequest(db, requestId);
  const scope: InterpreterScope = { kind: 'all' };
  const loaded = await loadMatchInputFor(db, row, scope);
  const outcome = matchInterpreters(loaded, await matchParamsOn(db, row.startsAt));
  return [
    ...outcome.candidates.map((c) => ({ interpreterId: c.interpreterId, eligible: true, failures: [] })),
    ...outcome.ineligible.map((i) => ({
      interpreterId: i.interpreterId,
      eligible: false,
      failures: i.failures,
    })),
  ];
}

/** Thrown with every failed rule, so the dispatcher sees why without asking again. */
export function notEligible(failures: readonly Failure[]): AppError {
  const rules = [...new Set(failures.map((f) => f.rule))];
  return new AppError('INTERPRETING.INTERPRETER_NOT_ELIGIBLE', `fails: ${rules.join(', ')}`, {
    fieldErrors: failures.map((f) => ({ path: `failures.${f.rule}`, message: JSON.stringify(f.params) })),
  });
}
