import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import {
  EndCapSchema,
  IncidentListSchema,
  IncidentSchema,
  IncidentViewSchema,
  OccupancyQuerySchema,
  OccupancySchema,
  OutOfServiceSchema,
  OutOfServiceViewSchema,
  PartySchema,
  PitchSchema,
  TemporaryCapListSchema,
  TemporaryCapResultSchema,
  TemporaryCapSchema,
  TodaySchema,
} from '../../../../contracts/transit.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { occupancy } from './occupancy.ts';
import { endOutOfService, putOutOfService } from './out-of-service.ts';
import { findParties, listIncidents, listPitches, recordIncident, todayOnSite } from './site.service.ts';
import { endTemporaryCap, listTemporaryCaps, removeTemporaryCap, setTemporaryCap } from './temporary-caps.ts';

const tags = ['transit'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const IdParams = z.object({ id: z.string().uuid() });
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
        summary:
          'Take a pitch out of service for [fromDay, toDay): lowers each day’s places; 409 TRANSIT.PITCH_TAKEN naming the stays on it',
        params: IdParams,
        body: OutOfServiceSchema,
        response: { 201: OutOfServiceViewSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      // The site supervisors too: a broken meter is found on the tablet, at the pitch.
      requirePermission(request.ctx, 'transit.manage');
      return reply
        .status(201)
        .send(await putOutOfService(db, platform.params, request.ctx, request.params.id, request.body));
    },
  );

  app.delete(
    '/transit/out-of-service/:id',
    {
      schema: {
        tags,
        summary: 'Put the pitch back in service: its days get the place back',
        params: IdParams,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'transit.manage');
      await endOutOfService(db, platform.params, request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/transit/capacity',
    {
      schema: {
        tags,
        summary:
          'A temporary lower cap for [fromDay, toDay) with its reason (409 CAPACITY.BELOW_TAKEN when more are given, TRANSIT.CAP_OVERLAP)',
        body: TemporaryCapSchema,
        response: { 200: TemporaryCapResultSchema, 409: ProblemSchema, 422: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.configure');
      return setTemporaryCap(db, platform.params, request.ctx, request.body);
    },
  );

  app.get(
    '/transit/capacity',
    {
      schema: {
        tags,
        summary: 'The temporary caps, in day order',
        response: { 200: TemporaryCapListSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.manage');
      return { items: await listTemporaryCaps(platform.params) };
    },
  );

  app.delete(
    '/transit/capacity/:id',
    {
      schema: {
        tags,
        summary:
          'Remove a temporary cap that has not started (409 TRANSIT.CAP_IN_EFFECT once it has: end it instead)',
        params: IdParams,
        response: { 204: z.null(), 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'transit.configure');
      await removeTemporaryCap(db, platform.params, request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/transit/capacity/:id/end',
    {
      schema: {
        tags,
        summary:
          'End a temporary cap from fromDay on (today or later): those days get their places back at once',
        params: IdParams,
        body: EndCapSchema,
        response: { 200: TemporaryCapResultSchema, 409: ProblemSchema, 422: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'transit.configure');
      return endTemporaryCap(db, platform.params, request.ctx, request.params.id, request.body.fromDay);
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
        response: { 200: IncidentListSchema, ...refusals },
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
