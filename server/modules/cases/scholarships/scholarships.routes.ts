import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import {
  ApplicationParamsSchema,
  AwardResultSchema,
  CallDetailSchema,
  CallIdParamsSchema,
  CallListQuerySchema,
  CallListSchema,
  CallSchema,
  CaseEligibilitySchema,
  CreateCallSchema,
  LetterQuerySchema,
  PaymentInputSchema,
  PaymentSchema,
  PublicCallListSchema,
  RankingSchema,
  ScoreInputSchema,
  ScoreResultSchema,
  UpdateCallSchema,
} from '../../../../contracts/scholarships.ts';
import type { Platform } from '../../../platform/platform.ts';
import { callRanking, caseEligibility } from './applications.service.ts';
import { awardCall } from './award.service.ts';
import { createCall, getCall, listCalls, listPublicCalls, updateCall } from './calls.service.ts';
import { callLetters, caseLetter, type PdfFile } from './letters.service.ts';
import { recordPayment } from './payment.service.ts';
import { scoreApplication } from './scores.service.ts';

const tags = ['scholarships'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const conflicts = { 409: ProblemSchema, 422: ProblemSchema };
// Buffers bypass the serializer; the schema documents the download in the OpenAPI document.
const Pdf = z.custom<Buffer>((value) => Buffer.isBuffer(value)).describe('The PDF, as an attachment');

function sendPdf(reply: FastifyReply, file: PdfFile) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${file.filename}.pdf"`)
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/** UCT scholarships: calls, eligibility, committee scores, the award, letters and payments (BRIEF §18). */
export const scholarshipRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const db = platform.database.db;
  const deps = { db, params: platform.params };
  const brand = platform.env.BRAND_NAME;

  app.get(
    '/scholarships/calls',
    {
      schema: {
        tags,
        summary: 'Scholarship calls (case workers, committee, coordinators)',
        querystring: CallListQuerySchema,
        response: { 200: CallListSchema, ...refusals },
      },
    },
    async (request) => listCalls(db, request.ctx, request.query),
  );

  app.post(
    '/scholarships/calls',
    {
      schema: {
        tags,
        summary: 'Open a new call: academic year, budget, grant per course, application window',
        body: CreateCallSchema,
        response: { 201: CallSchema, ...refusals, ...conflicts },
      },
    },
    async (request, reply) => reply.status(201).send(await createCall(db, request.ctx, request.body)),
  );

  app.get(
    '/scholarships/calls/:id',
    {
      schema: {
        tags,
        summary: 'One call with its applications per status and the budget used',
        params: CallIdParamsSchema,
        response: { 200: CallDetailSchema, ...refusals },
      },
    },
    async (request) => getCall(db, request.ctx, request.params.id),
  );

  app.patch(
    '/scholarships/calls/:id',
    {
      schema: {
        tags,
        summary: 'Change a call (not after its award); status draft | open | closed',
        params: CallIdParamsSchema,
        body: UpdateCallSchema,
        response: { 200: CallSchema, ...refusals, ...conflicts },
      },
    },
    async (request) => updateCall(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/scholarships/calls/:id/ranking',
    {
      schema: {
        tags,
        summary: 'Complete, eligible applications ranked by the average committee total',
        params: CallIdParamsSchema,
        response: { 200: RankingSchema, ...refusals },
      },
    },
    async (request) => callRanking(deps, request.ctx, request.params.id),
  );

  app.post(
    '/scholarships/calls/:id/award',
    {
      schema: {
        tags,
        summary: 'Award the call within its budget: approved, waitlisted, rejected (once; 409 after)',
        params: CallIdParamsSchema,
        response: { 200: AwardResultSchema, ...refusals, ...conflicts },
      },
    },
    async (request) => awardCall(deps, request.ctx, request.params.id),
  );

  app.post(
    '/scholarships/calls/:id/letters',
    {
      schema: {
        tags,
        summary: 'All decision letters of the call in one PDF (one letter per page group)',
        params: CallIdParamsSchema,
        response: { 200: Pdf, ...refusals, 409: ProblemSchema },
      },
    },
    async (request, reply) => sendPdf(reply, await callLetters(db, request.ctx, request.params.id, brand)),
  );

  app.put(
    '/scholarships/applications/:caseId/score',
    {
      schema: {
        tags,
        summary: "A committee member's scores for an application (a second PUT replaces hers)",
        params: ApplicationParamsSchema,
        body: ScoreInputSchema,
        response: { 200: ScoreResultSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request) => scoreApplication(db, request.ctx, request.params.caseId, request.body),
  );

  app.post(
    '/scholarships/applications/:caseId/payment',
    {
      schema: {
        tags,
        summary: 'Record the payment of a grant to UCT: pending, paid (with the day) or cancelled',
        params: ApplicationParamsSchema,
        body: PaymentInputSchema,
        response: { 200: PaymentSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request) => recordPayment(db, request.ctx, request.params.caseId, request.body),
  );

  app.get(
    '/cases/:caseId/eligibility',
    {
      schema: {
        tags: ['cases', ...tags],
        summary: 'A scholarship application checked against the rules in force on the day it was opened',
        params: ApplicationParamsSchema,
        response: { 200: CaseEligibilitySchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request) => caseEligibility(deps, request.ctx, request.params.caseId),
  );

  app.get(
    '/cases/:caseId/letter.pdf',
    {
      schema: {
        tags: ['cases', ...tags],
        summary: "The decision letter: plain Dutch and the applicant's language (Arabic: Dutch + English)",
        params: ApplicationParamsSchema,
        querystring: LetterQuerySchema,
        response: { 200: Pdf, ...refusals, 409: ProblemSchema },
      },
    },
    async (request, reply) =>
      sendPdf(reply, await caseLetter(db, request.ctx, request.params.caseId, brand, request.query.lang)),
  );

  app.get(
    '/public/scholarships/calls',
    {
      schema: {
        tags: ['public', ...tags],
        summary: 'The open calls, for the portal’s application form (no account needed)',
        response: { 200: PublicCallListSchema },
      },
    },
    async () => listPublicCalls(db),
  );
};
