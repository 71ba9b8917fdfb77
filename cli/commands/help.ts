import { type CliCommand, EXIT_OK, parseOptions, UsageError } from '../runner.ts';

/** `help` lists the commands; `help <command>` shows one command's usage. */
export function helpCommand(commands: readonly CliCommand[]): CliCommand {
  const self: CliCommand = {
    name: 'help',
    summary: 'List the commands, or show how to use one',
    usage: 'npm run cli -- help [command]',
    async run(args, ctx) {
      const [topic, ...rest] = args;
      if (topic !== undefined && !topic.startsWith('-')) {
        parseOptions(rest, {});
        const command = [...commands, self].find((candidate) => candidate.name === topic);
        if (!command) throw new UsageError(`Unknown command: ${topic}`);
        ctx.print(`${command.summary}\n\nUsage: ${command.usage}`);
        return EXIT_OK;
      }
      parseOptions(args, {});
      ctx.print('Wegwijs admin CLI. Usage: npm run cli -- <command> [options]\n\nCommands:');
      for (const command of [...commands, self]) ctx.print(`  ${command.name.padEnd(14)} ${command.summary}`);
      ctx.print(
        '\nSettings come from the environment (and .env), as for the server: DATABASE_URL or DATA_DIR.',
      );
      return EXIT_OK;
    },
  };
  return self;
}
