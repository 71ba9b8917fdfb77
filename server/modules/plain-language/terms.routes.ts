import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../contracts/identity.ts';
import {
  CreatePlainLanguageTermSchema,
  PlainLanguageTermListSchema,
  PlainLanguageTermSchema,
  UpdatePlainLanguageTermSchema,
} from '../../../contracts/plain-language.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { requireActor, requirePermission } from '../../platform/identity/policy.ts';
import type { Platform } from '../../platform/platform.ts';
import { createTerm, deleteTerm, listTerms, updateTerm } from './terms.service.ts';

const tags = ['plain-language'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

/**
 * The jargon list: everyone signed in reads it (the check page explains what it flags); staff with
 * `plain-language.terms` edit it. Every write is audited.
 */
export const plainLanguageTermRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;

  app.get(
    '/plain-language/terms',
    {
      schema: {
        tags,
        summary: 'The formal words the check flags, with their plainer alternatives (active and inactive)',
        response: { 200: PlainLanguageTermListSchema, 401: ProblemSchema },
      },
    },
    async (request) => {
      requireActor(request.ctx);
      return { items: await listTerms(db) };
    },
  );

  app.post(
    '/plain-language/terms',
    {
      schema: {
        tags,
        summary: 'Add a word to the list (plain-language.terms); the same word twice → 409',
        body: CreatePlainLanguageTermSchema,
        response: { 201: PlainLanguageTermSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'plain-language.terms');
      return reply.status(201).send(await createTerm(db, request.ctx, request.body));
    },
  );

  app.patch(
    '/plain-language/terms/:id',
    {
      schema: {
        tags,
        summary: 'Change a word, its alternative or note, or switch it off (active: false)',
        params: IdParamsSchema,
        body: UpdatePlainLanguageTermSchema,
        response: { 200: PlainLanguageTermSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'plain-language.terms');
      return updateTerm(db, request.ctx, request.params.id, request.body);
    },
  );

  app.delete(
    '/plain-language/terms/:id',
    {
      schema: {
        tags,
        summary: 'Remove a word from the list (switching it off keeps its history readable)',
        params: IdParamsSchema,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'plain-language.terms');
      await deleteTerm(db, request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
