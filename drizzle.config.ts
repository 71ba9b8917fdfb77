import { defineConfig } from 'drizzle-kit';

// One migration history for the whole monolith: every module's *.tables.ts feeds it.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/platform/**/*.tables.ts', './server/modules/**/*.tables.ts'],
  out: './db/migrations',
  casing: 'snake_case',
});
