import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

/** Every setting the process reads. Nothing else in the code base touches process.env. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  BASE_URL: z.string().url().default('http://localhost:3000'),
  SMTP_URL: z
    .string()
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Wegwijs <no-reply@wegwijs.test>'),
  BRAND_NAME: z.string().min(1).default('Amal'),
  BRAND_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour such as #1d4e89')
    .default('#1d4e89'),
  DEMO_DATA: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SESSION_CACHE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(60)
    .default(2)
    .describe('How long one process may remember a session; 0 asks the database on every request'),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(200).default(20),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  JOBS: booleanFlag.default(true),
  PSEUDONYM_KEY: z
    .string()
    .min(32, 'at least 32 characters')
    .optional()
    .describe(
      'Key for pseudonyms of national register numbers and parties; without it the installation makes one in its database',
    ),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(\d+|[0-9a-fA-F.:/,\s]+)$/,
      'a hop count such as 1, or proxy addresses such as 10.0.0.1,10.0.0.2',
    )
    .optional()
    .describe('Behind a reverse proxy: how far to trust X-Forwarded-For (rate limits are per client IP)'),
});

export type Env = z.infer<typeof EnvSchema> & { demoData: boolean };

export class EnvError extends Error {}

/** Parses and checks the environment once, with a message that names every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment (see .env.example):\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const oidcParts = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidcParts !== 0 && oidcParts !== 3) {
    throw new EnvError('Invalid environment: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together');
  }
  // Demo accounts have a published password: on by default only on the embedded database.
  const demoData = env.DEMO_DATA ?? env.DATABASE_URL === undefined;
  return { ...env, demoData };
}
