import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/index.ts';

/** One historical value of an effective-dated rule or tariff, as it was published. */
export type ParamDefault = { key: string; validFrom: string; validTo?: string; value: unknown; note: string };

/**
 * Puts a module's published rules and tariffs in the parameters table when a key has no value at
 * all, so a fresh installation works; once a key has values, the admin's edits are the truth and
 * nothing here touches it again. Modules call it from their `start`.
 */
export async function ensureParamDefaults(db: Db, all: readonly ParamDefault[]): Promise<void> {
  for (const key of new Set(all.map((row) => row.key))) {
    const rows = all.filter((row) => row.key === key);
    await db.transaction(async (tx) => {
      // Two processes booting at once must not both insert the history.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`param-defaults:${key}`}))`);
      const existing = await queryRows(tx, sql`select 1 from parameters where key = ${key} limit 1`);
      if (existing.length > 0) return;
      for (const row of rows) {
        await tx.execute(sql`insert into parameters (key, value, valid_from, valid_to, note)
          values (${key}, ${JSON.stringify(row.value)}::jsonb, ${row.validFrom}, ${row.validTo ?? null}, ${row.note})`);
      }
    });
  }
}
