import { z } from 'zod';
import type { ErrorSpec } from './problem.ts';

export const DayPlanCreateSchema = z.object({
  day: z.iso.date().describe('Brussels date to plan, e.g. 2027-01-12'),
  timeLimitSeconds: z.number().min(0.5).max(20).default(3.5).describe('Budget for the MIP solver'),
});

export const DayPlanItemSchema = z.object({
  requestId: z.uuid(),
  reference: z.string(),
  language: z.string(),
  start: z.string(),
  end: z.string(),
  priority: z.number().int(),
  interpreterId: z.uuid().nullable(),
  interpreterCode: z.string().nullable(),
  /** Why this interpreter, or why nobody: in Dutch, the staff app's language, with interpreter codes. */
  reason: z.string(),
});

export const DayPlanSchema = z.object({
  id: z.uuid(),
  day: z.string(),
  status: z.enum(['draft', 'published']),
  engine: z.string(),
  engineReason: z.string(),
  totals: z.object({
    requests: z.number().int(),
    filled: z.number().int(),
    weightedFilled: z.number(),
    homeTravelMinutes: z.number(),
    maxLoadMinutes: z.number(),
    /** The MIP's proven upper bound on the weighted fill, when the solver ran. */
    weightedFillBound: z.number().nullable(),
  }),
  items: z.array(DayPlanItemSchema),
  /** Problems of the current (possibly edited) plan; publishing needs none. */
  violations: z.array(z.object({ requestId: z.string(), interpreterId: z.string(), detail: z.string() })),
  publishedAt: z.string().nullable(),
});
export type DayPlan = z.infer<typeof DayPlanSchema>;

export const DayPlanEditSchema = z.object({
  changes: z
    .array(z.object({ requestId: z.uuid(), interpreterId: z.uuid().nullable() }))
    .min(1)
    .max(500),
});

export const DayPlanPublishSchema = z.object({
  as: z.enum(['assignments', 'offers']).default('assignments'),
});

export const DayPlanPublishResultSchema = z.object({
  plan: DayPlanSchema,
  results: z.array(
    z.object({
      requestId: z.uuid(),
      interpreterId: z.uuid(),
      outcome: z.enum(['assigned', 'offered', 'refused']),
      detail: z.string().nullable(),
    }),
  ),
});

export const interpretingPlanningErrors = {
  'INTERPRETING.PLAN_NOT_FOUND': { status: 404, title: 'Day plan not found' },
  'INTERPRETING.PLAN_PUBLISHED': { status: 409, title: 'This day plan is already published' },
  'INTERPRETING.PLAN_INFEASIBLE': { status: 409, title: 'The edited plan breaks a rule; fix it first' },
  'INTERPRETING.PLAN_UNKNOWN_REQUEST': { status: 400, title: 'That request is not part of this day plan' },
} as const satisfies Record<string, ErrorSpec>;
