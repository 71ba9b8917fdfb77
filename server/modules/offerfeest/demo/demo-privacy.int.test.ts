import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { testEngine } from '../../../../test/database.ts';
import { systemContext } from '../../../platform/context.ts';
import { demoClaimNrn } from '../claims/demo-claims.ts';
import { offerfeestModule } from '../index.ts';
import { NRN_PURPOSE, normaliseNationalRegisterNumber } from '../national-register-number.ts';
import { offerfeestClaims, offerfeestRegistrations } from '../offerfeest.tables.ts';

/** Eleven digits standing alone: how a national register number would sit in a stored text. */
const ELEVEN_DIGITS = /(?<!\d)\d{11}(?!\d)|\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}/gu;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/giu;
/** Hashes (pseudonyms, code hashes): a run of hex digits may hold 11 decimal ones by chance (seen once in a local run). */
const HEX_HASH = /(?<![0-9a-z])[0-9a-f]{32,}(?![0-9a-z])/giu;

/** The demo's households and claimants are kept as real ones are: the number only as its pseudonym. */
describe(`offerfeest demo data and the national register number (${testEngine()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('gives every demo registration and claim the platform pseudonym, and stores no number in clear', async () => {
    const db = t.platform.database.db;
    const tools = { pseudonymise: t.platform.pseudonymise };
    await offerfeestModule.seedDemo?.(db, systemContext('demo'), t.platform.files, tools);

    const registrations = await db.select().from(offerfeestRegistrations);
    const claims = await db.select().from(offerfeestClaims);
    expect(registrations).toHaveLength(50);
    expect(claims).toHaveLength(30);
    for (const row of [...registrations, ...claims]) expect(row.nrnPseudonym).toMatch(/^[0-9a-f]{64}$/u);
    // One person per registration, one household per claim.
    expect(new Set(registrations.map((r) => r.nrnPseudonym)).size).toBe(50);
    expect(new Set(claims.map((c) => c.nrnPseudonym)).size).toBe(30);
    // Made with the platform's key, as a submitted claim's: a real claim with that number is a duplicate.
    const first = claims.find((c) => c.reference.endsWith('-0001'));
    expect(first?.nrnPseudonym).toBe(await t.platform.pseudonymise(NRN_PURPOSE, demoClaimNrn(0)));

    // Nowhere the demo wrote — its tables, the audit log, the mail outbox — holds a valid number.
    const tables = ['offerfeest_registrations', 'offerfeest_claims', 'audit_log', 'mail_outbox'];
    for (const table of tables) {
      const result = await db.execute(sql.raw(`select row_to_json(t)::text as row from ${table} t`));
      const rows = (result as unknown as { rows: { row: string }[] }).rows;
      expect(rows.length, table).toBeGreaterThan(table === 'mail_outbox' ? -1 : 0);
      const numbers = rows.flatMap(
        (r) => r.row.replace(UUID, '').replace(HEX_HASH, '').match(ELEVEN_DIGITS) ?? [],
      );
      expect(
        numbers.filter((n) => normaliseNationalRegisterNumber(n) !== null),
        table,
      ).toEqual([]);
    }
  });
});
