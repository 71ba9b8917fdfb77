import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../contracts/identity.ts';
import {
  CreateOrganisationRequestSchema,
  OrganisationListQuerySchema,
  OrganisationListSchema,
  OrganisationSchema,
  UpdateOrganisationRequestSchema,
} from '../../../contracts/people.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import type { RequestContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import type { Platform } from '../platform.ts';
import {
  createOrganisation,
  getOrganisation,
  searchOrganisations,
  updateOrganisation,
} from './organisations.service.ts';
import { hasPermission } from './permissions.ts';
import { requireActor, requirePermission } from './policy.ts';

const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/** Staff read every organisation; an external user (a requester) reads their own. */
function requireOrganisationReader(ctx: RequestContext, id: string): void {
  const actor = requireActor(ctx);
  if (hasPermission(actor.roles, 'organisations.read') || actor.organisationId === id) return;
  throw new AppError('COMMON.FORBIDDEN', 'needs organisations.read');
}

/** Organisations shared by every module: requesters, partners, schools, self-organisations. */
export const organisationsRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;

  app.get(
    '/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Search organisations by name (typos allowed), type or KBO number',
        querystring: OrganisationListQuerySchema,
        response: { 200: OrganisationListSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'organisations.read');
      return searchOrganisations(db, request.query);
    },
  );

  app.post(
    '/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Register an organisation',
        body: CreateOrganisationRequestSchema,
        response: { 201: OrganisationSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'organisations.manage');
      return reply.status(201).send(await createOrganisation(db, request.ctx, request.body));
    },
  );

  app.get(
    '/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'One organisation',
        params: IdParamsSchema,
        response: { 200: OrganisationSchema, 404: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requireOrganisationReader(request.ctx, request.params.id);
      return getOrganisation(db, request.params.id);
    },
  );

  app.patch(
    '/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Change an organisation; null clears a field',
        params: IdParamsSchema,
        body: UpdateOrganisationRequestSchema,
        response: { 200: OrganisationSchema, 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'organisations.manage');
      return updateOrganisation(db, request.ctx, request.params.id, request.body);
    },
  );
};
