import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import { RecordPaymentSchema, TransitPaymentSchema } from '../../../../contracts/transit.ts';
import type { Platform } from '../../../platform/platform.ts';
import { figuresRoutes } from '../figures/figures.routes.ts';
import { addPayment, finalBillPdf, type PdfFile, paymentReceipt } from './payments.service.ts';

const tags = ['transit'];
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const reservation = z.object({ id: z.uuid().describe('The reservation') });
const payment = reservation.extend({ paymentId: z.uuid().describe('The payment') });
// Buffers bypass the serializer; the schema documents the download in the OpenAPI document.
const Pdf = z.custom<Buffer>((value) => Buffer.isBuffer(value)).describe('The PDF, as an attachment');

function sendPdf(reply: FastifyReply, file: PdfFile) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${file.filename}.pdf"`)
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/** The transit site's money: payments with receipts, the final bill as PDF; and the figures. */
export const billingRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const db = platform.database.db;
  const brand = platform.env.BRAND_NAME;

  app.post(
    '/transit/reservations/:id/payments',
    {
      schema: {
        tags,
        summary: 'Record money received or paid back (refunds are stored negative); gives a receipt number',
        params: reservation,
        body: RecordPaymentSchema,
        response: { 201: TransitPaymentSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addPayment(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/transit/reservations/:id/payments/:paymentId/receipt.pdf',
    {
      schema: {
        tags,
        summary: 'The receipt of one payment (Dutch PDF)',
        params: payment,
        response: { 200: Pdf, ...refusals },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await paymentReceipt(db, request.ctx, request.params.id, request.params.paymentId, brand),
      ),
  );

  app.get(
    '/transit/reservations/:id/bill.pdf',
    {
      schema: {
        tags,
        summary: 'The final bill of a checked-out stay (Dutch PDF); 404 before check-out',
        params: reservation,
        response: { 200: Pdf, ...refusals },
      },
    },
    async (request, reply) => sendPdf(reply, await finalBillPdf(db, request.ctx, request.params.id, brand)),
  );

  await app.register(figuresRoutes, { platform });
};
