import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import {
  CreateReservationSchema,
  ReplaceTravellersSchema,
  ReservationDetailSchema,
  ReservationListQuerySchema,
  ReservationListSchema,
  ReservationSummarySchema,
} from '../../../../contracts/transit.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { createReservation } from './create-reservation.ts';
import { transitDeps } from './deps.ts';
import { reservationStepRoutes } from './reservation-steps.routes.ts';
import { getReservation, listReservations, replaceTravellers } from './reservations.service.ts';

const tags = ['transit'];
export const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
export const ReservationIdParamsSchema = z.object({ id: z.string().uuid() });

/** Reservations of the transit site: book, list, read; the steps register beside these. */
export const reservationRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const deps = transitDeps(platform);
  const { db } = deps;

  app.post(
    '/transit/reservations',
    {
      schema: {
        tags,
        summary: 'Book pitches for a party: provisional, held for the hold time (rules of the arrival day)',
        body: CreateReservationSchema,
        response: { 201: ReservationSummarySchema, 409: ProblemSchema, 422: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'transit.manage');
      return reply.status(201).send(await createReservation(deps, request.ctx, request.body));
    },
  );

  app.get(
    '/transit/reservations',
    {
      schema: {
        tags,
        summary: 'Reservations by status, days (overlapping from–to) and name or reference',
        querystring: ReservationListQuerySchema,
        response: { 200: ReservationListSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.manage');
      return listReservations(db, request.query);
    },
  );

  app.get(
    '/transit/reservations/:id',
    {
      schema: {
        tags,
        summary:
          'One reservation with travellers, payments, readings, bill and the steps possible now (audited)',
        params: ReservationIdParamsSchema,
        response: { 200: ReservationDetailSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.manage');
      return getReservation(db, request.ctx, request.params.id);
    },
  );

  app.put(
    '/transit/reservations/:id/travellers',
    {
      schema: {
        tags,
        summary: 'Replace the travellers of a reservation',
        params: ReservationIdParamsSchema,
        body: ReplaceTravellersSchema,
        response: { 200: ReservationDetailSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.manage');
      return replaceTravellers(db, request.ctx, request.params.id, request.body.travellers);
    },
  );

  await app.register(reservationStepRoutes, { platform });
};
