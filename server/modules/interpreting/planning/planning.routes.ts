import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../../contracts/identity.ts';
import {
  DayPlanCreateSchema,
  DayPlanEditSchema,
  DayPlanPublishResultSchema,
  DayPlanPublishSchema,
  DayPlanSchema,
} from '../../../../contracts/interpreting-planning.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { editDayPlan, getDayPlan, proposeDayPlan, publishDayPlan } from './day-plan.service.ts';
import { publisherFor } from './publish-pair.ts';

const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/** The dispatcher's day plan: propose (HiGHS MIP, greedy fallback), review, edit, publish. */
export const planningRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;
  const tags = ['interpreting'];

  app.post(
    '/day-plans',
    {
      schema: {
        tags,
        summary: 'Propose the plan that fills the most open on-site requests of a day, explained',
        body: DayPlanCreateSchema,
        response: { 201: DayPlanSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      return reply.status(201).send(await proposeDayPlan(db, request.ctx, request.body));
    },
  );

  app.get(
    '/day-plans/:id',
    {
      schema: {
        tags,
        summary: 'A day plan with its items, totals and the violations of any edit',
        params: IdParamsSchema,
        response: { 200: DayPlanSchema, 404: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      return getDayPlan(db, request.params.id);
    },
  );

  app.patch(
    '/day-plans/:id',
    {
      schema: {
        tags,
        summary: 'Move requests to other interpreters or leave them open',
        params: IdParamsSchema,
        body: DayPlanEditSchema,
        response: { 200: DayPlanSchema, 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      return editDayPlan(db, request.ctx, request.params.id, request.body.changes);
    },
  );

  app.post(
    '/day-plans/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish: assign each planned pair (or offer it), each re-checked by the full rules',
        params: IdParamsSchema,
        body: DayPlanPublishSchema,
        response: { 200: DayPlanPublishResultSchema, 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      const publishOne = publisherFor(platform, request.ctx, request.body.as);
      return publishDayPlan(db, request.ctx, request.params.id, publishOne);
    },
  );
};
