import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AcceptOutSchema,
  DeclineBodySchema,
  OfferIdParamsSchema,
  OfferListQuerySchema,
  OfferListSchema,
  OfferOutSchema,
} from '../../../../contracts/interpreting-dispatch.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { acceptOffer, declineOffer, listOffersFor } from './offers.service.ts';
import { toAssignmentOut } from './shape.ts';

const tags = ['interpreting'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };
const conflicts = { ...refusals, 404: ProblemSchema, 409: ProblemSchema };

/** The interpreter's side of offers: her list, accept (first wins) and decline. */
export const offersRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  app.get(
    '/offers',
    {
      schema: {
        tags,
        summary: "An interpreter's own offers; a dispatcher sees all, optionally of one request",
        querystring: OfferListQuerySchema,
        response: { 200: OfferListSchema, ...refusals },
      },
    },
    async (request) => listOffersFor(platform, request.ctx, request.query),
  );

  app.post(
    '/offers/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept an offer: the first to accept gets the job',
        params: OfferIdParamsSchema,
        response: { 200: AcceptOutSchema, ...conflicts },
      },
    },
    async (request) => {
      const { offer, assignment } = await acceptOffer(platform, request.ctx, request.params.id);
      return { offer, assignment: toAssignmentOut(assignment) };
    },
  );

  app.post(
    '/offers/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline an offer, optionally with a reason',
        params: OfferIdParamsSchema,
        body: DeclineBodySchema.optional(),
        response: { 200: OfferOutSchema, ...conflicts },
      },
    },
    async (request) => declineOffer(platform, request.ctx, request.params.id, request.body?.reason),
  );
};
