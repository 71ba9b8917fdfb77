import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EligibilityInputSchema,
  EligibilitySchema,
  OrganisationParamsSchema,
  OrganisationPreferenceSchema,
  PreferenceInputSchema,
  PreferenceParamsSchema,
  UnitInputSchema,
  UnitListSchema,
  UnitSchema,
} from '../../../../contracts/interpreting-register.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { requesterAccountRoutes } from './requester-accounts.ts';
import {
  createUnit,
  getEligibility,
  listUnits,
  removePreference,
  setEligibility,
  setPreference,
} from './requesters.service.ts';

const tags = ['interpreting'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

/** Requesting organisations: eligibility, units with cost centres, preferred and banned interpreters. */
export const requesterRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;

  app.put(
    '/organisations/:orgId/eligibility',
    {
      schema: {
        tags,
        summary: 'Register or change an organisation as a requester (sector, Greater Ghent, agreement)',
        params: OrganisationParamsSchema,
        body: EligibilityInputSchema,
        response: { 200: EligibilitySchema, ...refusals },
      },
    },
    async (request) => setEligibility(db, request.ctx, request.params.orgId, request.body),
  );

  app.get(
    '/organisations/:orgId/eligibility',
    {
      schema: {
        tags,
        summary: 'An organisation’s eligibility (staff, or its own requesters)',
        params: OrganisationParamsSchema,
        response: { 200: EligibilitySchema, ...refusals },
      },
    },
    async (request) => getEligibility(db, request.ctx, request.params.orgId),
  );

  app.post(
    '/organisations/:orgId/units',
    {
      schema: {
        tags,
        summary: 'Add a unit (ward, campus) with its cost centre or PO number',
        params: OrganisationParamsSchema,
        body: UnitInputSchema,
        response: { 201: UnitSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUnit(db, request.ctx, request.params.orgId, request.body)),
  );

  app.get(
    '/organisations/:orgId/units',
    {
      schema: {
        tags,
        summary: 'An organisation’s units (staff, or its own requesters)',
        params: OrganisationParamsSchema,
        response: { 200: UnitListSchema, ...refusals },
      },
    },
    async (request) => listUnits(db, request.ctx, request.params.orgId),
  );

  app.put(
    '/organisations/:orgId/interpreters/:interpreterId',
    {
      schema: {
        tags,
        summary: 'Mark an interpreter as preferred or banned for an organisation',
        params: PreferenceParamsSchema,
        body: PreferenceInputSchema,
        response: { 200: OrganisationPreferenceSchema, ...refusals },
      },
    },
    async (request) => setPreference(db, request.ctx, request.params, request.body),
  );

  app.delete(
    '/organisations/:orgId/interpreters/:interpreterId',
    {
      schema: {
        tags,
        summary: 'Remove a preference or ban',
        params: PreferenceParamsSchema,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      await removePreference(db, request.ctx, request.params);
      return reply.status(204).send(null);
    },
  );
  await app.register(requesterAccountRoutes, { platform });
};
