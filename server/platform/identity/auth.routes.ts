import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangePasswordSchema,
  LoginRequestSchema,
  MeSchema,
  PasswordResetConfirmSchema,
  PasswordResetRequestSchema,
  UpdateProfileSchema,
} from '../../../contracts/identity.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import { AppError } from '../http/app-error.ts';
import type { Platform } from '../platform.ts';
import { changePassword, login, logout, updateProfile } from './auth.service.ts';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.ts';
import { requireActor } from './policy.ts';
import { clearSessionCookie, clientOf, sessionTokenOf, setSessionCookie } from './session-cookie.ts';
import { toMe } from './user-shape.ts';

const RESET_RATE = { max: 5, timeWindow: '1 minute' };
const AcceptedSchema = z
  .object({ status: z.literal('accepted') })
  .describe('The same answer for any address');
const problems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/** Password sign-in, sessions, the caller's own profile and password, and reset by mailed link. */
export const authRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;
  const { BASE_URL, SESSION_TTL_HOURS } = platform.env;
  // Per client address: enough for a person who mistypes, far too few for guessing (default 10).
  const LOGIN_RATE = { max: platform.env.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' };

  app.post(
    '/auth/login',
    {
      config: { rateLimit: LOGIN_RATE },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: LoginRequestSchema,
        response: { 200: MeSchema, ...problems, 423: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const previous = sessionTokenOf(request);
      const result = await login(db, request.ctx, request.body, {
        ttlHours: SESSION_TTL_HOURS,
        client: clientOf(request),
      });
      // A new sign-in replaces whatever session this browser had.
      if (previous) await logout(db, { ...request.ctx, actor: null }, previous);
      setSessionCookie(reply, result.session, BASE_URL);
      return toMe(result.actor);
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the session and clear its cookie',
        response: { 204: z.null().describe('Signed out'), 403: ProblemSchema },
      },
    },
    async (request, reply) => {
      await logout(db, request.ctx, sessionTokenOf(request));
      clearSessionCookie(reply, BASE_URL);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in',
        response: { 200: MeSchema, 401: ProblemSchema },
      },
    },
    // The auth hook already loaded the actor with the session: no second query.
    async (request) => toMe(requireActor(request.ctx)),
  );

  app.patch(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your own name or language',
        body: UpdateProfileSchema,
        response: { 200: MeSchema, ...problems },
      },
    },
    async (request) => toMe(await updateProfile(db, request.ctx, request.body)),
  );

  app.post(
    '/auth/password',
    {
      config: { rateLimit: LOGIN_RATE },
      schema: {
        tags: ['auth'],
        summary: 'Change your own password; your other sessions end',
        body: ChangePasswordSchema,
        response: { 204: z.null().describe('Changed'), ...problems, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      requireActor(request.ctx);
      const token = sessionTokenOf(request);
      if (!token) throw new AppError('COMMON.UNAUTHENTICATED');
      await changePassword(db, request.ctx, token, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset/request',
    {
      config: { rateLimit: RESET_RATE },
      schema: {
        tags: ['auth'],
        summary: 'Mail a one-time link to choose a new password (answers 202 for any address)',
        body: PasswordResetRequestSchema,
        response: { 202: AcceptedSchema, 400: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(db, request.ctx, platform.mail, {
        email: request.body.email,
        baseUrl: BASE_URL,
      });
      return reply.status(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: { rateLimit: RESET_RATE },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the mailed token; every session of the account ends',
        body: PasswordResetConfirmSchema,
        response: { 204: z.null().describe('Password set'), 400: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(db, request.ctx, request.body);
      return reply.status(204).send(null);
    },
  );
};
