import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import {
  EducationQuestionFormSchema,
  GuidanceAppointmentFormSchema,
  PublicFormCreatedSchema,
  PublicStatusParamsSchema,
  PublicStatusQuerySchema,
  PublicStatusSchema,
  SCHOLARSHIP_MAX_FILES,
} from '../../../../contracts/public-forms.ts';
import type { Platform } from '../../../platform/platform.ts';
import { type PortalDeps, portalContext } from './public-forms.service.ts';
import { publicStatus } from './public-status.service.ts';
import {
  submitEducationQuestion,
  submitGuidanceAppointment,
  submitScholarshipApplication,
} from './public-submissions.service.ts';
import { readScholarshipForm } from './scholarship-form.ts';

const tags = ['cases', 'public'];
const refusals = { 400: ProblemSchema, 429: ProblemSchema };
/**
 * Per client address and per route. A form: enough for a family sending a few questions or a
 * front desk helping visitors, too few to flood the case lists. The status page: a visitor
 * checks a few times; with 60-bit codes and this limit, guessing one is hopeless.
 */
export const FORM_RATE = { max: 20, timeWindow: '1 hour' };
export const STATUS_RATE = { max: 30, timeWindow: '1 hour' };

/** The portal's forms and status page, open without an account (`/api/public/...`). */
export const publicFormRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const deps: PortalDeps = {
    db: platform.database.db,
    mail: platform.mail,
    files: platform.files,
    params: platform.params,
    baseUrl: platform.env.BASE_URL,
  };
  // One byte over the limit reaches the form reader, which answers FILES.TOO_LARGE.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: {
      fileSize: platform.files.maxUploadBytes + 1,
      files: SCHOLARSHIP_MAX_FILES,
      // Room for a few stray fields, so they get a field error rather than a bare 413.
      fields: 10,
      parts: SCHOLARSHIP_MAX_FILES + 10,
      fieldSize: 100_000,
    },
  });

  app.post(
    '/public/forms/education-question',
    {
      config: { rateLimit: FORM_RATE },
      schema: {
        tags,
        summary: 'Ask the education info point a question; answers the status code',
        body: EducationQuestionFormSchema,
        response: { 201: PublicFormCreatedSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitEducationQuestion(deps, portalContext(request.id), request.body)),
  );

  app.post(
    '/public/forms/scholarship-application',
    {
      config: { rateLimit: FORM_RATE },
      schema: {
        tags,
        summary:
          'Apply for a UCT scholarship: multipart/form-data with a part "data" (the fields as JSON) and file parts "statusDocument" / "incomeProof" (PDF, PNG, JPEG, WebP)',
        consumes: ['multipart/form-data'],
        response: {
          201: PublicFormCreatedSchema,
          ...refusals,
          409: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
          422: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { form, uploads } = await readScholarshipForm(request);
      const ctx = portalContext(request.id);
      return reply.status(201).send(await submitScholarshipApplication(deps, ctx, form, uploads));
    },
  );

  app.post(
    '/public/forms/guidance-appointment',
    {
      config: { rateLimit: FORM_RATE },
      schema: {
        tags,
        summary: 'Ask for an appointment with newcomer guidance (onthaal); answers the status code',
        body: GuidanceAppointmentFormSchema,
        response: { 201: PublicFormCreatedSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitGuidanceAppointment(deps, portalContext(request.id), request.body)),
  );

  app.get(
    '/public/status/:code',
    {
      config: { rateLimit: STATUS_RATE },
      schema: {
        tags,
        summary: 'The status of an application by its code, without personal data',
        params: PublicStatusParamsSchema,
        querystring: PublicStatusQuerySchema,
        response: { 200: PublicStatusSchema, ...refusals, 404: ProblemSchema },
      },
    },
    async (request) => publicStatus(deps.db, request.params.code, request.query.lang),
  );
};
