export { DEMO_ACCOUNTS, DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, type DemoAccount } from './demo-accounts.ts';
export { DEMO_ORGANISATIONS, DEMO_PEOPLE, DEMO_TEAMS } from './demo-data.ts';
export { type Random, seededRandom } from './prng.ts';
export { type SeedReport, seedDemoData } from './seed-demo.ts';
