import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  PlainLanguageCheckRequestSchema,
  PlainLanguageCheckSchema,
} from '../../../contracts/plain-language.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { requireActor } from '../../platform/identity/policy.ts';
import type { Platform } from '../../platform/platform.ts';
import { checkPlainLanguage } from './check-view.ts';

/** The plain-language check for anyone signed in: staff, and the city services that write to newcomers. */
export const plainLanguageRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app) => {
  app.post(
    '/plain-language/check',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['plain-language'],
        summary: 'Check a Dutch text for B1: long sentences and words, passive voice, jargon, readability',
        body: PlainLanguageCheckRequestSchema,
        response: { 200: PlainLanguageCheckSchema, 400: ProblemSchema, 401: ProblemSchema },
      },
    },
    async (request) => {
      requireActor(request.ctx);
      return checkPlainLanguage(request.body.text);
    },
  );
};
