import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseDocumentListSchema,
  CaseDocumentSchema,
  CaseReferralListSchema,
  CaseReferralSchema,
  CreateDocumentSchema,
  CreateReferralSchema,
  DocumentParamsSchema,
  ReferralParamsSchema,
  UpdateReferralSchema,
} from '../../../../contracts/case-work.ts';
import { CaseIdParamsSchema } from '../../../../contracts/cases.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { addDocument, downloadDocument, listDocuments } from './documents.service.ts';
import { createReferral, listReferrals, updateReferral } from './referrals.service.ts';

const tags = ['cases'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const writeRefusals = { ...refusals, 409: ProblemSchema, 422: ProblemSchema };
// Streams bypass the serializer; the schema documents the download in the OpenAPI document.
const DownloadSchema = z
  .custom<Readable>((value) => value instanceof Readable)
  .describe('The document, as an attachment');

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 8187). */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A case's documents (uploaded first with POST /api/files) and its referrals and transfers. */
export const caseDocumentRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;
  const { files } = platform;

  app.get(
    '/cases/:id/documents',
    {
      schema: {
        tags,
        summary: "The case's documents, newest first",
        params: CaseIdParamsSchema,
        response: { 200: CaseDocumentListSchema, ...refusals },
      },
    },
    async (request) => ({ items: await listDocuments(db, request.ctx, request.params.id) }),
  );

  app.post(
    '/cases/:id/documents',
    {
      schema: {
        tags,
        summary:
          'Add an uploaded file (POST /api/files first) to the case; checklistItem ticks a diploma recognition checklist line',
        params: CaseIdParamsSchema,
        body: CreateDocumentSchema,
        response: { 201: CaseDocumentSchema, ...writeRefusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addDocument(db, files, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/cases/:id/documents/:docId/file',
    {
      schema: {
        tags,
        summary: 'Download a document of the case (audited)',
        params: DocumentParamsSchema,
        response: { 200: DownloadSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const { file, content } = await downloadDocument(db, files, request.ctx, {
        caseId: request.params.id,
        docId: request.params.docId,
      });
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition(file.originalName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );

  app.get(
    '/cases/:id/referrals',
    {
      schema: {
        tags,
        summary: "The case's referrals to partners and transfers between teams, newest first",
        params: CaseIdParamsSchema,
        response: { 200: CaseReferralListSchema, ...refusals },
      },
    },
    async (request) => ({ items: await listReferrals(db, request.ctx, request.params.id) }),
  );

  app.post(
    '/cases/:id/referrals',
    {
      schema: {
        tags,
        summary:
          "Refer to a partner organisation (shared, ownership stays) or transfer to another team (the case's team changes and its assignee is cleared)",
        params: CaseIdParamsSchema,
        body: CreateReferralSchema,
        response: { 201: CaseReferralSchema, ...writeRefusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createReferral(db, request.ctx, request.params.id, request.body)),
  );

  app.patch(
    '/cases/:id/referrals/:rid',
    {
      schema: {
        tags,
        summary: "A referral's new status: sent → accepted | declined, accepted → completed",
        params: ReferralParamsSchema,
        body: UpdateReferralSchema,
        response: { 200: CaseReferralSchema, ...writeRefusals },
      },
    },
    async (request) =>
      updateReferral(db, request.ctx, { caseId: request.params.id, rid: request.params.rid }, request.body),
  );
};
