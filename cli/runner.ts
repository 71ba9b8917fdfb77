import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type Logger, pino } from 'pino';
import { openAndMigrate } from '../server/platform/boot.ts';
import type { Database } from '../server/platform/db/index.ts';
import { type Env, EnvError, loadEnv } from '../server/platform/env.ts';
import { isAppError } from '../server/platform/http/index.ts';

/** Where a run reads its settings and writes its output: the process, or a test's buffers. */
export type CliIo = { stdout: Writable; stderr: Writable; env: Record<string, string | undefined> };

export type CommandContext = {
  io: CliIo;
  /** The validated environment (EnvError when it is wrong), read on first use. */
  env(): Env;
  logger(): Logger;
  /** The configured database, opened and migrated exactly as the server does at boot. */
  openDatabase(): Promise<Database>;
  /** A line of the command's output, on stdout. */
  print(line: string): void;
  /** A line for the user on stderr, so that stdout carries only the command's data. */
  say(line: string): void;
};

export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  /** Resolves to the exit code. */
  run(args: string[], ctx: CommandContext): Promise<number>;
};

/** Wrong arguments: the message and the command's usage are printed, and the exit code is 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with its complaints turned into a UsageError. */
export function parseOptions<const T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The CLI keeps quiet at the default level: its own lines say what happened. */
function cliLogger(env: Env): Logger {
  const level = env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL;
  return pino({ level }, pino.destination({ dest: 2, sync: true }));
}

function contextFor(io: CliIo): CommandContext {
  let env: Env | undefined;
  let logger: Logger | undefined;
  const ctx: CommandContext = {
    io,
    env: () => {
      env ??= loadEnv(io.env);
      return env;
    },
    logger: () => {
      logger ??= cliLogger(ctx.env());
      return logger;
    },
    openDatabase: () => openAndMigrate(ctx.env(), ctx.logger()),
    print: (line) => io.stdout.write(`${line}\n`),
    say: (line) => io.stderr.write(`${line}\n`),
  };
  return ctx;
}

function describeFailure(error: unknown): string {
  if (error instanceof EnvError) return error.message;
  if (isAppError(error)) {
    const fields = error.fieldErrors?.map((field) => `\n  ${field.path}: ${field.message}`).join('') ?? '';
    return `${error.code}${error.detail ? `: ${error.detail}` : ''}${fields}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Runs one command line; answers the exit code (0 done, 1 failed, 2 wrong arguments). */
export async function runCli(argv: string[], commands: readonly CliCommand[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(name === undefined ? 'No command given.\n' : `Unknown command: ${name}\n`);
    io.stderr.write(`Commands: ${commands.map((candidate) => candidate.name).join(', ')}. Try: help\n`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, contextFor(io));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\nUsage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`${command.name} failed: ${describeFailure(error)}\n`);
    return EXIT_FAILED;
  }
}

/** The real process: a local .env fills in what the shell did not set, as for the server. */
export function processIo(): CliIo {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
