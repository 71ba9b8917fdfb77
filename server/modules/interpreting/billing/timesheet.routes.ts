import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApprovalSchema,
  RejectTimesheetSchema,
  TimesheetInputSchema,
  TimesheetSchema,
} from '../../../../contracts/interpreting-billing.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { approveTimesheet, getTimesheet, rejectTimesheet, submitTimesheet } from './timesheet.service.ts';

const params = z.object({ id: z.uuid().describe('The assignment') });
const refusals = { 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const tags = ['interpreting'];

/** The timesheet (prestatiefiche) of an assignment: reported after the session, approved by billing. */
export const timesheetRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const deps = { db: platform.database.db, params: platform.params };

  app.post(
    '/assignments/:id/timesheet',
    {
      schema: {
        tags,
        summary:
          'Report the session: actual times, waiting time (it counts), km, no-show; replaces an unapproved one',
        params,
        body: TimesheetInputSchema,
        response: { 201: TimesheetSchema, 400: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitTimesheet(deps, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/assignments/:id/timesheet',
    {
      schema: {
        tags,
        summary: 'The timesheet of an assignment (its interpreter, dispatchers, billing staff)',
        params,
        response: { 200: TimesheetSchema, 400: ProblemSchema, ...refusals },
      },
    },
    async (request) => getTimesheet(deps.db, request.ctx, request.params.id),
  );

  app.post(
    '/assignments/:id/timesheet/approve',
    {
      schema: {
        tags,
        summary: 'Approve a timesheet: writes the charge with the tariff of the session day and locks both',
        params,
        response: { 200: ApprovalSchema, 400: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => approveTimesheet(deps, request.ctx, request.params.id),
  );

  app.post(
    '/assignments/:id/timesheet/reject',
    {
      schema: {
        tags,
        summary: 'Send a timesheet back with a note; the interpreter may submit it again',
        params,
        body: RejectTimesheetSchema,
        response: { 200: TimesheetSchema, 400: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => rejectTimesheet(deps.db, request.ctx, request.params.id, request.body.note),
  );
};
