import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { openAndMigrate } from '../server/platform/boot.ts';
import { type Database, queryRows } from '../server/platform/db/index.ts';
import { loadEnv } from '../server/platform/env.ts';
import { createLogger } from '../server/platform/logger.ts';
import { mailOutbox } from '../server/platform/mail/mail.tables.ts';
import { createPlatform } from '../server/platform/platform.ts';
import { ORIGIN } from '../test/app.ts';
import { createTestDatabase, testEngine } from '../test/database.ts';
import { signIn } from '../test/factories.ts';
import { createUserCommand } from './commands/create-user.ts';
import { exportAuditCommand } from './commands/export-audit.ts';
import { helpCommand } from './commands/help.ts';
import { migrateCommand } from './commands/migrate.ts';
import { seedDemoCommand } from './commands/seed-demo.ts';
import { runCli } from './runner.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const commands = [migrateCommand, seedDemoCommand, createUserCommand, exportAuditCommand];
const ALL = [...commands, helpCommand(commands)];

type Run = { code: number; stdout: string; stderr: string };

// Each test starts the CLI as its own process on its own database: slow when the machine is busy.
describe('admin CLI', { timeout: 120_000 }, () => {
  let dir: string;
  let env: Record<string, string>;

  /** Runs one command in-process against this file's database, as `npm run cli -- …` would. */
  async function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
    stdout.on('data', (chunk: Buffer) => chunks.out.push(chunk));
    stderr.on('data', (chunk: Buffer) => chunks.err.push(chunk));
    const code = await runCli(args, ALL, { stdout, stderr, env: { ...env, ...extraEnv } });
    return {
      code,
      stdout: Buffer.concat(chunks.out).toString(),
      stderr: Buffer.concat(chunks.err).toString(),
    };
  }

  /** The same database, opened the way the server opens it, for checks and sign-ins. */
  async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
    const database = await openAndMigrate(loadEnv(env), createLogger({ LOG_LEVEL: 'silent' }));
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wegwijs-cli-'));
    env = { NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS: 'false', DATA_DIR: dir };
    if (testEngine() === 'postgres') {
      const database = await createTestDatabase();
      if (database.kind !== 'postgres') throw new Error('expected PostgreSQL');
      env.DATABASE_URL = database.url;
      await database.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists its commands, and refuses a missing or unknown command with exit code 2', async () => {
    const help = await cli(['help']);
    expect(help.code).toBe(0);
    for (const name of ['migrate', 'seed-demo', 'create-user', 'export-audit', 'help']) {
      expect(help.stdout).toContain(name);
    }
    expect((await cli(['help', 'export-audit'])).stdout).toContain('--format jsonl|csv');
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No command given');
    const unknown = await cli(['migrat']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: migrat');
  });

  it('migrates, and migrating again changes nothing', async () => {
    const first = await cli(['migrate']);
    expect(first.code, first.stderr).toBe(0);
    const count = () =>
      withDatabase(async (database) => {
        const [row] = await queryRows<{ n: string | number }>(
          database.db,
          sql`select count(*) as n from drizzle.__drizzle_migrations`,
        );
        return Number(row?.n);
      });
    const applied = await count();
    expect(applied).toBeGreaterThan(0);
    const second = await cli(['migrate']);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(await count()).toBe(applied);
    expect((await cli(['migrate', '--force'])).code).toBe(2);
  });

  it('creates a user who can then sign in', async () => {
    const created = await cli([
      'create-user',
      '--email',
      'Nadia.Admin@Wegwijs.test',
      '--name',
      'Nadia El Idrissi',
      '--role',
      'admin',
      '--role',
      'manager',
      '--password',
      'een-lang-wachtwoord',
    ]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('nadia.admin@wegwijs.test');
    await withDatabase(async (database) => {
      const platform = await createPlatform({
        env: loadEnv(env),
        database,
        logger: createLogger({ LOG_LEVEL: 'silent' }),
      });
      const app = await buildApp({ platform, serveWeb: false });
      try {
        const cookie = await signIn(app, 'nadia.admin@wegwijs.test', 'een-lang-wachtwoord');
        const me = (await app.inject({ url: '/api/auth/me', headers: { cookie, origin: ORIGIN } })).json();
        expect(me).toMatchObject({ name: 'Nadia El Idrissi', roles: ['admin', 'manager'] });
      } finally {
        await app.close();
      }
    });
    const again = await cli([
      'create-user',
      '--email',
      'nadia.admin@wegwijs.test',
      '--name',
      'X',
      '--role',
      'admin',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('IDENTITY.EMAIL_TAKEN');
  });

  it('invites a user without a password through the mail outbox', async () => {
    const result = await cli([
      'create-user',
      '--email',
      'bram@wegwijs.test',
      '--name',
      'Bram',
      '--role',
      'dispatcher',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('outbox');
    const mails = await withDatabase((database) =>
      database.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, 'bram@wegwijs.test')),
    );
    expect(mails).toHaveLength(1);
  });

  it('refuses bad create-user arguments with exit code 2 and says which', async () => {
    const cases: [string[], string][] = [
      [['--name', 'X', '--role', 'admin'], '--email'],
      [['--email', 'x@wegwijs.test', '--name', 'X', '--role', 'emperor'], '--role'],
      [['--email', 'x@wegwijs.test', '--name', 'X'], '--role'],
      [['--email', 'x@wegwijs.test', '--name', 'X', '--role', 'admin', '--password', 'kort'], '--password'],
      [['--email', 'x@wegwijs.test', '--nam', 'X'], "Unknown option '--nam'"],
    ];
    for (const [args, message] of cases) {
      const result = await cli(['create-user', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('Usage: npm run cli -- create-user');
    }
  });

  it('exports the audit log as JSON Lines, filtered, and as CSV to a file', async () => {
    const all = await cli(['export-audit']);
    expect(all.code, all.stderr).toBe(0);
    const rows = all.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toContainEqual(expect.objectContaining({ action: 'user.created', entity: 'user' }));
    expect(rows.every((row) => typeof row.id === 'number' && !Number.isNaN(Date.parse(row.at)))).toBe(true);
    expect(rows.map((row) => row.id)).toEqual([...rows.map((row) => row.id)].sort((a, b) => a - b));
    expect(all.stderr).toContain(`Exported ${rows.length} audit rows`);

    const users = await cli(['export-audit', '--entity', 'user', '--from', '2000-01-01']);
    const userRows = users.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(userRows.length).toBeGreaterThan(0);
    expect(userRows.every((row) => row.entity === 'user')).toBe(true);
    expect((await cli(['export-audit', '--from', '2999-01-01T00:00:00Z'])).stdout).toBe('');

    const out = join(dir, 'audit.csv');
    expect((await cli(['export-audit', '--format', 'csv', '--out', out, '--entity', 'user'])).code).toBe(0);
    const csv = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe('id,at,actorId,actorLabel,action,entity,entityId,before,after,requestId');
    expect(csv).toHaveLength(userRows.length + 1);

    const exported = await cli(['export-audit', '--entity', 'audit_log']);
    expect(exported.stdout).toContain('"action":"audit.exported"');
  });

  it('refuses bad export-audit arguments with exit code 2', async () => {
    for (const args of [['--format', 'xml'], ['--from', 'gisteren'], ['--to', '2026-13-45'], ['extra']]) {
      const result = await cli(['export-audit', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: npm run cli -- export-audit');
    }
  });

  it('seeds the demo data only where demo data is on, once', async () => {
    if (env.DATABASE_URL) {
      const refused = await cli(['seed-demo']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('DEMO_DATA=true');
    }
    const first = await cli(['seed-demo'], { DEMO_DATA: 'true' });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('admin@demo.wegwijs.test');
    const second = await cli(['seed-demo'], { DEMO_DATA: 'true' });
    expect(second.stdout).toContain('Created: 0 organisations, 0 teams, 0 people, 0 users.');
    // Every module seeds its demo (150 library documents, 200 cases, …): minutes on a busy machine.
  }, 240_000);

  it('runs as `tsx cli/main.ts` with the exit codes a script can rely on', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    const help = run(['help']);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain('export-audit');
    const bad = run(['create-user', '--email']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Option '--email <value>' argument missing");
    // Two cold starts of tsx, each loading every module.
  });
});
