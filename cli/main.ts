import { createUserCommand } from './commands/create-user.ts';
import { exportAuditCommand } from './commands/export-audit.ts';
import { helpCommand } from './commands/help.ts';
import { migrateCommand } from './commands/migrate.ts';
import { seedDemoCommand } from './commands/seed-demo.ts';
import { processIo, runCli } from './runner.ts';

/** `npm run cli -- <command>`: the admin CLI. One file per command under commands/. */
const commands = [migrateCommand, seedDemoCommand, createUserCommand, exportAuditCommand];

process.exit(await runCli(process.argv.slice(2), [...commands, helpCommand(commands)], processIo()));
