import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../../contracts/identity.ts';
import {
  MyTranslationOffersSchema,
  TranslationJobSchema,
  TranslationOfferListQuerySchema,
  TranslationOfferSchema,
  TranslationOffersRequestSchema,
  TranslationOffersSentSchema,
} from '../../../../contracts/interpreting-translations.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import {
  acceptTranslationOffer,
  declineTranslationOffer,
  listMyTranslationOffers,
  offerTranslation,
} from './translation-offers.service.ts';

const tags = ['interpreting'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

/** Offering translation jobs to translators, and the translator's answers. */
export const translationOffersRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;

  app.post(
    '/translations/:id/offers',
    {
      schema: {
        tags,
        summary:
          'Offer an accepted translation job to translators of the language pair; first to accept wins',
        params: IdParamsSchema,
        body: TranslationOffersRequestSchema,
        response: { 201: TranslationOffersSentSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await offerTranslation(platform, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/translation-offers',
    {
      schema: {
        tags,
        summary: "The signed-in translator's translation offers",
        querystring: TranslationOfferListQuerySchema,
        response: { 200: MyTranslationOffersSchema, ...refusals },
      },
    },
    async (request) => ({ items: await listMyTranslationOffers(db, request.ctx, request.query.status) }),
  );

  app.post(
    '/translation-offers/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept a translation offer (the translator herself); 409 when someone else was first',
        params: IdParamsSchema,
        response: { 200: TranslationJobSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => acceptTranslationOffer(db, request.ctx, request.params.id),
  );

  app.post(
    '/translation-offers/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline a translation offer (the translator herself)',
        params: IdParamsSchema,
        response: { 200: TranslationOfferSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => declineTranslationOffer(db, request.ctx, request.params.id),
  );
};
