import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contracts/identity.ts';
import {
  CreatePersonRequestSchema,
  PersonListQuerySchema,
  PersonListSchema,
  PersonSchema,
  UpdatePersonRequestSchema,
} from '../../../contracts/people.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import type { Platform } from '../platform.ts';
import { createPerson, getPerson, searchPeople, updatePerson } from './people.service.ts';
import { requirePermission } from './policy.ts';

const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/** People (clients, volunteers, contacts) shared by every module; opening a record is audited. */
export const peopleRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;

  app.get(
    '/people',
    {
      schema: {
        tags: ['people'],
        summary: 'Search people by name (typos and missing accents allowed) or e-mail',
        querystring: PersonListQuerySchema,
        response: { 200: PersonListSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'people.read');
      return searchPeople(db, request.query);
    },
  );

  app.post(
    '/people',
    {
      schema: {
        tags: ['people'],
        summary: 'Register a person',
        body: CreatePersonRequestSchema,
        response: { 201: PersonSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'people.manage');
      return reply.status(201).send(await createPerson(db, request.ctx, request.body));
    },
  );

  app.get(
    '/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: "A person's record (the read is audited)",
        params: IdParamsSchema,
        response: { 200: PersonSchema, 404: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'people.read');
      return getPerson(db, request.ctx, request.params.id);
    },
  );

  app.patch(
    '/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: "Change a person's record; null clears a field",
        params: IdParamsSchema,
        body: UpdatePersonRequestSchema,
        response: { 200: PersonSchema, 404: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'people.manage');
      return updatePerson(db, request.ctx, request.params.id, request.body);
    },
  );
};
