import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateUserRequestSchema,
  IdParamsSchema,
  UpdateUserRequestSchema,
  UserListQuerySchema,
  UserListSchema,
  UserSchema,
} from '../../../contracts/identity.ts';
import { ProblemSchema } from '../../../contracts/problem.ts';
import type { Platform } from '../platform.ts';
import { requirePermission } from './policy.ts';
import { createUser, getUser, listUsers, updateUser } from './users.service.ts';

const refusals = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema };

/** User administration for admins, under /api/admin/users. */
export const usersRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db } = platform.database;
  const links = { baseUrl: platform.env.BASE_URL, brandName: platform.env.BRAND_NAME };

  app.get(
    '/admin/users',
    {
      schema: {
        tags: ['admin'],
        summary: 'Find users by name, e-mail or role',
        querystring: UserListQuerySchema,
        response: { 200: UserListSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'users.manage');
      return listUsers(db, request.query);
    },
  );

  app.post(
    '/admin/users',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create a user; without a password they are mailed a link to choose one',
        body: CreateUserRequestSchema,
        response: { 201: UserSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request, reply) => {
      requirePermission(request.ctx, 'users.manage');
      const user = await createUser(db, request.ctx, { mail: platform.mail, links }, request.body);
      return reply.status(201).send(user);
    },
  );

  app.get(
    '/admin/users/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'One user',
        params: IdParamsSchema,
        response: { 200: UserSchema, 404: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'users.manage');
      return getUser(db, request.params.id);
    },
  );

  app.patch(
    '/admin/users/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Change roles, organisation, team, language or status; deactivating ends the sessions',
        params: IdParamsSchema,
        body: UpdateUserRequestSchema,
        response: { 200: UserSchema, 404: ProblemSchema, 409: ProblemSchema, ...refusals },
      },
    },
    async (request) => {
      requirePermission(request.ctx, 'users.manage');
      return updateUser(db, request.ctx, request.params.id, request.body);
    },
  );
};
