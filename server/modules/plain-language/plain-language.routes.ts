import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  PlainLanguageCheckRequestSchema,
  PlainLanguageCheckSchema,
} from '../../../contracts/plain-language.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { requireActor } from '../../platform/identity/policy.ts';
import type { Platform } from '../../platform/platform.ts';
import { readUploadedText } from './check-upload.ts';
import { checkPlainLanguage } from './check-view.ts';
import { plainLanguageTermRoutes } from './terms.routes.ts';
import { activeJargon } from './terms.service.ts';

/** The pasted-text cap, also for text read from a file: one request must not pin a worker. */
const MAX_TEXT = PlainLanguageCheckRequestSchema.shape.text.maxLength ?? 200_000;

/** The plain-language check for anyone signed in: staff, and the city services that write to newcomers. */
export const plainLanguageRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  const { db } = platform.database;
  // Only this plugin parses multipart here; the size limit is the platform's upload limit.
  await app.register(multipart, {
    limits: {
      fileSize: platform.env.MAX_UPLOAD_MB * 1_048_576,
      files: 1,
      fields: 5,
      parts: 6,
      fieldSize: 1_000,
    },
  });

  app.post(
    '/plain-language/check',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['plain-language'],
        summary:
          'Check a Dutch text for B1: long sentences and words, passive voice, jargon, readability. JSON {text}, or multipart with a "file" (docx, odt, pdf, txt) whose text is read and checked',
        consumes: ['application/json', 'multipart/form-data'],
        // Absent for multipart (the handler reads the parts); required for JSON (checked below).
        body: PlainLanguageCheckRequestSchema.nullish(),
        response: {
          200: PlainLanguageCheckSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
        },
      },
    },
    async (request) => {
      requireActor(request.ctx);
      if (request.isMultipart()) {
        const { text, file } = await readUploadedText(request);
        if (text.length > MAX_TEXT) {
          throw new AppError(
            'COMMON.PAYLOAD_TOO_LARGE',
            `the document has more than ${MAX_TEXT} characters of text`,
          );
        }
        return checkPlainLanguage(text, await activeJargon(db), file);
      }
      if (!request.body) {
        throw new AppError(
          'COMMON.VALIDATION_FAILED',
          'send {text} as JSON or a "file" as multipart/form-data',
          {
            fieldErrors: [{ path: 'text', message: 'required' }],
          },
        );
      }
      return checkPlainLanguage(request.body.text, await activeJargon(db), null);
    },
  );

  await app.register(plainLanguageTermRoutes, { platform });
};
