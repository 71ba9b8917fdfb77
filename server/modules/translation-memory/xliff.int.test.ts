import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ORIGIN, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import { queryRows } from '../../platform/db/index.ts';
import { conformanceAvailable, tmxDtd } from './test-support.ts';
import {
  canValidateXliff,
  MUST_REJECT,
  validateXliff,
  xliffFiles,
  xliffFolders,
} from './xliff-test-support.ts';

const TEXT = `Beste ouder,

Breng bv. een brooddoos mee voor de middag. De school begint om half negen.
Tel. 09 123 45 67`;

const tu = (nl: string, fr: string, ar: string) =>
  `<tu><tuv xml:lang="nl"><seg>${nl}</seg></tuv><tuv xml:lang="fr"><seg>${fr}</seg></tuv><tuv xml:lang="ar"><seg>${ar}</seg></tuv></tu>`;
const MEMORY = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="nl" datatype="plaintext" srclang="nl"/><body>${
  tu('Beste ouder,', 'Chers parents,', 'عزيزي الوالد،') +
  tu(
    'Breng een brooddoos mee voor de middag.',
    'Apportez une boîte à tartines pour midi.',
    'أحضروا علبة غداء لوقت الظهر.',
  )
}</body></tmx>`;

/** What the translator types in the CAT tool, per Dutch sentence. */
const TRANSLATOR: Record<string, Record<string, string>> = {
  fr: {
    'Beste ouder,': 'Chers parents,',
    'Breng bv. een brooddoos mee voor de middag.': 'Apportez p. ex. une boîte à tartines pour midi.',
    'De school begint om half negen.': "L'école commence à huit heures et demie.",
    'Tel. 09 123 45 67': 'Tél. 09 123 45 67',
  },
  ar: {
    'Beste ouder,': 'عزيزي الوالد،',
    'De school begint om half negen.': 'تبدأ المدرسة في الثامنة والنصف.',
    'Tel. 09 123 45 67': 'الهاتف 09 123 45 67',
  },
};

/** A CAT tool at work on our 1.2 file: every unit gets the translator's target, state translated. */
const translate12 = (xml: string, lang: string) =>
  xml.replace(/(\n\s*<source>)(.*?)<\/source>(\s*<target[^>]*>.*?<\/target>)?/gu, (_all, open, source) => {
    const target = TRANSLATOR[lang]?.[source];
    return `${open}${source}</source>${target ? `<target xml:lang="${lang}" state="translated">${target}</target>` : ''}`;
  });
/** …and on a 2.0 file, leaving alone the units the translator did not touch (the pre-filled fuzzy one). */
const translate20 = (xml: string, lang: string) =>
  xml.replace(
    /<segment id="(s\d+)" state="\w+"><source>(.*?)<\/source>(<target>.*?<\/target>)?<\/segment>/gu,
    (all, id, source) => {
      const target = TRANSLATOR[lang]?.[source];
      return target
        ? `<segment id="${id}" state="translated"><source>${source}</source><target>${target}</target></segment>`
        : all;
    },
  );

describe('XLIFF round trip over HTTP', () => {
  let t: TestApp;
  let editor: string;
  let manager: string;
  let requester: string;
  const validate = canValidateXliff();

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.platform.database.db;
    editor = await signIn(t.app, (await insertUser(db, { roles: ['library_editor'] })).email);
    manager = await signIn(t.app, (await insertUser(db, { roles: ['manager'] })).email);
    requester = await signIn(t.app, (await insertUser(db, { roles: ['requester'] })).email);
    const seeded = await t.app.inject({
      method: 'POST',
      url: '/api/tm/import',
      headers: { origin: ORIGIN, cookie: editor, 'content-type': 'application/xml' },
      payload: MEMORY,
    });
    expect(seeded.json()).toMatchObject({ imported: 4 });
  });
  afterAll(() => t.close());

  const exportFile = (body: object, cookie = manager) =>
    t.app.inject({
      method: 'POST',
      url: '/api/tm/xliff/export',
      headers: { origin: ORIGIN, cookie },
      payload: body,
    });
  const importFile = (payload: string, cookie = editor, type = 'application/xliff+xml') =>
    t.app.inject({
      method: 'POST',
      url: '/api/tm/xliff/import',
      headers: { origin: ORIGIN, cookie, 'content-type': type },
      payload,
    });
  const count = async () =>
    (
      await queryRows<{ n: number }>(t.platform.database.db, sql`select count(*)::int as n from tm_segments`)
    )[0]?.n;
  const targetOf = async (source: string, lang: string) =>
    (
      await queryRows<{ target_text: string; origin: string }>(
        t.platform.database.db,
        sql`select target_text, origin from tm_segments where source_text = ${source} and target_lang = ${lang}`,
      )
    ).map((r) => [r.target_text, r.origin]);

  it('exports 1.2 with the matches, valid, and takes the translated file back', async () => {
    const exported = await exportFile({ text: TEXT, target: 'fr', version: '1.2', name: 'brief school.txt' });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['content-type']).toContain('application/xliff+xml');
    expect(exported.headers['content-disposition']).toBe('attachment; filename="brief-school.fr.xlf"');
    const xml = exported.body;
    expect(xml).toContain('state="translated" state-qualifier="exact-match">Chers parents,</target>');
    expect(xml).toMatch(
      /state="needs-review-translation" state-qualifier="leveraged-tm">Apportez une boîte/u,
    );
    expect(xml).toMatch(/<alt-trans match-quality="(8\d|9\d)" origin="wegwijs-tm"/u);
    const translated = translate12(xml, 'fr');
    if (validate) expect(validateXliff([xml, translated], '1.2').messages).toEqual([]);

    const before = await count();
    const imported = await importFile(translated, editor, 'application/xml');
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({
      version: '1.2',
      imported: 3,
      skipped: 1,
      errors: [],
      text: "Chers parents,\n\nApportez p. ex. une boîte à tartines pour midi. L'école commence à huit heures et demie.\nTél. 09 123 45 67",
    });
    expect(await count()).toBe((before ?? 0) + 3);
    expect(await targetOf('Breng bv. een brooddoos mee voor de middag.', 'fr')).toEqual([
      ['Apportez p. ex. une boîte à tartines pour midi.', 'xliff-import'],
    ]);
    expect((await importFile(translated)).json()).toMatchObject({ imported: 0, skipped: 4 });
  });

  it('exports 2.0 with mtc:matches, valid, and leaves out the pre-filled match nobody confirmed', async () => {
    const exported = await exportFile({ text: TEXT, target: 'ar', version: '2.0' });
    expect(exported.statusCode, exported.body).toBe(200);
    const xml = exported.body;
    expect(xml).toContain(
      '<segment id="s1" state="translated"><source>Beste ouder,</source><target>عزيزي الوالد،</target>',
    );
    expect(xml).toMatch(/<mtc:match id="m1" ref="#s2" type="tm" origin="wegwijs-tm" matchQuality="8\d">/u);
    expect(xml).toContain('<ignorable><source xml:space="preserve">\n\n</source></ignorable>');
    const translated = translate20(xml, 'ar');
    if (validate) expect(validateXliff([xml, translated], '2.0').messages).toEqual([]);

    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/tm/xliff/import?origin=cat-test',
      headers: { origin: ORIGIN, cookie: editor, 'content-type': 'application/xliff+xml' },
      payload: translated,
    });
    expect(imported.json()).toEqual({
      version: '2.0',
      imported: 2,
      skipped: 2,
      errors: [],
      text: 'عزيزي الوالد،\n\nBreng bv. een brooddoos mee voor de middag. تبدأ المدرسة في الثامنة والنصف.\nالهاتف 09 123 45 67',
    });
    expect(await targetOf('De school begint om half negen.', 'ar')).toEqual([
      ['تبدأ المدرسة في الثامنة والنصف.', 'cat-test'],
    ]);
    expect(await targetOf('Breng bv. een brooddoos mee voor de middag.', 'ar')).toEqual([]);
  });

  it('refuses a file that is not well-formed with line and column, writing nothing', async () => {
    const before = await count();
    const broken = await importFile(
      '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="nl" trgLang="fr">\n<file id="f"><unit id="1"><segment state="translated"><source>Een.</source><target>Un.</target></segment></unit>\n<file></xliff>',
    );
    expect(broken.statusCode).toBe(422);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    expect(broken.json().detail).toMatch(/line 4, column \d+/u);
    expect(await count()).toBe(before);
  });

  it('checks permissions, media types and the request', async () => {
    expect((await exportFile({ text: TEXT, target: 'fr', version: '1.2' }, requester)).statusCode).toBe(403);
    expect((await importFile('<xliff/>', manager)).statusCode).toBe(403);
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/tm/xliff/import',
      headers: { origin: ORIGIN, cookie: editor },
      payload: { text: 'x' },
    });
    expect(json.statusCode).toBe(415);
    expect((await exportFile({ text: TEXT, target: 'fr', version: '3.0' })).statusCode).toBe(400);
    const arabicName = await exportFile({ text: TEXT, target: 'ar', version: '2.0', name: 'رسالة.txt' });
    expect(arabicName.headers['content-disposition']).toBe('attachment; filename="document.ar.xlf"');
    expect(arabicName.body).toContain('original="رسالة.txt"');
    expect((await exportFile({ text: ' \n ', target: 'fr', version: '2.0' })).statusCode).toBe(400);
    expect((await exportFile({ text: 'Vorm\u000cdoorvoer.', target: 'fr', version: '2.0' })).statusCode).toBe(
      422,
    );
  });

  const available = conformanceAvailable('XLIFF conformance import over HTTP', xliffFolders['2.0']);
  it.skipIf(!available).each(xliffFiles())(
    'imports %s without a crash (the must-reject ones refused whole)',
    async (name, bytes) => {
      const before = await count();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/tm/xliff/import?origin=conformance',
        headers: { origin: ORIGIN, cookie: editor, 'content-type': 'application/xml' },
        payload: Buffer.from(bytes),
      });
      if (MUST_REJECT.has(name)) {
        expect(response.statusCode).toBe(422);
        expect(response.json().detail).toMatch(/line \d+, column \d+/u);
        expect(await count()).toBe(before);
      } else {
        expect(response.statusCode, response.body).toBe(200);
        const { imported } = response.json();
        expect(await count()).toBe((before ?? 0) + imported);
      }
    },
  );

  it.skipIf(!available || !validate)(
    'keeps the imported inline codes writable as DTD-valid TMX',
    async () => {
      const pairs = await queryRows<{ source_lang: string; target_lang: string; codes: number }>(
        t.platform.database.db,
        sql`select source_lang, target_lang, sum(jsonb_array_length(target_codes))::int as codes
          from tm_segments where origin = 'conformance' group by 1, 2 order by 1, 2`,
      );
      expect(pairs.some((p) => p.codes > 0)).toBe(true);
      const dir = mkdtempSync(join(tmpdir(), 'xliff-tmx-'));
      try {
        const files: string[] = [];
        for (const { source_lang, target_lang } of pairs) {
          const response = await t.app.inject({
            url: `/api/tm/export.tmx?source=${source_lang}&target=${target_lang}`,
            headers: { cookie: manager },
          });
          expect(response.statusCode, response.body).toBe(200);
          const file = join(dir, `${source_lang}-${target_lang}.tmx`);
          writeFileSync(file, response.body);
          files.push(file);
        }
        const run = spawnSync('/usr/bin/xmllint', ['--noout', '--nonet', '--dtdvalid', tmxDtd, ...files], {
          encoding: 'utf8',
        });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
