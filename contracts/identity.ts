import { z } from 'zod';
import type { ErrorSpec } from './problem.ts';

/** Every role of the platform. Modules that add a role add it here, so web and server agree. */
export const ROLES = [
  'admin',
  'manager',
  'dispatcher',
  'counsellor',
  'site_supervisor',
  'programme_coordinator',
  'library_editor',
  'offerfeest_coordinator',
  'requester',
  'interpreter',
  'volunteer',
  'city_monitor',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Staff roles work in the staff app; the others are external users of the portals. */
export const STAFF_ROLES: readonly Role[] = [
  'admin',
  'manager',
  'dispatcher',
  'counsellor',
  'site_supervisor',
  'programme_coordinator',
  'library_editor',
  'offerfeest_coordinator',
];

export const LOCALES = ['nl', 'en', 'fr', 'tr', 'bg', 'ar'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

const email = z.string().trim().toLowerCase().email().max(254);
export const PasswordSchema = z
  .string()
  .min(12, 'at least 12 characters')
  .max(200)
  .describe('At least 12 characters');

export const LoginRequestSchema = z.object({
  email,
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const MeSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  organisationId: z.string().uuid().nullable(),
  teamId: z.string().uuid().nullable(),
  locale: LocaleSchema,
});
export type Me = z.infer<typeof MeSchema>;

export const PasswordResetRequestSchema = z.object({ email });
export const PasswordResetConfirmSchema = z.object({
  token: z.string().min(20).max(200),
  password: PasswordSchema,
});
export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: PasswordSchema,
});
export const UpdateProfileSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  locale: LocaleSchema.optional(),
});

/** A user as administrators see it: the signed-in view plus the account's state. */
export const UserSchema = MeSchema.extend({
  active: z.boolean(),
  lockedUntil: z.string().datetime().nullable(),
  createdAt: z.string().datetime(),
});
export type User = z.infer<typeof UserSchema>;

export const CreateUserRequestSchema = z.object({
  email,
  name: z.string().trim().min(1).max(200),
  roles: z.array(RoleSchema).min(1).max(ROLES.length),
  password: PasswordSchema.optional().describe('Omit to mail the user a link to choose one'),
  organisationId: z.string().uuid().nullable().optional(),
  teamId: z.string().uuid().nullable().optional(),
  locale: LocaleSchema.default('nl'),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

export const UpdateUserRequestSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  roles: z.array(RoleSchema).min(1).max(ROLES.length).optional(),
  organisationId: z.string().uuid().nullable().optional(),
  teamId: z.string().uuid().nullable().optional(),
  active: z.boolean().optional(),
  locale: LocaleSchema.optional(),
  unlock: z.literal(true).optional().describe('Lift a lockout after failed sign-ins'),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

export const IdParamsSchema = z.object({ id: z.string().uuid() });

export const HomeFigureSchema = z.object({
  key: z.string().describe("Dotted key such as users.active; the web app names it in the user's language"),
  value: z.number(),
});
export type HomeFigure = z.infer<typeof HomeFigureSchema>;
export const HomeFiguresSchema = z.object({ figures: z.array(HomeFigureSchema) });

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const UserListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional().describe('Part of the name or e-mail'),
  role: RoleSchema.optional(),
});

export const UserListSchema = z.object({ items: z.array(UserSchema), total: z.number().int() });

export const identityErrors = {
  'AUTH.INVALID_CREDENTIALS': { status: 401, title: 'E-mail address or password is wrong' },
  'AUTH.ACCOUNT_LOCKED': {
    status: 423,
    title: 'Too many failed attempts; the account is locked for a while',
  },
  'AUTH.TOKEN_INVALID': { status: 400, title: 'This link is invalid or has expired' },
  'AUTH.OIDC_NOT_CONFIGURED': { status: 404, title: 'Single sign-on is not configured' },
  'AUTH.OIDC_FAILED': { status: 401, title: 'Single sign-on failed' },
  'AUTH.WRONG_PASSWORD': { status: 400, title: 'The current password is wrong' },
  'IDENTITY.EMAIL_TAKEN': { status: 409, title: 'A user with this e-mail address exists already' },
  'IDENTITY.USER_NOT_FOUND': { status: 404, title: 'User not found' },
  'IDENTITY.ORGANISATION_NOT_FOUND': { status: 404, title: 'Organisation not found' },
  'IDENTITY.PERSON_NOT_FOUND': { status: 404, title: 'Person not found' },
  'IDENTITY.KBO_TAKEN': { status: 409, title: 'An organisation with this KBO number exists already' },
  'IDENTITY.UNKNOWN_REFERENCE': { status: 400, title: 'The organisation or team does not exist' },
  'IDENTITY.SELF_LOCKOUT': { status: 409, title: 'You cannot remove your own admin access' },
} as const satisfies Record<string, ErrorSpec>;
