import { z } from 'zod';
import { PageQuerySchema } from './identity.ts';

/**
 * Belgian enterprise (KBO/BCE) number: 10 digits, the last two are 97 minus the first eight mod 97.
 * Accepts "0123.456.749", "0123456749", "BE 0123 456 749" and the old 9-digit form; answers the
 * 10 digits, or null when it is not a valid number.
 */
export function normaliseKbo(input: string): string | null {
  const digits = input.replace(/^\s*BE/i, '').replace(/[\s.]/g, '');
  if (!/^\d{9,10}$/.test(digits)) return null;
  const ten = digits.length === 9 ? `0${digits}` : digits;
  if (ten[0] !== '0' && ten[0] !== '1') return null;
  const check = 97 - (Number(ten.slice(0, 8)) % 97);
  return check === Number(ten.slice(8)) ? ten : null;
}

/** The way a KBO number is written on paper: 0123.456.749. */
export function formatKbo(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

export const KboNumberSchema = z
  .string()
  .trim()
  .max(20)
  .transform((value, ctx) => {
    const normalised = normaliseKbo(value);
    if (!normalised) {
      ctx.addIssue({ code: 'custom', message: 'not a valid KBO number (0xxx.xxx.xxx, mod-97 check)' });
      return z.NEVER;
    }
    return normalised;
  })
  .describe('Belgian enterprise number, e.g. 0123.456.749');

/** What kind of organisation it is; the relation to the agency (requester, partner…) lives in the modules. */
export const ORGANISATION_TYPES = [
  'city_service',
  'public_service',
  'school',
  'healthcare',
  'welfare',
  'association',
  'self_organisation',
  'company',
  'other',
] as const;
export const OrganisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

export const OrganisationSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  type: OrganisationTypeSchema,
  sector: z.string().nullable(),
  kboNumber: z.string().nullable().describe('Formatted 0xxx.xxx.xxx'),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const CreateOrganisationRequestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  type: OrganisationTypeSchema,
  sector: optionalText(100),
  kboNumber: KboNumberSchema.nullable().optional(),
  street: optionalText(200),
  postcode: optionalText(20),
  city: optionalText(100),
});
export type CreateOrganisationRequest = z.infer<typeof CreateOrganisationRequestSchema>;

export const UpdateOrganisationRequestSchema = CreateOrganisationRequestSchema.partial();
export type UpdateOrganisationRequest = z.infer<typeof UpdateOrganisationRequestSchema>;

export const OrganisationListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().min(1).max(100).optional().describe('Name, typos allowed'),
  type: OrganisationTypeSchema.optional(),
  kbo: KboNumberSchema.optional().describe('Exact KBO number'),
});
export const OrganisationListSchema = z.object({
  items: z.array(OrganisationSchema),
  total: z.number().int(),
});

/** A language tag such as "nl", "ar", "ar-MA", "ber" or "prs" (Dari). */
export const LanguageCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'a language code such as nl, ar-MA or prs');

export const LANGUAGE_LEVELS = ['native', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1'] as const;
export const LanguageSkillSchema = z.object({
  code: LanguageCodeSchema,
  level: z.enum(LANGUAGE_LEVELS).describe('CEFR level, or native'),
});
export type LanguageSkill = z.infer<typeof LanguageSkillSchema>;

export const PersonSchema = z.object({
  id: z.string().uuid(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  preferredLanguage: z.string(),
  languages: z.array(LanguageSkillSchema),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type Person = z.infer<typeof PersonSchema>;

const languages = z
  .array(LanguageSkillSchema)
  .max(20)
  .refine((list) => new Set(list.map((skill) => skill.code)).size === list.length, 'each language once');

export const CreatePersonRequestSchema = z.object({
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  email: z.string().trim().toLowerCase().email().max(254).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ./()-]{6,30}$/, 'a phone number such as +32 9 123 45 67')
    .nullable()
    .optional(),
  street: optionalText(200),
  postcode: optionalText(20),
  city: optionalText(100),
  preferredLanguage: LanguageCodeSchema.default('nl'),
  languages: languages.default([]),
});
export type CreatePersonRequest = z.infer<typeof CreatePersonRequestSchema>;

export const UpdatePersonRequestSchema = z.object({
  givenName: z.string().trim().min(1).max(100).optional(),
  familyName: z.string().trim().min(1).max(100).optional(),
  email: CreatePersonRequestSchema.shape.email,
  phone: CreatePersonRequestSchema.shape.phone,
  street: optionalText(200),
  postcode: optionalText(20),
  city: optionalText(100),
  preferredLanguage: LanguageCodeSchema.optional(),
  languages: languages.optional(),
});
export type UpdatePersonRequest = z.infer<typeof UpdatePersonRequestSchema>;

export const PersonListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().min(1).max(100).optional().describe('Name, typos and missing accents allowed'),
  email: z.string().trim().toLowerCase().max(254).optional().describe('Exact e-mail address'),
});

/** What a search result shows: enough to pick the right person; the full record (audited) is one click away. */
export const PersonSummarySchema = PersonSchema.pick({
  id: true,
  givenName: true,
  familyName: true,
  email: true,
  city: true,
  preferredLanguage: true,
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;
export const PersonListSchema = z.object({ items: z.array(PersonSummarySchema), total: z.number().int() });
