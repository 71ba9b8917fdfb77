import { z } from 'zod';
import { LocaleSchema, PageQuerySchema } from './identity.ts';
import type { ErrorSpec } from './problem.ts';

export const HealthSchema = z.object({ status: z.literal('ok') });
export const ReadySchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['pglite', 'postgres']),
});

const HoursRange = z.string().regex(/^\d\d:\d\d-\d\d:\d\d$/, 'a range such as 09:00-12:30');

/** The agency's contact details and opening hours: the effective-dated parameter `agency.contact`. */
export const AgencyContactSchema = z.object({
  addressLines: z.array(z.string().min(1)).min(1).max(5),
  phone: z.string().min(3),
  email: z.string().email(),
  privacyEmail: z.string().email(),
  hours: z
    .partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(HoursRange))
    .describe('Opening hours per ISO weekday (1 = Monday)'),
});
export const AGENCY_CONTACT_PARAM = 'agency.contact';

export const PublicConfigSchema = z.object({
  brandName: z.string(),
  brandColor: z.string(),
  oidcEnabled: z.boolean(),
  locales: z.array(LocaleSchema),
  contact: AgencyContactSchema.optional().describe('Absent until an admin sets the agency.contact parameter'),
});

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string().datetime(),
  actorId: z.string().uuid().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = PageQuerySchema.extend({
  entity: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().uuid().optional().describe('Actor user id'),
  action: z.string().max(100).optional(),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
});
export const AuditListSchema = z.object({ items: z.array(AuditEntrySchema), total: z.number().int() });

export const OutboxStatusSchema = z
  .enum(['pending', 'sent', 'failed', 'held'])
  .describe('held: no SMTP configured, kept here to be read; pending: waiting for (another) attempt');
export const OutboxMailSchema = z.object({
  id: z.string().uuid(),
  createdAt: z.string().datetime(),
  recipient: z.string(),
  locale: z.string(),
  template: z.string(),
  subject: z.string(),
  textBody: z
    .string()
    .nullable()
    .describe('null when bodyHidden: the mail carries a sign-in or reset link and the reader is no admin'),
  bodyHidden: z.boolean(),
  status: OutboxStatusSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sentAt: z.string().datetime().nullable(),
  messageId: z.string().nullable(),
});
export type OutboxMail = z.infer<typeof OutboxMailSchema>;
export const OutboxQuerySchema = PageQuerySchema.extend({ status: OutboxStatusSchema.optional() });
export const OutboxListSchema = z.object({ items: z.array(OutboxMailSchema), total: z.number().int() });

export const ParameterSchema = z.object({
  id: z.string().uuid(),
  key: z.string(),
  value: z.unknown(),
  validFrom: z.string().date(),
  validTo: z.string().date().nullable(),
  note: z.string().nullable(),
});
export const ParameterKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, 'a dotted lower-case key such as transit.max_stay_days');
/**
 * Any JSON value. Not z.json(): its recursive schema becomes a $ref the OpenAPI document cannot
 * resolve. The body is JSON already, so checking the outer shape (and presence) is enough.
 */
export const ParameterValueSchema = z
  .union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(z.unknown()),
    z.record(z.string(), z.unknown()),
  ])
  .describe('Any JSON value: a number (cents, days), a string, a list or an object');
export const CreateParameterRequestSchema = z.object({
  key: ParameterKeySchema,
  value: ParameterValueSchema,
  validFrom: z.string().date(),
  validTo: z.string().date().nullable().optional(),
  note: z.string().max(500).optional(),
});
export const ParameterListSchema = z.object({ items: z.array(ParameterSchema) });
export const ParameterQuerySchema = z.object({
  key: ParameterKeySchema.optional().describe('Only the values of this key'),
});
export const ParameterIdParamsSchema = z.object({ id: z.string().uuid() });

export const FileInfoSchema = z.object({
  id: z.string().uuid(),
  sha256: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  originalName: z.string(),
  createdAt: z.string().datetime(),
});
export const FileIdParamsSchema = z.object({ id: z.string().uuid() });

/** What the generic upload accepts (sniffed from the content); a module may pass its own list. */
export const UPLOAD_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const;

/** The shared capacity pools (server/platform/capacity). */
export const capacityErrors = {
  'CAPACITY.BELOW_TAKEN': { status: 409, title: 'More places are already given than the new capacity' },
} as const satisfies Record<string, ErrorSpec>;

export const platformErrors = {
  'PARAMS.OVERLAP': { status: 409, title: 'The validity overlaps another value of this parameter' },
  'PARAMS.NOT_SET': { status: 500, title: 'A required parameter has no value for this date' },
  'PARAMS.NOT_FOUND': { status: 404, title: 'Parameter value not found' },
  'PARAMS.IN_EFFECT': {
    status: 409,
    title: 'Only a value that starts in the future can be removed; set a new value instead',
  },
  'PARAMS.INVALID_VALUE': { status: 500, title: 'A parameter value does not have the expected shape' },
  'FILES.TOO_LARGE': { status: 413, title: 'The file is too large' },
  'FILES.TYPE_NOT_ALLOWED': { status: 415, title: 'This type of file is not accepted' },
  'FILES.NOT_FOUND': { status: 404, title: 'File not found' },
} as const satisfies Record<string, ErrorSpec>;
