import type { z } from 'zod';
import {
  type ChangePasswordSchema,
  type CreateUserRequest,
  HomeFiguresSchema,
  type LoginRequest,
  type Me,
  MeSchema,
  type PasswordResetConfirmSchema,
  type Role,
  type UpdateProfileSchema,
  type UpdateUserRequest,
  UserListSchema,
  UserSchema,
} from '../../../contracts/identity.ts';
import { ApiError, api } from '../../lib/api-client.ts';

/** Typed calls of the identity and platform endpoints; each parses its answer with the contract. */

export const queryKeys = {
  me: ['me'] as const,
  figures: ['home', 'figures'] as const,
  users: (query: UserQuery) => ['admin', 'users', query] as const,
  allUsers: ['admin', 'users'] as const,
};

/** null when nobody is signed in: that is a state, not an error. */
export async function getMe(): Promise<Me | null> {
  try {
    return await api.get('/api/auth/me', { schema: MeSchema, report: false });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const login = (body: LoginRequest) =>
  api.post('/api/auth/login', body, { schema: MeSchema, report: false });
export const logout = () => api.post<void>('/api/auth/logout');
export const updateProfile = (body: z.input<typeof UpdateProfileSchema>) =>
  api.patch('/api/auth/me', body, { schema: MeSchema });
export const changePassword = (body: z.input<typeof ChangePasswordSchema>) =>
  api.post<void>('/api/auth/password', body, { report: false });
export const requestPasswordReset = (email: string) =>
  api.post<void>('/api/auth/password-reset/request', { email }, { report: false });
export const confirmPasswordReset = (body: z.input<typeof PasswordResetConfirmSchema>) =>
  api.post<void>('/api/auth/password-reset/confirm', body, { report: false });

export const getHomeFigures = () => api.get('/api/home/figures', { schema: HomeFiguresSchema });

export type UserQuery = { q?: string; role?: Role; limit: number; offset: number };
export const listUsers = (query: UserQuery) => api.get('/api/admin/users', { query, schema: UserListSchema });
export const createUser = (body: CreateUserRequest) =>
  api.post('/api/admin/users', body, { schema: UserSchema, report: false });
export const updateUser = (id: string, body: UpdateUserRequest) =>
  api.patch(`/api/admin/users/${encodeURIComponent(id)}`, body, { schema: UserSchema, report: false });
