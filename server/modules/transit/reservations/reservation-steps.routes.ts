import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import {
  CheckInSchema,
  CheckOutSchema,
  ConfirmReservationSchema,
  EndReservationSchema,
  EvictSchema,
  ExtendSchema,
  type ReservationDetail,
  ReservationDetailSchema,
  SettleSchema,
  StepVersionSchema,
} from '../../../../contracts/transit.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import {
  cancelReservation,
  checkIn,
  confirmReservation,
  holdReservation,
  markNoShow,
} from './arrival-steps.ts';
import { checkOut, evict, extendStay, settle } from './departure-steps.ts';
import { type TransitDeps, transitDeps } from './deps.ts';

const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const IdParams = z.object({ id: z.string().uuid() });

type Step<S extends z.ZodType> = {
  path: string;
  summary: string;
  body: S;
  run: (deps: TransitDeps, ctx: RequestContext, id: string, body: z.infer<S>) => Promise<ReservationDetail>;
};

const step = <S extends z.ZodType>(s: Step<S>) => s;

const STEPS = [
  step({
    path: 'hold',
    summary: 'requested → provisional: takes places and pitches again',
    body: StepVersionSchema,
    run: holdReservation,
  }),
  step({
    path: 'confirm',
    summary: 'provisional → confirmed: travellers and the prepayment',
    body: ConfirmReservationSchema,
    run: confirmReservation,
  }),
  step({
    path: 'check-in',
    summary: 'confirmed → checked_in: a start reading for every pitch, the deposit',
    body: CheckInSchema,
    run: checkIn,
  }),
  step({
    path: 'check-out',
    summary: 'checked_in|extended → checked_out: end readings, the final bill',
    body: CheckOutSchema,
    run: checkOut,
  }),
  step({
    path: 'settle',
    summary: 'checked_out|evicted → settled: the balance paid or paid back',
    body: SettleSchema,
    run: settle,
  }),
  step({
    path: 'cancel',
    summary: 'requested|provisional|confirmed → cancelled: frees pitches and places',
    body: EndReservationSchema,
    run: cancelReservation,
  }),
  step({
    path: 'no-show',
    summary: 'provisional|confirmed → no_show: frees pitches and places',
    body: EndReservationSchema,
    run: markNoShow,
  }),
  step({
    path: 'extend',
    summary: 'A later departure on the same pitches (at most the maximum stay)',
    body: ExtendSchema,
    run: extendStay,
  }),
  step({
    path: 'evict',
    summary: 'checked_in|extended → evicted: frees the nights after today, the final bill',
    body: EvictSchema,
    run: evict,
  }),
];

/** The steps of a reservation's life, each a compare-and-set on its status (409 when not allowed). */
export const reservationStepRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const deps = transitDeps(platform);
  for (const s of STEPS) {
    app.post(
      `/transit/reservations/:id/${s.path}`,
      {
        schema: {
          tags: ['transit'],
          summary: s.summary,
          params: IdParams,
          body: s.body,
          response: { 200: ReservationDetailSchema, 409: ProblemSchema, 422: ProblemSchema, ...refusals },
        },
      },
      async (request) => {
        requirePermission(request.ctx, 'transit.manage');
        return s.run(deps, request.ctx, request.params.id, request.body);
      },
    );
  }
};
