import { createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { platformSecrets } from './pseudonym.tables.ts';

const SECRET_NAME = 'pseudonym-key';

/**
 * Keyed pseudonyms: the same value gives the same pseudonym (so duplicates and returning parties
 * are recognised), but without the key nobody can test guesses against the stored column — a plain
 * hash of a national register number falls to a search of its ~10^9 possible values in minutes.
 * The key is `PSEUDONYM_KEY` when set (keep it out of database backups), else one the installation
 * made for itself on first use.
 */
export type Pseudonymiser = (purpose: string, value: string) => Promise<string>;

export function createPseudonymiser(db: Db, configuredKey: string | undefined): Pseudonymiser {
  let key: Promise<Buffer> | undefined;
  const loadKey = async (): Promise<Buffer> => {
    if (configuredKey) return Buffer.from(configuredKey, 'utf8');
    await db
      .insert(platformSecrets)
      .values({ name: SECRET_NAME, value: randomBytes(32).toString('hex') })
      .onConflictDoNothing();
    const [row] = await db.select().from(platformSecrets).where(eq(platformSecrets.name, SECRET_NAME));
    if (!row) throw new Error('pseudonym key missing after insert');
    return Buffer.from(row.value, 'hex');
  };
  return async (purpose, value) => {
    key ??= loadKey().catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    // The purpose is part of the input: a pseudonym made for one register cannot be matched in another.
    return createHmac('sha256', await key)
      .update(`${purpose}\u0000${value}`)
      .digest('hex');
  };
}
