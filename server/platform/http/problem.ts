import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { ERROR_CATALOG, type ErrorCode } from '../../../contracts/errors.ts';
import type { FieldError, Problem, ProblemFacts } from '../../../contracts/problem.ts';
import { isAppError } from './app-error.ts';

/** Builds an RFC 9457 problem document for a code. */
export function problemFor(
  code: ErrorCode,
  requestId: string,
  extra: {
    detail?: string | undefined;
    errors?: FieldError[] | undefined;
    facts?: ProblemFacts | undefined;
  } = {},
): Problem {
  const spec = ERROR_CATALOG[code];
  return {
    type: `/api/problems#${code}`,
    title: spec.title,
    status: spec.status,
    code,
    requestId,
    ...(extra.detail ? { detail: extra.detail } : {}),
    ...(extra.errors?.length ? { errors: extra.errors } : {}),
    // An empty object would say "this code has facts, and none apply": leave the member out instead.
    ...(extra.facts && Object.keys(extra.facts).length > 0 ? { facts: extra.facts } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'COMMON.PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'COMMON.UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'COMMON.MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'COMMON.MALFORMED_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'COMMON.MALFORMED_BODY',
  FST_REQ_FILE_TOO_LARGE: 'COMMON.PAYLOAD_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'COMMON.UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_RATE_LIMITED: 'COMMON.RATE_LIMITED',
  FST_ERR_BAD_URL: 'COMMON.NOT_FOUND',
  FST_ERR_MAX_PARAM_LENGTH: 'COMMON.NOT_FOUND',
};

function zodFieldErrors(error: ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** Maps any thrown value to a problem; unknown errors become a 500 that reveals nothing. */
export function toProblem(error: unknown, requestId: string): Problem {
  if (isAppError(error)) {
    return problemFor(error.code, requestId, {
      detail: error.detail,
      errors: error.fieldErrors,
      facts: error.facts,
    });
  }
  if (error instanceof ZodError) {
    return problemFor('COMMON.VALIDATION_FAILED', requestId, { errors: zodFieldErrors(error) });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'invalid',
    }));
    return problemFor('COMMON.VALIDATION_FAILED', requestId, { errors });
  }
  const fastifyError = error as Partial<FastifyError>;
  const mapped = fastifyError.code ? FRAMEWORK_CODES[fastifyError.code] : undefined;
  if (mapped) return problemFor(mapped, requestId, { detail: fastifyError.message });
  // Any other client error raised by the framework or a plugin stays a 4xx.
  const status = fastifyError.statusCode ?? 500;
  if (status === 429) return problemFor('COMMON.RATE_LIMITED', requestId);
  if (status >= 400 && status < 500) {
    return { ...problemFor('COMMON.MALFORMED_BODY', requestId, { detail: fastifyError.message }), status };
  }
  return problemFor('COMMON.INTERNAL', requestId);
}

/** One sink for every error of every route, and problem+json for unknown paths. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const problem = toProblem(error, request.id);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code }, 'request refused');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problemFor('COMMON.NOT_FOUND', request.id, { detail: `${request.method} ${request.url}` }),
    ),
  );
}
