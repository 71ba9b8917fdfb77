import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EligibilityExplanationSchema } from '../../../../contracts/interpreting.ts';
import {
  AssignBodySchema,
  AssignmentOutSchema,
  AutoOffersBodySchema,
  AutoOffersOutSchema,
  CandidateListSchema,
  CandidateParamsSchema,
  OfferRoundOutSchema,
  RequestIdParamsSchema,
  RequestOfferListSchema,
  SendOffersBodySchema,
} from '../../../../contracts/interpreting-dispatch.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import { requirePermission } from '../../../platform/identity/policy.ts';
import type { Platform } from '../../../platform/platform.ts';
import { assignRequest } from './assign.service.ts';
import { offersRoutes } from './offers.routes.ts';
import { sendOffers, switchAutoOffers } from './offers.service.ts';
import { candidatesFor, explainAll, explainCandidate } from './ranking.service.ts';
import { listRequestOffers } from './request-offers.ts';
import { toAssignmentOut } from './shape.ts';

const tags = ['interpreting'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const conflicts = { ...refusals, 409: ProblemSchema };

/** Matching, direct assignment and offer rounds (dispatchers); the interpreter's side in offers.routes. */
export const dispatchRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  app.get(
    '/requests/:id/candidates',
    {
      schema: {
        tags,
        summary: 'Eligible interpreters for a request, ranked, each with reasons and score breakdown',
        params: RequestIdParamsSchema,
        response: { 200: CandidateListSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      return candidatesFor(platform, request.params.id);
    },
  );

  app.get(
    '/requests/:id/candidates/:interpreterId',
    {
      schema: {
        tags,
        summary: 'Why an interpreter is or is not eligible for a request: every failed rule',
        params: CandidateParamsSchema,
        response: { 200: EligibilityExplanationSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      return explainCandidate(platform, request.params.id, request.params.interpreterId);
    },
  );

  app.get(
    '/requests/:id/eligibility',
    {
      schema: {
        tags,
        summary: 'Every active interpreter judged for a request, with the failed rules of the others',
        params: RequestIdParamsSchema,
        response: { 200: z.array(EligibilityExplanationSchema), ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      return explainAll(platform, request.params.id);
    },
  );

  app.post(
    '/requests/:id/assign',
    {
      schema: {
        tags,
        summary: 'Assign an interpreter directly (re-checked in the transaction)',
        params: RequestIdParamsSchema,
        body: AssignBodySchema,
        response: { 201: AssignmentOutSchema, ...conflicts },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      const assignment = await assignRequest(
        platform,
        request.ctx,
        request.params.id,
        request.body.interpreterId,
        request.body.slot,
      );
      return reply.status(201).send(toAssignmentOut(assignment));
    },
  );

  app.post(
    '/requests/:id/offers',
    {
      schema: {
        tags,
        summary: 'Send an offer round: to named interpreters, or to the top N candidates not offered before',
        params: RequestIdParamsSchema,
        body: SendOffersBodySchema,
        response: { 201: OfferRoundOutSchema, ...conflicts },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      return reply.status(201).send(await sendOffers(platform, request.ctx, request.params.id, request.body));
    },
  );

  app.get(
    '/requests/:id/offers',
    {
      schema: {
        tags,
        summary: 'Every offer of a request: interpreter, round, when offered, status',
        params: RequestIdParamsSchema,
        response: { 200: RequestOfferListSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      return listRequestOffers(platform.database.db, request.params.id);
    },
  );

  app.patch(
    '/requests/:id/auto-offers',
    {
      schema: {
        tags,
        summary: 'Switch automatic offer rounds on or off for one request',
        params: RequestIdParamsSchema,
        body: AutoOffersBodySchema,
        response: { 200: AutoOffersOutSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'interpreting.dispatch');
      return switchAutoOffers(platform, request.ctx, request.params.id, request.body.enabled);
    },
  );

  await app.register(offersRoutes, { platform });
};
