import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreatePaymentBatchSchema, PaymentBatchSchema } from '../../../../contracts/offerfeest.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { Platform } from '../../../platform/platform.ts';
import { claimDeps } from './claims-deps.ts';
import {
  createPaymentBatch,
  listPaymentBatches,
  markBatchPaid,
  paymentBatchXml,
} from './payment-batch.service.ts';

const tags = ['offerfeest'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const editionParams = z.object({ id: z.uuid().describe('The edition') });
const batchParams = z.object({ id: z.uuid().describe('The payment batch') });
const XmlDownload = z.string().describe('The pain.001.001.03 file');

/** SEPA payment batches of approved claims (offerfeest.manage). */
export const paymentBatchRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const deps = claimDeps(platform);

  app.post(
    '/offerfeest/editions/:id/payment-batches',
    {
      schema: {
        tags,
        summary:
          'Put every approved claim without a batch into a new SEPA credit transfer file (pain.001.001.03)',
        params: editionParams,
        body: CreatePaymentBatchSchema,
        response: { 201: PaymentBatchSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPaymentBatch(deps, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/offerfeest/editions/:id/payment-batches',
    {
      schema: {
        tags,
        summary: "An edition's payment batches, newest first",
        params: editionParams,
        response: { 200: z.array(PaymentBatchSchema), ...refusals },
      },
    },
    async (request) => listPaymentBatches(deps.db, request.ctx, request.params.id),
  );

  app.get(
    '/offerfeest/payment-batches/:id/pain.001.xml',
    {
      schema: {
        tags,
        summary: 'The batch as a pain.001.001.03 file (audited)',
        params: batchParams,
        response: { 200: XmlDownload, ...refusals },
      },
    },
    async (request, reply) => {
      const { messageId, xml } = await paymentBatchXml(deps.db, request.ctx, request.params.id);
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${messageId}.xml"`)
        .header('cache-control', 'private, no-store')
        .send(xml);
    },
  );

  app.post(
    '/offerfeest/payment-batches/:id/paid',
    {
      schema: {
        tags,
        summary: "The bank executed the file: the batch's claims become paid and each claimant is mailed",
        params: batchParams,
        response: { 200: PaymentBatchSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request) => markBatchPaid(deps, request.ctx, request.params.id),
  );
};
