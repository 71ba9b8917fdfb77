import { seedAllDemoData } from '../../server/demo.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/platform/demo/index.ts';
import { type CliCommand, EXIT_FAILED, EXIT_OK, parseOptions } from '../runner.ts';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  summary: 'Create the synthetic demo data and one account per role (only where demo data is on)',
  usage: 'npm run cli -- seed-demo',
  async run(args, ctx) {
    parseOptions(args, {});
    if (!ctx.env().demoData) {
      // The demo password is published: never create these accounts on a real database by accident.
      ctx.say(
        'Demo data is off for this database (DATABASE_URL is set). Set DEMO_DATA=true to seed it anyway.',
      );
      return EXIT_FAILED;
    }
    const database = await ctx.openDatabase();
    try {
      const { platform: report, modules } = await seedAllDemoData({
        database,
        logger: ctx.logger(),
        dataDir: ctx.env().DATA_DIR,
        pseudonymKey: ctx.env().PSEUDONYM_KEY,
      });
      ctx.print(
        `Demo data ready. Created: ${report.organisations} organisations, ${report.teams} teams, ` +
          `${report.people} people, ${report.users} users.`,
      );
      for (const [name, counts] of Object.entries(modules)) {
        const parts = Object.entries(counts).map(([what, count]) => `${count} ${what}`);
        ctx.print(`  ${name}: ${parts.length ? parts.join(', ') : 'nothing new'}`);
      }
      ctx.print(`Accounts (password ${DEMO_PASSWORD}):`);
      for (const account of DEMO_ACCOUNTS) ctx.print(`  ${account.email.padEnd(42)} ${account.role}`);
    } finally {
      await database.close();
    }
    return EXIT_OK;
  },
};
