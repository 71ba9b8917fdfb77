import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Platform } from '../../../platform/platform.ts';

/** STUB — filled in by the transit work. */
export const reservationRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async () => {};
