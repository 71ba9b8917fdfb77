import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseDetailSchema,
  CaseIdParamsSchema,
  CaseListQuerySchema,
  CaseListSchema,
  CasePeopleSchema,
  CasePersonParamsSchema,
  CaseTeamListSchema,
  CreateCaseSchema,
  LinkCasePersonSchema,
  TransitionSchema,
  UpdateCaseSchema,
} from '../../../contracts/cases.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import type { Platform } from '../../platform/platform.ts';
import { linkCasePerson, listCasePeople, unlinkCasePerson } from './case-people.service.ts';
import {
  createCase,
  getCase,
  listCases,
  listCaseTeams,
  transitionCase,
  updateCase,
} from './cases.service.ts';

const tags = ['cases'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };

/** The case engine's own routes; the parts (tasks, notes, …), forms and scholarships register beside it. */
export const caseRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;

  app.get(
    '/cases',
    {
      schema: {
        tags,
        summary: 'Cases the caller may see (her team and her own; all for managers), filtered',
        querystring: CaseListQuerySchema,
        response: { 200: CaseListSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => listCases(db, request.ctx, request.query),
  );

  app.post(
    '/cases',
    {
      schema: {
        tags,
        summary: "Open a case: {type, title} plus the type's fields (top level or under `fields`)",
        body: CreateCaseSchema,
        response: { 201: CaseDetailSchema, 422: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => reply.status(201).send(await createCase(db, request.ctx, request.body)),
  );

  app.get(
    '/cases/teams',
    {
      schema: {
        tags,
        summary: 'The teams (to transfer a case to)',
        response: { 200: CaseTeamListSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => ({ items: await listCaseTeams(db, request.ctx) }),
  );

  app.get(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case (the read is audited; another team’s case → 403, and the attempt is audited)',
        params: CaseIdParamsSchema,
        response: { 200: CaseDetailSchema, ...refusals },
      },
    },
    async (request) => getCase(db, request.ctx, request.params.id),
  );

  app.patch(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'Change title, assignee, language or fields (merged; null removes a field)',
        params: CaseIdParamsSchema,
        body: UpdateCaseSchema,
        response: { 200: CaseDetailSchema, 409: ProblemSchema, 422: ProblemSchema, ...refusals },
      },
    },
    async (request) => updateCase(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/cases/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Move the case to another status; a move its machine does not allow → 409',
        params: CaseIdParamsSchema,
        body: TransitionSchema,
        response: { 200: CaseDetailSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => transitionCase(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/cases/:id/people',
    {
      schema: {
        tags,
        summary: 'The people the case is about',
        params: CaseIdParamsSchema,
        response: { 200: CasePeopleSchema, ...refusals },
      },
    },
    async (request) => ({ items: await listCasePeople(db, request.ctx, request.params.id) }),
  );

  app.post(
    '/cases/:id/people',
    {
      schema: {
        tags,
        summary: 'Link an existing person (personId) or a new one (person) to the case',
        params: CaseIdParamsSchema,
        body: LinkCasePersonSchema,
        response: { 201: CasePeopleSchema, 409: ProblemSchema, 422: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ items: await linkCasePerson(db, request.ctx, request.params.id, request.body) }),
  );

  app.delete(
    '/cases/:id/people/:personId',
    {
      schema: {
        tags,
        summary: 'Unlink a person from the case (the person record stays)',
        params: CasePersonParamsSchema,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      await unlinkCasePerson(db, request.ctx, request.params.id, request.params.personId);
      return reply.status(204).send(null);
    },
  );
};
