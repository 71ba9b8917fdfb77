import { SCORE_CRITERIA, type ScoreInput, type ScoreResult } from '../../../../contracts/scholarships.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { requirePermission } from '../../../platform/identity/index.ts';
import { recordCaseEvent, touchCase } from '../case-access.ts';
import { type ScoreRow, scoreStats, upsertScore } from './applications.repository.ts';
import { lockApplication } from './applications.service.ts';

/** Only undecided applications are scored: after the award the ranking is history. */
const SCORABLE = new Set(['submitted', 'complete']);

function toScore(row: ScoreRow) {
  return {
    caseId: row.caseId,
    scorerId: row.scorerId,
    scores: row.scores,
    total: row.total,
    comment: row.comment,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * `PUT /applications/{caseId}/score`: one row per committee member (a second PUT replaces hers).
 * The committee scores every application of the call, whichever team holds the case, so no team
 * scope applies; the response carries scores only, never the file.
 */
export async function scoreApplication(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  input: ScoreInput,
): Promise<ScoreResult> {
  const actor = requirePermission(ctx, 'scholarships.score');
  const scores = Object.fromEntries(SCORE_CRITERIA.map((criterion) => [criterion, input.scores[criterion]]));
  const total = SCORE_CRITERIA.reduce((sum, criterion) => sum + input.scores[criterion], 0);
  const row = await db.transaction(async (tx) => {
    const application = await lockApplication(tx, caseId);
    if (!SCORABLE.has(application.status)) throw new AppError('SCHOLARSHIPS.NOT_SCORABLE');
    const saved = await upsertScore(tx, {
      caseId,
      scorerId: actor.id,
      scores,
      total,
      comment: input.comment ?? null,
    });
    // The comment stays out of the timeline: it is the member's own judgement of a person.
    await recordCaseEvent(tx, ctx, caseId, 'case.scholarship.scored', { scorerId: actor.id, scores, total });
    await touchCase(tx, caseId);
    return saved;
  });
  const stats = (await scoreStats(db, [caseId])).get(caseId);
  return {
    score: toScore(row),
    scoresCount: stats?.count ?? 1,
    averageTotal: Math.round((stats?.average ?? total) * 100) / 100,
  };
}
