import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Platform } from '../../../platform/platform.ts';
import { invoiceRoutes } from './invoice.routes.ts';
import { timesheetRoutes } from './timesheet.routes.ts';
import { timesheetsListRoutes } from './timesheets-list.routes.ts';

/** Timesheets, charges, quarterly invoices and interpreter statements (see README.md). */
export const billingRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  await app.register(timesheetRoutes, { platform });
  await app.register(invoiceRoutes, { platform });
  await app.register(timesheetsListRoutes, { platform });
};
