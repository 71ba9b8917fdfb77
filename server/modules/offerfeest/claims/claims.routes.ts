import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Platform } from '../../../platform/platform.ts';

/** STUB — filled in by the Offerfeest work. */
export const claimRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async () => {};
