import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import {
  IncidentSchema,
  OccupancyQuerySchema,
  OccupancySchema,
  OutOfServiceSchema,
  PartySchema,
  PitchSchema,
  TemporaryCapSchema,
  TodaySchema,
} from '../../../../contracts/transit.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { occupancy } from './occupancy.ts';
import {
  endOutOfService,
  findParties,
  listIncidents,
  listPitches,
  putOutOfService,
  recordIncident,
  setTemporaryCap,
  todayOnSite,
} from './site.service.ts';

const tags = ['transit'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const IdParams = z.object({ id: z.string().uuid() });
const IncidentViewSchema = z.object({
  id: z.string().uuid(),
  reservationId: z.string().uuid().nullable(),
  pitchId: z.string().uuid().nullable(),
  kind: z.string(),
  description: z.string(),
  damageCents: z.number().int(),
  occurredAt: z.string(),
});
const OutOfServiceViewSchema = z.object({
  id: z.string().uuid(),
  pitchId: z.string().uuid(),
  fromDay: z.string(),
  toDay: z.string(),
  reason: z.string(),
});
const CapViewSchema = z.object({
  fromDay: z.string(),
  toDay: z.string(),
  pitches: z.number().int(),
  days: z.array(z.object({ day: z.string(), taken: z.number().int() })),
});

/** The site: the grid, today's list, pitches out of service, the temporary cap, incidents, parties. */
export const siteRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;

  app.get(
    '/transit/occupancy',
    {
      schema: {
        tags,
        summary: 'The grid of pitches × days for [from, to) (to exclusive, at most 92 days)',
        querystring: OccupancyQuerySchema,
        response: { 200: OccupancySchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.manage');
      return occupancy(db, platform.params, request.query.from, request.query.to);
    },
  );

  app.get(
    '/transit/today',
    {
      schema: {
        tags,
        summary: 'Arrivals, departures and parties on site today',
        response: { 200: TodaySchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.manage');
      return todayOnSite(db);
    },
  );

  app.get(
    '/transit/pitches',
    {
      schema: {
        tags,
        summary: 'The pitches',
        response: { 200: z.object({ items: z.array(PitchSchema) }), ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.manage');
      return { items: await listPitches(db) };
    },
  );

  app.post(
    '/transit/pitches/:id/out-of-service',
    {
      schema: {
        tags,
        summary: 'Take a pitch out of service for [fromDay, toDay); 409 while a stay holds it',
        params: IdParams,
        body: OutOfServiceSchema,
        response: { 201: OutOfServiceViewSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'transit.configure');
      return reply.status(201).send(await putOutOfService(db, request.ctx, request.params.id, request.body));
    },
  );

  app.delete(
    '/transit/out-of-service/:id',
    {
      schema: {
        tags,
        summary: 'Put the pitch back in service',
        params: IdParams,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'transit.configure');
      await endOutOfService(db, request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/transit/capacity',
    {
      schema: {
        tags,
        summary: 'A temporary cap on the pitches per day (409 CAPACITY.BELOW_TAKEN when more are given)',
        body: TemporaryCapSchema,
        response: { 200: CapViewSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.configure');
      return setTemporaryCap(db, platform.params, request.ctx, request.body);
    },
  );

  app.post(
    '/transit/incidents',
    {
      schema: {
        tags,
        summary: 'Note an incident (damage is set against the deposit)',
        body: IncidentSchema,
        response: { 201: IncidentViewSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'transit.manage');
      return reply.status(201).send(await recordIncident(db, request.ctx, request.body));
    },
  );

  app.get(
    '/transit/incidents',
    {
      schema: {
        tags,
        summary: 'Incidents, of one reservation when asked',
        querystring: z.object({ reservationId: z.string().uuid().optional() }),
        response: { 200: z.object({ items: z.array(IncidentViewSchema) }), ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.manage');
      return { items: await listIncidents(db, request.query.reservationId) };
    },
  );

  app.get(
    '/transit/parties',
    {
      schema: {
        tags,
        summary: 'Parties by name or phone, with their stays this year',
        querystring: z.object({ q: z.string().trim().max(100).optional() }),
        response: { 200: z.object({ items: z.array(PartySchema) }), ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.manage');
      return { items: await findParties(db, request.query.q) };
    },
  );
};
