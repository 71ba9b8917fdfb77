import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppointmentParamsSchema,
  CaseAppointmentListSchema,
  CaseAppointmentSchema,
  CreateAppointmentSchema,
  RequestAppointmentInterpreterSchema,
  TimelineQuerySchema,
  TimelineSchema,
  UpdateAppointmentSchema,
} from '../../../../contracts/case-work.ts';
import { CaseIdParamsSchema } from '../../../../contracts/cases.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import {
  appointmentIcs,
  createAppointment,
  listAppointments,
  requestInterpreter,
  updateAppointment,
} from './appointments.service.ts';
import { caseTimeline } from './timeline.service.ts';

const tags = ['cases'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const writeRefusals = { ...refusals, 409: ProblemSchema, 422: ProblemSchema };

/** A case's appointments (with their .ics) and its timeline. */
export const caseAppointmentRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;

  app.get(
    '/cases/:id/appointments',
    {
      schema: {
        tags,
        summary: "The case's appointments, soonest first",
        params: CaseIdParamsSchema,
        response: { 200: CaseAppointmentListSchema, ...refusals },
      },
    },
    async (request) => ({ items: await listAppointments(db, request.ctx, request.params.id) }),
  );

  app.post(
    '/cases/:id/appointments',
    {
      schema: {
        tags,
        summary:
          'Plan an appointment; with `interpreter` the agency books an interpreting request for it (whoever may edit the case)',
        params: CaseIdParamsSchema,
        body: CreateAppointmentSchema,
        response: { 201: CaseAppointmentSchema, ...writeRefusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAppointment(platform, request.ctx, request.params.id, request.body)),
  );

  app.patch(
    '/cases/:id/appointments/:aid',
    {
      schema: {
        tags,
        summary:
          'Move, change or cancel an appointment (status: cancelled); every change raises its .ics SEQUENCE, and its interpreting request follows',
        params: AppointmentParamsSchema,
        body: UpdateAppointmentSchema,
        response: { 200: CaseAppointmentSchema, ...writeRefusals },
      },
    },
    async (request) =>
      updateAppointment(
        platform,
        request.ctx,
        { caseId: request.params.id, aid: request.params.aid },
        request.body,
      ),
  );

  app.post(
    '/cases/:id/appointments/:aid/interpreter',
    {
      schema: {
        tags,
        summary:
          'Book an interpreter for a planned appointment still ahead (the agency books, as when planning it); 409 when it already has one, is cancelled or past',
        params: AppointmentParamsSchema,
        body: RequestAppointmentInterpreterSchema,
        response: { 201: CaseAppointmentSchema, ...writeRefusals },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestInterpreter(
            platform,
            request.ctx,
            { caseId: request.params.id, aid: request.params.aid },
            request.body,
          ),
        ),
  );

  app.get(
    '/cases/:id/appointments/:aid.ics',
    {
      schema: {
        tags,
        summary:
          'The appointment as an iCalendar file (RFC 5545, Europe/Brussels); names the case by its reference only',
        params: AppointmentParamsSchema,
        response: { 200: z.string().describe('text/calendar'), ...refusals },
      },
    },
    async (request, reply) => {
      const { filename, body } = await appointmentIcs(db, request.ctx, {
        caseId: request.params.id,
        aid: request.params.aid,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );

  app.get(
    '/cases/:id/timeline',
    {
      schema: {
        tags,
        summary: "The case's history from the audit log, newest first, with Dutch labels (reads left out)",
        params: CaseIdParamsSchema,
        querystring: TimelineQuerySchema,
        response: { 200: TimelineSchema, ...refusals },
      },
    },
    async (request) => caseTimeline(db, request.ctx, request.params.id, request.query),
  );
};
