import { CreateUserRequestSchema } from '../../contracts/identity.ts';
import { systemContext } from '../../server/platform/context.ts';
import { createUser } from '../../server/platform/identity/index.ts';
import { createPlatform } from '../../server/platform/platform.ts';
import { type CliCommand, EXIT_OK, parseOptions, UsageError } from '../runner.ts';

const OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string', multiple: true },
  password: { type: 'string' },
  locale: { type: 'string' },
  organisation: { type: 'string' },
  team: { type: 'string' },
} as const;

const FLAG_OF: Record<string, string> = { roles: 'role', organisationId: 'organisation', teamId: 'team' };

function parseInput(args: string[]) {
  const values = parseOptions(args, OPTIONS);
  const input: Record<string, unknown> = {
    email: values.email,
    name: values.name,
    roles: values.role ?? [],
    password: values.password,
    locale: values.locale,
    organisationId: values.organisation,
    teamId: values.team,
  };
  const parsed = CreateUserRequestSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      const missing = input[field] === undefined || (field === 'roles' && values.role === undefined);
      return `  --${FLAG_OF[field] ?? field}: ${missing ? 'required' : issue.message}`;
    });
    throw new UsageError(`Invalid options:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const createUserCommand: CliCommand = {
  name: 'create-user',
  summary: 'Create an account; without --password it gets an invitation mail with a link to choose one',
  usage:
    'npm run cli -- create-user --email <address> --name <name> --role <role> [--role <role>…] ' +
    '[--password <at least 12 characters>] [--locale nl] [--organisation <id>] [--team <id>]',
  async run(args, ctx) {
    const input = parseInput(args);
    const env = ctx.env();
    const database = await ctx.openDatabase();
    // No job workers in a one-shot command: an invitation waits in the outbox for the server to send.
    const platform = await createPlatform({ env: { ...env, JOBS: false }, database, logger: ctx.logger() });
    try {
      const links = { baseUrl: env.BASE_URL, brandName: env.BRAND_NAME };
      const user = await createUser(database.db, systemContext('cli'), { mail: platform.mail, links }, input);
      ctx.print(`Created ${user.email} (${user.id}) with roles ${user.roles.join(', ')}.`);
      if (!input.password) {
        ctx.print(
          env.SMTP_URL
            ? 'An invitation with a link to choose a password is queued; the running server sends it.'
            : 'An invitation with a link to choose a password is in the mail outbox (no SMTP_URL: not sent).',
        );
      }
    } finally {
      await platform.close();
    }
    return EXIT_OK;
  },
};
