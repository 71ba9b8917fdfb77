import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  TimesheetQueueQuerySchema,
  TimesheetQueueSchema,
} from '../../../../contracts/interpreting-billing-queue.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { listTimesheetQueue } from './timesheets-list.service.ts';

/** The reviewer's queue of timesheets; approving and rejecting stay on the assignment's timesheet. */
export const timesheetsListRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  app.get(
    '/timesheets',
    {
      schema: {
        tags: ['interpreting'],
        summary: 'Timesheets to review (or reviewed) with the plan, interpreter and organisation',
        querystring: TimesheetQueueQuerySchema,
        response: {
          200: TimesheetQueueSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
        },
      },
    },
    async (request) => ({
      items: await listTimesheetQueue(platform.database.db, request.ctx, request.query),
    }),
  );
};
