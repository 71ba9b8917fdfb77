import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { storedFiles } from './files.tables.ts';

export type StoredFileRow = typeof storedFiles.$inferSelect;

export async function insertStoredFile(
  db: Db,
  values: Omit<typeof storedFiles.$inferInsert, 'id' | 'createdAt'>,
): Promise<StoredFileRow> {
  const [row] = await db.insert(storedFiles).values(values).returning();
  if (!row) throw new Error('insert into stored_files returned no row');
  return row;
}

export async function findStoredFile(db: Db, id: string): Promise<StoredFileRow | null> {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id)).limit(1);
  return row ?? null;
}
