import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../../../contracts/identity.ts';
import {
  CancelInterpretingRequestSchema,
  ChangedInterpretingRequestSchema,
  CreatedInterpretingRequestSchema,
  CreateInterpretingRequestSchema,
  InterpretingRequestListSchema,
  InterpretingRequestSchema,
  RequestListQuerySchema,
  UpdateInterpretingRequestSchema,
  VoidInterpretingRequestSchema,
} from '../../../../contracts/interpreting-requests.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { cancelInterpretingRequest, setWaiver, voidInterpretingRequest } from './cancel-request.ts';
import { changeInterpretingRequest } from './change-request.ts';
import { createInterpretingRequest } from './create-request.ts';
import { getInterpretingRequest, listInterpretingRequests } from './read-requests.ts';

const tags = ['interpreting'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const changeRefusals = { ...refusals, 409: ProblemSchema };
const NoteSchema = z.object({ note: z.string().trim().max(500).optional() }).nullish();

/** Requests: book, follow, change and cancel interpreters (requester portal and dispatch). */
export const requestsRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;

  app.post(
    '/requests',
    {
      schema: {
        tags,
        summary: 'Book an interpreter (one session or a series); the organisation comes from the session',
        body: CreateInterpretingRequestSchema,
        response: { 201: CreatedInterpretingRequestSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInterpretingRequest(platform, request.ctx, request.body)),
  );

  app.get(
    '/requests',
    {
      schema: {
        tags,
        summary:
          'Requests the caller may see, by start: her organisation’s, all (staff) or her jobs (interpreter)',
        querystring: RequestListQuerySchema,
        response: { 200: InterpretingRequestListSchema, ...refusals },
      },
    },
    async (request) => listInterpretingRequests(db, request.ctx, request.query),
  );

  app.get(
    '/requests/:id',
    {
      schema: {
        tags,
        summary: 'One request, with its series, cancellation and the interpreter’s first name and code',
        params: IdParamsSchema,
        response: { 200: InterpretingRequestSchema, ...refusals },
      },
    },
    async (request) => getInterpretingRequest(db, request.ctx, request.params.id),
  );

  app.patch(
    '/requests/:id',
    {
      schema: {
        tags,
        summary: 'Change a request: this one, this and following, or all of its series',
        params: IdParamsSchema,
        body: UpdateInterpretingRequestSchema,
        response: { 200: ChangedInterpretingRequestSchema, ...changeRefusals },
      },
    },
    async (request) => changeInterpretingRequest(platform, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/requests/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel: free until 10:00 on the working day before, late (billable) afterwards',
        params: IdParamsSchema,
        body: CancelInterpretingRequestSchema.nullish(),
        response: { 200: ChangedInterpretingRequestSchema, ...changeRefusals },
      },
    },
    async (request) => {
      const body = request.body ?? CancelInterpretingRequestSchema.parse({});
      return cancelInterpretingRequest(platform, request.ctx, request.params.id, body);
    },
  );

  app.post(
    '/requests/:id/void',
    {
      schema: {
        tags,
        summary: 'Void a booking (never billable, e.g. made by mistake); dispatchers only',
        params: IdParamsSchema,
        body: VoidInterpretingRequestSchema,
        response: { 200: ChangedInterpretingRequestSchema, ...changeRefusals },
      },
    },
    async (request) => voidInterpretingRequest(platform, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/requests/:id/waive',
    {
      schema: {
        tags,
        summary: 'Waive the charge of a late cancellation (until invoiced)',
        params: IdParamsSchema,
        body: NoteSchema,
        response: { 200: InterpretingRequestSchema, ...changeRefusals },
      },
    },
    async (request) => setWaiver(platform, request.ctx, request.params.id, true, request.body?.note),
  );

  app.post(
    '/requests/:id/unwaive',
    {
      schema: {
        tags,
        summary: 'Undo the waiver of a late cancellation (until invoiced)',
        params: IdParamsSchema,
        body: NoteSchema,
        response: { 200: InterpretingRequestSchema, ...changeRefusals },
      },
    },
    async (request) => setWaiver(platform, request.ctx, request.params.id, false, request.body?.note),
  );
};
