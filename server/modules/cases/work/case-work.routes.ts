import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateSavedFilterSchema,
  FilterParamsSchema,
  PartnerListSchema,
  PartnerQuerySchema,
  SavedFilterListSchema,
  SavedFilterSchema,
  WorkloadSchema,
} from '../../../../contracts/case-work.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { caseAppointmentRoutes } from './appointments.routes.ts';
import { caseDocumentRoutes } from './documents.routes.ts';
import { deleteFilter, listSavedFilters, saveFilter } from './filters.service.ts';
import { caseRecordRoutes } from './records.routes.ts';
import { listPartners, workload } from './workload.service.ts';

const tags = ['cases'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/**
 * The working parts of a case (`/cases/:id/tasks|notes|documents|contacts|referrals|appointments|timeline`)
 * and, beside the cases, the caller's saved filters, the partner list and the workload. The
 * static paths (`/cases/filters`, `/cases/partners`, `/cases/workload`) win over `/cases/:id`.
 */
export const caseWorkRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;

  app.get(
    '/cases/filters',
    {
      schema: {
        tags,
        summary: "The caller's own saved case list filters",
        response: { 200: SavedFilterListSchema, ...refusals },
      },
    },
    async (request) => ({ items: await listSavedFilters(db, request.ctx) }),
  );

  app.post(
    '/cases/filters',
    {
      schema: {
        tags,
        summary: 'Save a case list filter under a name (unique per user)',
        body: CreateSavedFilterSchema,
        response: { 201: SavedFilterSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await saveFilter(db, request.ctx, request.body)),
  );

  app.delete(
    '/cases/filters/:fid',
    {
      schema: {
        tags,
        summary: "Delete one of the caller's own saved filters (another's is not found)",
        params: FilterParamsSchema,
        response: { 204: z.null().describe('Deleted'), 404: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      await deleteFilter(db, request.ctx, request.params.fid);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/cases/partners',
    {
      schema: {
        tags,
        summary: 'Partner organisations to refer a case to (CVO, OCMW, VDAB, …), searched by name',
        querystring: PartnerQuerySchema,
        response: { 200: PartnerListSchema, ...refusals },
      },
    },
    async (request) => listPartners(db, request.ctx, request.query),
  );

  app.get(
    '/cases/workload',
    {
      schema: {
        tags,
        summary:
          'Per counsellor: open cases, open and overdue tasks, appointments in the next 7 days (own team; managers all)',
        response: { 200: WorkloadSchema, ...refusals },
      },
    },
    async (request) => workload(db, request.ctx),
  );

  await app.register(caseRecordRoutes, { platform });
  await app.register(caseDocumentRoutes, { platform });
  await app.register(caseAppointmentRoutes, { platform });
};
