import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgendaQuerySchema,
  AgendaSchema,
  AvailabilityExceptionInputSchema,
  AvailabilityExceptionSchema,
  CalendarFeedParamsSchema,
  CalendarFeedQuerySchema,
  CalendarTokenSchema,
  CreateInterpreterSchema,
  ExceptionParamsSchema,
  InterpreterIdParamsSchema,
  InterpreterListQuerySchema,
  InterpreterListSchema,
  InterpreterSchema,
  UpdateInterpreterSchema,
  UpdateOwnProfileSchema,
} from '../../../../contracts/interpreting-register.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import { requireActor } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { ownAgenda, renderCalendarFeed } from './agenda.service.ts';
import { addException, getOwnProfile, removeException, updateOwnProfile } from './availability.service.ts';
import { rotateCalendarToken } from './calendar-token.service.ts';
import {
  createInterpreter,
  getInterpreter,
  listInterpreters,
  updateInterpreter,
} from './interpreters.service.ts';

const tags = ['interpreting'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

/** The register of interpreters, their own profile and agenda, and the secret iCalendar feed. */
export const interpreterRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;
  const config = { dataDir: platform.env.DATA_DIR, baseUrl: platform.env.BASE_URL };

  app.post(
    '/interpreters',
    {
      schema: {
        tags,
        summary: 'Register an interpreter or translator (code T-0001… is given)',
        body: CreateInterpreterSchema,
        response: { 201: InterpreterSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInterpreter(db, request.ctx, request.body, config)),
  );

  app.get(
    '/interpreters',
    {
      schema: {
        tags,
        summary: 'Search the register by language and variant, mode, name or code, status',
        querystring: InterpreterListQuerySchema,
        response: { 200: InterpreterListSchema, ...refusals },
      },
    },
    async (request) => listInterpreters(db, request.ctx, request.query),
  );

  app.get(
    '/interpreters/:id',
    {
      schema: {
        tags,
        summary: 'One interpreter (staff, or herself); calendarUrl only for herself and admins',
        params: InterpreterIdParamsSchema,
        response: { 200: InterpreterSchema, ...refusals },
      },
    },
    async (request) => getInterpreter(db, request.ctx, request.params.id, config),
  );

  app.patch(
    '/interpreters/:id',
    {
      schema: {
        tags,
        summary: 'Change an interpreter; given lists (languages, availability) replace the stored ones',
        params: InterpreterIdParamsSchema,
        body: UpdateInterpreterSchema,
        response: { 200: InterpreterSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => updateInterpreter(db, request.ctx, request.params.id, request.body, config),
  );

  app.post(
    '/interpreters/:id/exceptions',
    {
      schema: {
        tags,
        summary: 'Add time off or extra hours (staff, or herself)',
        params: InterpreterIdParamsSchema,
        body: AvailabilityExceptionInputSchema,
        response: { 201: AvailabilityExceptionSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addException(db, request.ctx, request.params.id, request.body)),
  );

  app.delete(
    '/interpreters/:id/exceptions/:exceptionId',
    {
      schema: {
        tags,
        summary: 'Remove an availability exception (staff, or herself)',
        params: ExceptionParamsSchema,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      await removeException(db, request.ctx, request.params.id, request.params.exceptionId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/interpreters/:id/calendar-token',
    {
      schema: {
        tags,
        summary: 'Renew the secret calendar URL (herself or an admin); the old URL stops working',
        params: InterpreterIdParamsSchema,
        response: { 200: CalendarTokenSchema, ...refusals },
      },
    },
    async (request) =>
      rotateCalendarToken(db, request.ctx, requireActor(request.ctx), request.params.id, config),
  );

  app.get(
    '/interpreters/:id/calendar.ics',
    {
      schema: {
        tags,
        summary: 'The interpreter’s iCalendar feed (RFC 5545) at a secret URL; no session needed',
        params: CalendarFeedParamsSchema,
        querystring: CalendarFeedQuerySchema,
        response: {
          200: z.string().describe('text/calendar; charset=utf-8'),
          400: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const feed = await renderCalendarFeed(db, request.params.id, request.query.token);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .header('x-robots-tag', 'noindex')
        .send(feed);
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags,
        summary: 'The signed-in interpreter’s own profile, with her calendar URL',
        response: { 200: InterpreterSchema, ...refusals },
      },
    },
    async (request) => getOwnProfile(db, request.ctx, config),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags,
        summary:
          'Her availability, exceptions, hour limits and gender consent (not languages or certification)',
        body: UpdateOwnProfileSchema,
        response: { 200: InterpreterSchema, ...refusals },
      },
    },
    async (request) => updateOwnProfile(db, request.ctx, request.body, config),
  );

  app.get(
    '/me/agenda',
    {
      schema: {
        tags,
        summary: 'Her assignments between two Brussels days, with the job details',
        querystring: AgendaQuerySchema,
        response: { 200: AgendaSchema, ...refusals },
      },
    },
    async (request) => ownAgenda(db, request.ctx, request.query),
  );
};
