import type { z } from 'zod';
import { AuditListSchema, OutboxListSchema, type OutboxStatusSchema } from '../../../contracts/platform.ts';
import { api } from '../../lib/api-client.ts';

export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;

export type AuditQuery = {
  entity?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
};

export type OutboxQuery = { status?: OutboxStatus; limit: number; offset: number };

export const listAudit = (query: AuditQuery) =>
  api.get('/api/admin/audit', { query, schema: AuditListSchema });
export const listOutbox = (query: OutboxQuery) =>
  api.get('/api/admin/outbox', { query, schema: OutboxListSchema });
