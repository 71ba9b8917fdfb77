import { demoId } from '../../../platform/demo/demo-ids.ts';
import type { Random } from '../../../platform/demo/index.ts';
import type { scholarshipScores } from '../scholarships/scholarships.tables.ts';
import { type CaseSpec, SCHOLARSHIP_RECIPES } from './recipes.ts';

/* The UCT scholarship applications of the demo: when they came in per call, and the committee's scores. */

export type DemoCall = { id: string; opensOn: string; closesOn: string; awardedOn?: string };

const DAY = 86_400_000;
const agoOf = (now: Date, day: string): number =>
  Math.max(0, Math.floor((now.getTime() - new Date(`${day}T12:00:00Z`).getTime()) / DAY));

/** A range of days ago, never negative, low end first. */
const span = (a: number, b: number): readonly [number, number] => [
  Math.max(0, Math.min(a, b)),
  Math.max(0, a, b),
];

export function scholarshipSpecs(now: Date, calls: { current: DemoCall; previous: DemoCall }): CaseSpec[] {
  const today = now.toISOString().slice(0, 10);
  const current = calls.current;
  const [currentEnd = today] = [current.closesOn, today].sort();
  return SCHOLARSHIP_RECIPES.map((recipe): CaseSpec => {
    const base = { type: 'scholarship' as const, path: recipe.path, count: recipe.count };
    if (recipe.call === 'current') {
      const window = [agoOf(now, currentEnd), agoOf(now, current.opensOn)] as const;
      // Checked (complete or rejected) some days after it came in, counted back from that day.
      if (recipe.path.length > 1)
        return { ...base, ago: span(window[0] - 20, window[1] - 30), callId: current.id };
      return { ...base, opened: window, ago: window, callId: current.id };
    }
    const previous = calls.previous;
    const awarded = previous.awardedOn ?? previous.closesOn;
    const ago = recipe.path.includes('approved')
      ? ([agoOf(now, '2026-06-30'), agoOf(now, '2026-01-20')] as const)
      : ([agoOf(now, awarded), agoOf(now, awarded)] as const);
    return {
      ...base,
      opened: span(agoOf(now, previous.closesOn), agoOf(now, previous.opensOn)),
      ago,
      callId: previous.id,
    };
  });
}

/** The committee's scores: the scorers each score most complete applications of the current call. */
export function addScores(
  plan: {
    cases: readonly { id: string; status: string; fields?: Record<string, unknown> }[];
    scores: (typeof scholarshipScores.$inferInsert)[];
  },
  scorers: readonly string[],
  random: Random,
  now: Date,
  callId: string,
): void {
  const complete = plan.cases.filter((row) => row.status === 'complete' && row.fields?.callId === callId);
  for (const row of complete) {
    for (const scorerId of scorers) {
      if (!random.chance(0.85)) continue;
      const scores = { motivation: random.int(4, 10), need: random.int(3, 10), prospects: random.int(4, 10) };
      const at = new Date(now.getTime() - random.int(1, 10) * DAY);
      plan.scores.push({
        id: demoId(`cases:score:${row.id}:${scorerId}`),
        caseId: row.id,
        scorerId,
        scores,
        total: scores.motivation + scores.need + scores.prospects,
        comment: random.chance(0.3) ? 'Sterke motivatie, duidelijk doel.' : null,
        createdAt: at,
        updatedAt: at,
      });
    }
  }
}
