import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CheckInByCodeSchema,
  CreateRegistrationSchema,
  PublicRegistrationSchema,
  RegistrationReceiptSchema,
  RegistrationSchema,
  RegistrationStatusSchema,
} from '../../../../contracts/offerfeest.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import { type RequestContext, systemContext } from '../../../platform/context.ts';
import type { Platform } from '../../../platform/platform.ts';
import { offerfeestDeps } from '../offerfeest-deps.ts';
import { createRegistration } from './register.service.ts';
import {
  checkInByCode,
  listRegistrations,
  noShow,
  publicCancel,
  publicQr,
  publicRegistration,
  readRegistration,
  staffCancel,
} from './registrations.service.ts';

const tags = ['offerfeest'];
const IdParams = z.object({ id: z.string().uuid() });
const CodeParams = z.object({ code: z.string().trim().min(4).max(40) });
const ListQuery = z.object({
  status: RegistrationStatusSchema.optional(),
  slotId: z.string().uuid().optional(),
  q: z.string().trim().max(100).optional(),
});
const CheckInQuery = z.object({ anyDay: z.enum(['true', 'false']).optional() });
const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema };
const publicRefusals = { 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema };

/**
 * Per client address and route, as the cases portal forms: enough for a family or a mosque's
 * volunteer registering a few households, too few to fill the slots by script. The code's 40
 * bits behind the status limit make guessing someone's code hopeless.
 */
export const REGISTRATION_RATE = { max: 20, timeWindow: '1 hour' };
export const STATUS_RATE = { max: 30, timeWindow: '1 hour' };

function portalContext(requestId: string): RequestContext {
  return { ...systemContext('portal'), requestId };
}

/** The public form and follow-up by code, and the coordinator's list, scan and changes. */
export const registrationRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const deps = offerfeestDeps(platform);
  const { db } = deps;

  app.post(
    '/offerfeest/editions/:id/registrations',
    {
      config: { rateLimit: REGISTRATION_RATE },
      schema: {
        tags,
        summary:
          'Register a household for a slot (public): confirmed, or waitlisted when full; answers the code and its QR',
        params: IdParams,
        body: CreateRegistrationSchema,
        response: {
          201: RegistrationReceiptSchema,
          ...publicRefusals,
          409: ProblemSchema,
          422: ProblemSchema,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createRegistration(deps, portalContext(request.id), request.params.id, request.body)),
  );

  app.get(
    '/public/offerfeest/registrations/:code',
    {
      config: { rateLimit: STATUS_RATE },
      schema: {
        tags,
        summary: 'A registration by its code, without personal data',
        params: CodeParams,
        response: { 200: PublicRegistrationSchema, ...publicRefusals },
      },
    },
    async (request) => publicRegistration(db, request.params.code),
  );

  app.get(
    '/public/offerfeest/registrations/:code/qr.svg',
    {
      config: { rateLimit: STATUS_RATE },
      schema: {
        tags,
        summary: 'The code as a QR code (SVG)',
        params: CodeParams,
        response: { 200: z.string().describe('image/svg+xml'), ...publicRefusals },
      },
    },
    async (request, reply) =>
      reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(await publicQr(db, request.params.code)),
  );

  app.post(
    '/public/offerfeest/registrations/:code/cancel',
    {
      config: { rateLimit: STATUS_RATE },
      schema: {
        tags,
        summary: 'The household cancels (before its slot starts); the waiting list moves up',
        params: CodeParams,
        response: { 200: PublicRegistrationSchema, ...publicRefusals, 409: ProblemSchema },
      },
    },
    async (request) => publicCancel(deps, portalContext(request.id), request.params.code),
  );

  app.get(
    '/offerfeest/editions/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Registrations of an edition (offerfeest.manage; the read is audited)',
        params: IdParams,
        querystring: ListQuery,
        response: { 200: z.array(RegistrationSchema), ...refusals },
      },
    },
    async (request) => listRegistrations(db, request.ctx, request.params.id, request.query),
  );

  app.get(
    '/offerfeest/registrations/:id',
    {
      schema: {
        tags,
        summary: 'One registration (audited)',
        params: IdParams,
        response: { 200: RegistrationSchema, ...refusals },
      },
    },
    async (request) => readRegistration(db, request.ctx, request.params.id),
  );

  app.post(
    '/offerfeest/registrations/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a registration; the waiting list moves up',
        params: IdParams,
        response: { 200: RegistrationSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request) => staffCancel(deps, request.ctx, request.params.id),
  );

  app.post(
    '/offerfeest/check-in',
    {
      schema: {
        tags,
        summary:
          "Scan a code at the slaughterhouse: confirmed → checked in; another day's code → 409 unless anyDay=true",
        body: CheckInByCodeSchema,
        querystring: CheckInQuery,
        response: { 200: RegistrationSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request) => checkInByCode(db, request.ctx, request.body.code, request.query.anyDay === 'true'),
  );

  app.post(
    '/offerfeest/registrations/:id/no-show',
    {
      schema: {
        tags,
        summary:
          'A confirmed household did not come (after its slot started); its places go to the waiting list',
        params: IdParams,
        response: { 200: RegistrationSchema, ...refusals, 409: ProblemSchema },
      },
    },
    async (request) => noShow(deps, request.ctx, request.params.id),
  );
};
