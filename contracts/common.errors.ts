import type { ErrorSpec } from './problem.ts';

export const commonErrors = {
  'COMMON.VALIDATION_FAILED': { status: 400, title: 'The input is not valid' },
  'COMMON.MALFORMED_BODY': { status: 400, title: 'The request body could not be read' },
  'COMMON.UNAUTHENTICATED': { status: 401, title: 'Sign in first' },
  'COMMON.FORBIDDEN': { status: 403, title: 'You may not do this' },
  'COMMON.CSRF_REJECTED': { status: 403, title: 'Request refused: it does not come from this site' },
  'COMMON.NOT_FOUND': { status: 404, title: 'Not found' },
  'COMMON.METHOD_NOT_ALLOWED': { status: 405, title: 'Method not allowed' },
  'COMMON.CONFLICT': { status: 409, title: 'Conflicts with the current state' },
  'COMMON.PAYLOAD_TOO_LARGE': { status: 413, title: 'The request is too large' },
  'COMMON.UNSUPPORTED_MEDIA_TYPE': { status: 415, title: 'Unsupported content type' },
  'COMMON.RATE_LIMITED': { status: 429, title: 'Too many requests; try again later' },
  'COMMON.INTERNAL': { status: 500, title: 'Something went wrong on our side' },
  'COMMON.UNAVAILABLE': { status: 503, title: 'Temporarily unavailable' },
} as const satisfies Record<string, ErrorSpec>;
