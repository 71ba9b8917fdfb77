import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session.ts';

/** Secure only over https: a plain-http dev or test server would otherwise never get its cookie back. */
function isSecure(baseUrl: string): boolean {
  return new URL(baseUrl).protocol === 'https:';
}

export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  baseUrl: string,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: isSecure(baseUrl),
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, baseUrl: string): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: isSecure(baseUrl),
  });
}

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE];
}

/** What a new session records about where it came from. */
export function clientOf(request: FastifyRequest): { ip: string; userAgent: string | undefined } {
  return { ip: request.ip, userAgent: request.headers['user-agent'] };
}
