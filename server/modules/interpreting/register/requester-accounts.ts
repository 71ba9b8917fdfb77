import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { User } from '../../../../contracts/identity.ts';
import { UserSchema } from '../../../../contracts/identity.ts';
import type { InviteRequester } from '../../../../contracts/interpreting-register.ts';
import {
  InviteRequesterSchema,
  OrganisationParamsSchema,
} from '../../../../contracts/interpreting-register.ts';
import { ProblemSchema } from '../../../../contracts/problem.ts';
import type { RequestContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { createUser, hasPermission, requireActor } from '../../../platform/identity/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { findEligibility } from './requesters.repository.ts';

/**
 * Requester accounts of an organisation (issue 4, point 2): a requester invites a colleague of her
 * own organisation, dispatchers and admins any registered one. The platform's invitation does the
 * rest: an account without a password, with the role `requester`, and a mail with a link to choose
 * one (valid 7 days), in one transaction with the audit row `user.created`.
 */
export async function inviteRequester(
  platform: Platform,
  ctx: RequestContext,
  organisationId: string,
  input: InviteRequester,
): Promise<User> {
  const actor = requireActor(ctx);
  const staff = hasPermission(actor.roles, 'interpreting.dispatch');
  const colleague = actor.roles.includes('requester') && actor.organisationId === organisationId;
  if (!staff && !colleague) {
    throw new AppError('COMMON.FORBIDDEN', 'only a requester of this organisation, or a dispatcher');
  }
  const { db } = platform.database;
  // Only organisations registered for interpreting get requesters (citizens cannot book).
  if (!(await findEligibility(db, organisationId))) throw new AppError('INTERPRETING.ELIGIBILITY_NOT_FOUND');
  const links = { baseUrl: platform.env.BASE_URL, brandName: platform.env.BRAND_NAME };
  return createUser(
    db,
    ctx,
    { mail: platform.mail, links },
    {
      email: input.email,
      name: input.name,
      locale: input.locale,
      roles: ['requester'],
      organisationId,
      teamId: null,
    },
  );
}

export const requesterAccountRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (
  app,
  { platform },
) => {
  app.post(
    '/organisations/:orgId/requesters',
    {
      schema: {
        tags: ['interpreting'],
        summary: 'Invite a requester account for the organisation (mail with a link to choose a password)',
        params: OrganisationParamsSchema,
        body: InviteRequesterSchema,
        response: {
          201: UserSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          409: ProblemSchema,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inviteRequester(platform, request.ctx, request.params.orgId, request.body)),
  );
};
