import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { systemContext } from '../../platform/context.ts';
import { queryRows } from '../../platform/db/index.ts';
import { alignIntoMemory } from './tm-align.service.ts';

const DUTCH = `Beste ouder,

Uw kind zit volgend jaar in klas nr. 4. U hoeft niets te betalen. De uitstap is helemaal gratis.

Max. twee begeleiders per klas, bv. een ouder en een grootouder.`;
const FRENCH = `Chers parents,

Votre enfant sera l'an prochain dans la classe n° 4. L'excursion est entièrement gratuite, vous ne devez donc rien payer.

Deux accompagnateurs au maximum par classe, p. ex. un parent et un grand-parent.`;

describe('alignIntoMemory', () => {
  let t: TestApp;
  const ctx = systemContext('test');
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('writes the aligned pairs once, reviewed and with their document, and audits each run once', async () => {
    const db = t.platform.database.db;
    const documentId = randomUUID();
    const input = {
      sourceLang: 'nl',
      targetLang: 'fr',
      sourceText: DUTCH,
      targetText: FRENCH,
      origin: `library:${documentId}`,
      originDocumentId: documentId,
      reviewed: true,
    };
    expect(await alignIntoMemory(db, ctx, input)).toEqual({ aligned: 4, inserted: 4, skipped: 0 });
    const rows = await queryRows<{
      source_text: string;
      target_text: string;
      reviewed: boolean;
      origin: string;
    }>(
      db,
      sql`select source_text, target_text, reviewed, origin from tm_segments
          where origin_document_id = ${documentId} order by source_text`,
    );
    expect(rows.map((r) => r.source_text)).toEqual([
      'Beste ouder,',
      'Max. twee begeleiders per klas, bv. een ouder en een grootouder.',
      'U hoeft niets te betalen. De uitstap is helemaal gratis.',
      'Uw kind zit volgend jaar in klas nr. 4.',
    ]);
    expect(rows[2]?.target_text).toBe("L'excursion est entièrement gratuite, vous ne devez donc rien payer.");
    expect(rows.every((r) => r.reviewed && r.origin === `library:${documentId}`)).toBe(true);

    expect(await alignIntoMemory(db, ctx, input)).toEqual({ aligned: 4, inserted: 0, skipped: 4 });
    const audits = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from audit_log where action = 'tm.aligned' and entity_id = ${documentId}`,
    );
    expect(audits[0]?.n).toBe(2);
  });
});
