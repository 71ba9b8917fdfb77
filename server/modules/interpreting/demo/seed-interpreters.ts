import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { demoId } from '../../../platform/demo/demo-ids.ts';
import { seededRandom } from '../../../platform/demo/index.ts';
import { users } from '../../../platform/identity/identity.tables.ts';
import { addDays, brusselsDate } from '../brussels-time.ts';
import { interpreterLanguages, interpreters } from '../interpreting.tables.ts';
import { type DemoInterpreter, demoInterpreters } from './demo-interpreters.ts';

export type RegisterEntry = DemoInterpreter & { id: string; userId: string | null };

/** Multi-row inserts of at most 200 rows (well under the bind-parameter limit); answers rows created. */
export async function insertCounted<T>(
  rows: readonly T[],
  insert: (chunk: T[]) => Promise<number>,
): Promise<number> {
  let created = 0;
  for (let at = 0; at < rows.length; at += 200) created += await insert(rows.slice(at, at + 200));
  return created;
}

/** The register with languages; the first interpreter gets the demo interpreter account. */
export async function seedInterpreters(
  db: Db,
  report: Record<string, number>,
  now: Date,
): Promise<RegisterEntry[]> {
  const today = brusselsDate(now);
  const accountId = await freeInterpreterAccount(db);
  const register = demoInterpreters(seededRandom(4_2027)).map((i) => ({
    ...i,
    id: demoId(`interpreting:${i.key}`),
    userId: i.key === 'interpreter:0' ? accountId : null,
  }));
  const rows = register.map(({ key: _key, languages: _languages, certificationDays, ...i }) => ({
    ...i,
    email: `${ascii(i.givenName)}.${ascii(i.familyName)}@tolk.demo.wegwijs.test`,
    phone: `+32 470 ${String(100_000 + (Math.abs(hash(i.code)) % 900_000)).replace(/(\d{3})(\d{3})/, '$1 $2')}`,
    certificationValidUntil: addDays(today, certificationDays),
  }));
  report.interpreters = await insertCounted(rows, async (chunk) => {
    const created = await db
      .insert(interpreters)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ id: interpreters.id });
    return created.length;
  });
  // A code taken by a hand-made interpreter skips ours: only the ones that exist get languages.
  const stored = await db
    .select({ id: interpreters.id })
    .from(interpreters)
    .where(
      inArray(
        interpreters.id,
        register.map((i) => i.id),
      ),
    );
  const ids = new Set(stored.map((row) => row.id));
  const present = register.filter((i) => ids.has(i.id));
  const languages = present.flatMap((i) =>
    i.languages.map((l) => ({ interpreterId: i.id, ...l, direction: 'both' })),
  );
  report.interpreterLanguages = await insertCounted(languages, async (chunk) => {
    const created = await db
      .insert(interpreterLanguages)
      .values(chunk)
      .onConflictDoNothing()
      .returning({ id: interpreterLanguages.interpreterId });
    return created.length;
  });
  return present;
}

/** The demo interpreter account, unless it is missing or another interpreter has it already. */
async function freeInterpreterAccount(db: Db): Promise<string | null> {
  const id = demoId('user:interpreter');
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.id, id));
  if (!account) return null;
  const [taken] = await db
    .select({ id: interpreters.id })
    .from(interpreters)
    .where(eq(interpreters.userId, id));
  return taken && taken.id !== demoId('interpreting:interpreter:0') ? null : id;
}

function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (Math.imul(h, 31) + (char.codePointAt(0) ?? 0)) | 0;
  return h;
}
