import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LibrarySearchQuerySchema,
  type LibrarySearchResult,
  LibrarySearchResultSchema,
} from '../../../contracts/library.ts';
import { PublicLibraryDocumentSchema } from '../../../contracts/library-public.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { insertUser, signIn } from '../../../test/factories.ts';
import { queryRows } from '../../platform/db/index.ts';
import { insertDocument } from './library-search.fixtures.ts';
import { searchLibrary } from './library-search.ts';
import { ALL_SEARCH_CONFIGS } from './library-search-config.ts';

// Synthetic letters. Searching them checks stemming, accents, typos, scripts and visibility.
const ENROL = {
  sector: 'education',
  themes: ['school', 'inschrijving'],
  visibility: 'public',
  translations: [
    {
      lang: 'nl',
      title: 'Inschrijving van uw kind',
      description: 'Zo schrijft u uw kind in.',
      text: 'Elk kind mag naar de school in de buurt. U vraagt de inschrijving aan bij het centraal aanmeldpunt.',
    },
    {
      lang: 'ar',
      title: 'تسجيل طفلك في المدرسة',
      text: 'يمكن لكل طفل أن يذهب إلى المدرسة القريبة. اطلب التسجيل عبر الإنترنت.',
    },
    {
      lang: 'fr',
      title: 'Inscrire votre enfant',
      text: "Chaque enfant peut aller à l'école du quartier. Demandez l'inscription en ligne.",
    },
  ],
} as const;
const MEDICATION = {
  sector: 'health',
  themes: ['ziekte'],
  docType: 'standard_form',
  visibility: 'public',
  translations: [
    {
      lang: 'nl',
      title: 'Medicatieschema',
      text: 'Neem het medicijn na het ontbijt. Vragen? Kom langs in het café van het wijkhuis.',
    },
    { lang: 'en', title: 'Medication schedule', text: 'Take the medicine after breakfast.' },
  ],
} as const;
const WASTE = {
  sector: 'welfare',
  themes: ['afval', 'school'],
  visibility: 'requesters',
  translations: [
    { lang: 'nl', title: 'Afval sorteren op school', text: 'De scholen sorteren papier, glas en plastic.' },
  ],
} as const;
const MEMO = {
  sector: 'housing',
  visibility: 'staff',
  translations: [
    { lang: 'nl', title: 'Interne nota huisvesting', text: 'Wachtlijst voor woningen naast de school.' },
  ],
} as const;
const OLD = {
  sector: 'general',
  visibility: 'public',
  status: 'archived',
  translations: [
    { lang: 'nl', title: 'Oude brief over de school', text: 'Deze brief over de school is vervangen.' },
  ],
} as const;

describe('library search', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const cookies: Record<'requester' | 'staff', string> = { requester: '', staff: '' };

  const get = async (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const search = async (
    params: Record<string, string>,
    who?: 'requester' | 'staff',
  ): Promise<LibrarySearchResult> => {
    const base = who ? '/api/library/documents' : '/api/public/library/documents';
    const response = await get(`${base}?${new URLSearchParams(params)}`, who && cookies[who]);
    expect(response.statusCode, response.body).toBe(200);
    return LibrarySearchResultSchema.parse(response.json());
  };
  const found = (result: LibrarySearchResult) => result.items.map((item) => item.id).sort();
  const hits = (result: LibrarySearchResult) =>
    result.items.flatMap((item) =>
      item.snippet.filter((part) => part.hit).map((part) => part.text.toLowerCase()),
    );

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.platform.database;
    for (const [name, doc] of Object.entries({ ENROL, MEDICATION, WASTE, MEMO, OLD })) {
      ids[name] = await insertDocument(db, t.platform.files, structuredClone(doc) as never);
    }
    for (const [who, role] of [
      ['requester', 'requester'],
      ['staff', 'library_editor'],
    ] as const) {
      cookies[who] = await signIn(t.app, (await insertUser(db, { roles: [role] })).email);
    }
  });
  afterAll(() => t.close());

  /** A language row written straight into the table, as a bulk import would. */
  const insertTranslationRow = (documentId: string, lang: string, title: string) =>
    t.platform.database.db.execute(
      sql`insert into library_translations (document_id, lang, title) values (${documentId}, ${lang}, ${title})`,
    );

  it('maps languages only to configurations this engine has', async () => {
    const rows = await queryRows<{ cfgname: string }>(
      t.platform.database.db,
      sql`select cfgname from pg_ts_config`,
    );
    const present = new Set(rows.map((row) => row.cfgname));
    expect(ALL_SEARCH_CONFIGS.filter((config) => !present.has(config))).toEqual([]);
  });

  it('stems Dutch: "scholen" finds "school", "inschrijvingen" finds "inschrijving"', async () => {
    const schools = await search({ q: 'scholen' });
    expect(found(schools)).toEqual([ids.ENROL]);
    expect(hits(schools)).toContain('school');
    const enrolments = await search({ q: 'inschrijvingen', lang: 'nl' });
    expect(found(enrolments)).toEqual([ids.ENROL]);
    expect(enrolments.items[0]?.snippet.some((part) => part.hit && /inschrijving/i.test(part.text))).toBe(
      true,
    );
  });

  it('ignores accents both ways', async () => {
    const cafe = await search({ q: 'cafe' });
    expect(found(cafe)).toEqual([ids.MEDICATION]);
    expect(hits(cafe).map((hit) => hit.normalize('NFD').replace(/\p{M}/gu, ''))).toContain('cafe');
    const ecole = await search({ q: 'ecole' });
    expect(found(ecole)).toEqual([ids.ENROL]);
    expect(ecole.items[0]?.lang).toBe('fr');
    expect((await search({ q: 'médicatieschema' })).items.map((item) => item.id)).toEqual([ids.MEDICATION]);
  });

  it('forgives a typo through the trigram index', async () => {
    const result = await search({ q: 'inschrijvng' });
    expect(found(result)).toEqual([ids.ENROL]);
    expect(result.items[0]?.lang).toBe('nl');
  });

  it('finds the Arabic translation in Arabic, with every language of the document', async () => {
    const result = await search({ q: 'المدرسة', lang: 'ar' });
    expect(found(result)).toEqual([ids.ENROL]);
    const [hit] = result.items;
    expect(hit?.lang).toBe('ar');
    expect(hit?.title).toBe(ENROL.translations[1].title);
    expect(hit?.languages).toEqual(['nl', 'ar', 'fr']);
    expect(hit?.snippet.some((part) => part.hit)).toBe(true);
    expect(hit?.downloadUrl).toBe(`/api/public/library/documents/${ids.ENROL}/translations/ar/file`);
  });

  it('searches and shows only the requested language', async () => {
    const english = await search({ q: 'medicine', lang: 'en' });
    expect(found(english)).toEqual([ids.MEDICATION]);
    expect(english.items.every((item) => item.lang === 'en')).toBe(true);
    expect((await search({ q: 'medicine', lang: 'fr' })).total).toBe(0);
    const listing = await search({ lang: 'ar' });
    expect(found(listing)).toEqual([ids.ENROL]);
    expect(listing.facets.language).toEqual([{ value: 'ar', count: 1 }]);
  });

  it('counts facets over the whole matching set, not the page', async () => {
    const page = await search({ q: 'school', limit: '1' }, 'staff');
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(3);
    const next = await search({ q: 'school', limit: '1', offset: '1' }, 'staff');
    expect(next.items[0]?.id).not.toBe(page.items[0]?.id);
    expect(page.facets.sector).toEqual(
      expect.arrayContaining([
        { value: 'education', count: 1 },
        { value: 'welfare', count: 1 },
        { value: 'housing', count: 1 },
      ]),
    );
    expect(page.facets.sector).toHaveLength(3);
    expect(page.facets.theme).toEqual(expect.arrayContaining([{ value: 'school', count: 2 }]));
    const all = await search({});
    expect(all.total).toBe(2);
    expect(all.facets.language).toEqual([
      { value: 'nl', count: 2 },
      { value: 'ar', count: 1 },
      { value: 'en', count: 1 },
      { value: 'fr', count: 1 },
    ]);
    expect(all.facets.type).toEqual(expect.arrayContaining([{ value: 'standard_form', count: 1 }]));
    const filtered = await search({ sector: 'health', type: 'standard_form' });
    expect(found(filtered)).toEqual([ids.MEDICATION]);
    expect(found(await search({ theme: 'school' }))).toEqual([ids.ENROL]);
  });

  it('ranks and counts at most the cap, and says so', async () => {
    const { db } = t.platform.database;
    const all = await searchLibrary(
      db,
      ['public', 'requesters', 'staff'],
      LibrarySearchQuerySchema.parse({ q: 'school' }),
    );
    expect(all).toMatchObject({ total: 3, capped: false });
    const capped = await searchLibrary(
      db,
      ['public', 'requesters', 'staff'],
      LibrarySearchQuerySchema.parse({ q: 'school' }),
      {
        matchCap: 2,
      },
    );
    expect(capped.capped).toBe(true);
    expect(capped.total).toBe(2);
    expect(capped.facets.sector.reduce((sum, f) => sum + f.count, 0)).toBe(2);
    // Title and description matches fill the cap before text-only ones: of ENROL and MEMO ("school"
    // in their text, written first) and WASTE ("school" in its title), the one kept is WASTE.
    const best = await searchLibrary(
      db,
      ['public', 'requesters', 'staff'],
      LibrarySearchQuerySchema.parse({ q: 'school' }),
      { matchCap: 1 },
    );
    expect(best.items.map((item) => item.id)).toEqual([ids.WASTE]);
    expect(best.items[0]?.rank).toBeGreaterThan(0.5);
    const listing = await searchLibrary(db, ['public'], LibrarySearchQuerySchema.parse({}), { matchCap: 1 });
    expect(listing).toMatchObject({ total: 1, capped: true });
  });

  it('shows each caller only what their roles may see, never archived documents', async () => {
    expect(found(await search({ q: 'school' }))).toEqual([ids.ENROL]);
    expect(found(await search({ q: 'school' }, 'requester'))).toEqual([ids.ENROL, ids.WASTE].sort());
    expect(found(await search({ q: 'school' }, 'staff'))).toEqual([ids.ENROL, ids.WASTE, ids.MEMO].sort());
    expect(found(await search({}, 'staff'))).not.toContain(ids.OLD);
    expect((await get('/api/library/documents?q=school')).statusCode).toBe(401);
  });

  it("keeps each language's copy of its document's facts in step with the document", async () => {
    const { db } = t.platform.database;
    const id = await insertDocument(db, t.platform.files, {
      sector: 'work',
      themes: ['werk'],
      visibility: 'public',
      translations: [
        { lang: 'nl', title: 'Vakbondspremie aanvragen', text: 'De vakbondspremie vraagt u aan.' },
        { lang: 'en', title: 'Claiming the union premium', text: 'Ask for the vakbondspremie.' },
      ],
    });
    const copies = () =>
      queryRows<{ lang: string; facts: string }>(
        db,
        sql`select t.lang, concat_ws('|', t.doc_status, t.doc_visibility, t.doc_sector, t.doc_type,
                   array_to_string(t.doc_themes, ','), (t.doc_created_at = d.created_at)::text) as facts
            from library_translations t join library_documents d on d.id = t.document_id
            where t.document_id = ${id} order by t.lang`,
      );
    expect(await copies()).toEqual([
      { lang: 'en', facts: 'active|public|work|informative|werk|true' },
      { lang: 'nl', facts: 'active|public|work|informative|werk|true' },
    ]);
    expect(found(await search({ q: 'vakbondspremie' }))).toEqual([id]);

    const change = (set: ReturnType<typeof sql>) =>
      db.execute(sql`update library_documents set ${set} where id = ${id}`);
    await change(
      sql`visibility = 'staff', sector = 'health', doc_type = 'standard_form', themes = '{ziekte}'`,
    );
    expect((await copies()).map((row) => row.facts)).toEqual([
      'active|staff|health|standard_form|ziekte|true',
      'active|staff|health|standard_form|ziekte|true',
    ]);
    expect((await search({ q: 'vakbondspremie' })).total).toBe(0);
    expect((await search({ q: 'vakbondspremie' }, 'requester')).total).toBe(0);
    const staff = await search({ q: 'vakbondspremie', sector: 'health', type: 'standard_form' }, 'staff');
    expect(found(staff)).toEqual([id]);
    expect(staff.facets.theme).toEqual([{ value: 'ziekte', count: 1 }]);
    // The facts as lexemes beside the text in the GIN index follow the document too.
    const [lexemes] = await queryRows<{ facts: string }>(
      db,
      sql`select search_facts::text as facts from library_translations where document_id = ${id} and lang = 'nl'`,
    );
    expect(lexemes?.facts).toBe(
      "'config dutch' 'lang nl' 'sector health' 'status active' 'theme ziekte' 'type standard_form' 'visibility staff'",
    );
    expect(found(await search({ q: 'vakbondspremie', theme: 'ziekte', lang: 'en' }, 'staff'))).toEqual([id]);
    // A theme with a quote and a backslash is a lexeme like any other, not tsquery syntax.
    expect((await search({ q: 'vakbondspremie', theme: "o'neill \\ | !x" }, 'staff')).total).toBe(0);
    expect((await search({ q: 'vakbondspremie', sector: 'work' }, 'staff')).total).toBe(0);

    // A language added later takes the document's facts as they are now.
    await insertTranslationRow(id, 'fr', 'Prime syndicale');
    expect((await copies()).find((row) => row.lang === 'fr')?.facts).toBe(
      'active|staff|health|standard_form|ziekte|true',
    );
    await change(sql`status = 'archived'`);
    expect((await copies()).every((row) => row.facts.startsWith('archived|staff|'))).toBe(true);
    expect((await search({ q: 'vakbondspremie' }, 'staff')).total).toBe(0);
  });

  it('corrects a typo with the words of the library, also in a query of several words', async () => {
    const result = await search({ q: 'medicatieshema' });
    expect(found(result)).toEqual([ids.MEDICATION]);
    // Every word needs a correction: a word that resembles nothing finds nothing.
    expect(found(await search({ q: 'inschrijvng kind' }))).toEqual([ids.ENROL]);
    expect((await search({ q: 'inschrijvng qqqxxx' })).total).toBe(0);
    const rank = (await search({ q: 'inschrijvng' })).items[0]?.rank ?? 1;
    expect(rank).toBeGreaterThanOrEqual(0.25);
    expect(rank).toBeLessThan(0.5);
  });

  it('highlights a hit far into a long text, and shows the text as written when only the title matches', async () => {
    const { db } = t.platform.database;
    const filler = 'Deze zin gaat over iets anders en blijft lang genoeg om de tekst te vullen. '.repeat(30);
    const id = await insertDocument(db, t.platform.files, {
      sector: 'health',
      visibility: 'public',
      translations: [
        {
          lang: 'nl',
          title: 'Griepprik voor één gezin',
          description: 'Uitleg voor ouders.',
          text: `${filler}Na de kleuterklas volgt de tandartscontrole in het café.`,
        },
      ],
    });
    const deep = await search({ q: 'tandartscontrole' });
    expect(found(deep)).toEqual([id]);
    expect(hits(deep)).toContain('tandartscontrole');
    const title = await search({ q: 'griepprik' });
    expect(found(title)).toEqual([id]);
    const shown = title.items[0]?.snippet.map((part) => part.text).join('') ?? '';
    expect(shown).toContain('Uitleg voor ouders.');
    expect(title.items[0]?.title).toBe('Griepprik voor één gezin');
    // A hit deep in the text through its unaccented form is highlighted too.
    expect(hits(await search({ q: 'cafe', sector: 'health', type: 'informative' }))).toContain('café');
  });

  it('tries no typo correction for a word the library has, in documents the caller may not see', async () => {
    // "huisvesting" is a word of the staff memo only: a visitor finds nothing, not its look-alikes.
    expect((await search({ q: 'huisvesting' })).total).toBe(0);
    expect(found(await search({ q: 'huisvesting' }, 'staff'))).toEqual([ids.MEMO]);
  });

  it('refuses bad query parameters with a problem', async () => {
    for (const query of ['limit=0', 'limit=abc', 'offset=-1', 'lang=english', 'sector=space', 'type=poem']) {
      const response = await get(`/api/public/library/documents?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await get('/api/library/documents?limit=101', cookies.staff)).statusCode).toBe(400);
  });

  it('shows a public document and its files to a visitor, and nothing else', async () => {
    const response = await get(`/api/public/library/documents/${ids.ENROL}`);
    expect(response.statusCode, response.body).toBe(200);
    const document = PublicLibraryDocumentSchema.parse(response.json());
    expect(document.translations.map((tr) => tr.lang)).toEqual(['nl', 'ar', 'fr']);
    const download = await get(document.translations[1]?.downloadUrl ?? '');
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe(ENROL.translations[1].text);
    for (const hidden of [ids.WASTE, ids.MEMO, ids.OLD]) {
      expect((await get(`/api/public/library/documents/${hidden}`)).statusCode).toBe(404);
      expect((await get(`/api/public/library/documents/${hidden}/translations/nl/file`)).statusCode).toBe(
        404,
      );
    }
  });
});
