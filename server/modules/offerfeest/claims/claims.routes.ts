import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ClaimReceiptSchema,
  ClaimSchema,
  ClaimStatusSchema,
  ReviewClaimSchema,
} from '../../../../contracts/offerfeest.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { readClaimForm } from './claim-form.ts';
import { PublicClaimSchema, publicClaimStatus } from './claim-status.service.ts';
import { claimDeps } from './claims-deps.ts';
import { paymentBatchRoutes } from './payment-batch.routes.ts';
import { claimInvoice, getClaim, listClaims, reviewClaim } from './review-claim.service.ts';
import { submitClaim } from './submit-claim.service.ts';

const tags = ['offerfeest'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const editionParams = z.object({ id: z.uuid().describe('The edition') });
const claimParams = z.object({ id: z.uuid().describe('The claim') });
/**
 * Per client address and route. A household claims once; a front desk helping visitors sends a
 * few dozen an hour. The status page: with 65-bit codes and this limit, guessing one is hopeless.
 */
export const CLAIM_RATE = { max: 30, timeWindow: '1 hour' };
export const CLAIM_STATUS_RATE = { max: 30, timeWindow: '1 hour' };
// Streams bypass the serializer; the schema documents the download.
const Download = z
  .custom<Readable>((value) => value instanceof Readable)
  .describe('The invoice, as an attachment');

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** Reimbursement claims: the public form and status page, the Offerfeest team's review and payment. */
export const claimRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const deps = claimDeps(platform);
  // One byte over the limit reaches the form reader, which answers FILES.TOO_LARGE.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: {
      fileSize: platform.files.maxUploadBytes + 1,
      files: 2,
      fields: 20,
      parts: 22,
      fieldSize: 10_000,
    },
  });

  app.post(
    '/offerfeest/editions/:id/claims',
    {
      config: { rateLimit: CLAIM_RATE },
      schema: {
        tags: [...tags, 'public'],
        summary:
          'Claim the slaughter cost back (public): multipart/form-data with the CreateClaimSchema fields and the file "invoice" (PDF, JPEG or PNG)',
        consumes: ['multipart/form-data'],
        params: editionParams,
        response: {
          201: ClaimReceiptSchema,
          ...refusals,
          409: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
          422: ProblemSchema,
          429: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { form, invoice } = await readClaimForm(request);
      return reply.status(201).send(await submitClaim(deps, request.ctx, request.params.id, form, invoice));
    },
  );

  app.get(
    '/public/offerfeest/claims/:code',
    {
      config: { rateLimit: CLAIM_STATUS_RATE },
      schema: {
        tags: [...tags, 'public'],
        summary: 'The status of a claim by its status code, without personal data',
        params: z.object({ code: z.string().max(60) }),
        response: { 200: PublicClaimSchema, ...refusals, 429: ProblemSchema },
      },
    },
    async (request) => publicClaimStatus(deps.db, request.params.code),
  );

  app.get(
    '/offerfeest/editions/:id/claims',
    {
      schema: {
        tags,
        summary: "An edition's claims (offerfeest.manage; IBAN masked; the read is audited)",
        params: editionParams,
        querystring: z.object({ status: ClaimStatusSchema.optional() }),
        response: { 200: z.array(ClaimSchema), ...refusals },
      },
    },
    async (request) => listClaims(deps.db, request.ctx, request.params.id, request.query.status),
  );

  app.get(
    '/offerfeest/claims/:id',
    {
      schema: {
        tags,
        summary: 'One claim (offerfeest.manage; audited)',
        params: claimParams,
        response: { 200: ClaimSchema, ...refusals },
      },
    },
    async (request) => getClaim(deps.db, request.ctx, request.params.id),
  );

  app.get(
    '/offerfeest/claims/:id/invoice',
    {
      schema: {
        tags,
        summary: "The claim's invoice file (offerfeest.manage; audited)",
        params: claimParams,
        response: { 200: Download, ...refusals },
      },
    },
    async (request, reply) => {
      const { file, content } = await claimInvoice(deps, request.ctx, request.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', String(file.size))
        .header(
          'content-disposition',
          `attachment; filename="invoice-${request.params.id}.${EXTENSIONS[file.mediaType] ?? 'bin'}"`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );

  app.post(
    '/offerfeest/claims/:id/review',
    {
      schema: {
        tags,
        summary:
          'Start the review, approve (amount: given, else the invoice capped at the edition amount) or reject',
        params: claimParams,
        body: ReviewClaimSchema,
        response: { 200: ClaimSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request) => reviewClaim(deps, request.ctx, request.params.id, request.body),
  );

  await app.register(paymentBatchRoutes, { platform });
};
