import { type SQL, sql } from 'drizzle-orm';
import type {
  LibrarySearchHit,
  LibrarySearchQuery,
  LibrarySearchResult,
  LibraryVisibility,
} from '../../../contracts/library.ts';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { ALL_SEARCH_CONFIGS, searchConfigFor } from './library-search-config.ts';
import { HEADLINE_OPTIONS, HIT_START, snippetParts } from './library-search-snippet.ts';

/** Where hits' download links point: the signed-in API or the public portal's. */
export type SearchOptions = {
  apiBase?: '/api/library' | '/api/public/library';
  /** How many matches are ranked and counted at most (default MATCH_CAP). */
  matchCap?: number;
};

type TsGroup = { tsq: string; cfgs: string[] };
type Facet = { value: string; count: number };
type ResultRow = {
  total: number;
  capped: boolean;
  language: Facet[];
  sector: Facet[];
  type: Facet[];
  theme: Facet[];
  items: (Omit<LibrarySearchHit, 'snippet' | 'downloadUrl'> & { headline: string })[] | null;
};

/**
 * Ranks: a full-text match scores 0.5 + its cover density (normalised to 0..1, title words
 * weigh most); a typo-only trigram match 0.5 × its word similarity (≥ 0.6 to match), so below.
 */
const TEXT_MATCH_FLOOR = 0.5;
/**
 * At most this many matching translations (documents, without a query) are ranked and counted,
 * so a query that matches a sixth of a 100,000-document library still answers in milliseconds.
 * Beyond it, `total` and the facets count the capped set and `capped` is true: a page of 20 out of
 * "2,000 or more" is what such a query can usefully show, and the facets narrow it down.
 */
export const MATCH_CAP = 2000;
const TRIGRAM_WEIGHT = 0.5;

const list = (values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/**
 * The query `q` parsed once per text-search configuration (websearch syntax: "quotes", or, -not),
 * configurations that parse it alike grouped. Each group becomes one constant
 * `search_config IN (…) AND search_vector @@ 'tsquery'` branch, which the GIN index serves; a query
 * taken from the row's own configuration could not use it. Stop-word-only parses are dropped.
 */
async function tsQueryGroups(db: Db, q: string, configs: readonly string[]): Promise<TsGroup[]> {
  return queryRows<TsGroup>(
    db,
    sql`select tsq, array_agg(cfg order by cfg) as cfgs
        from (select cfg, websearch_to_tsquery(cfg::regconfig, f_unaccent(${q}))::text as tsq
              from unnest(${`{${configs.join(',')}}`}::text[]) as cfg) parsed
        where tsq <> '' group by tsq`,
  );
}

/** Facts every matching document must have: active, visible to the caller, the chosen facets. */
function documentFilter(visibilities: readonly LibraryVisibility[], query: LibrarySearchQuery): SQL {
  const parts = [sql`d.status = 'active'`, sql`d.visibility in (${list(visibilities)})`];
  if (query.sector) parts.push(sql`d.sector = ${query.sector}`);
  if (query.type) parts.push(sql`d.doc_type = ${query.type}`);
  if (query.theme) parts.push(sql`${query.theme} = any(d.themes)`);
  return sql.join(parts, sql` and `);
}

/**
 * With a query: every matching translation, ranked, then one row per document, its best
 * translation (the requested language first). First pass: full text in each language's own
 * configuration. Only when that finds nothing does a second pass (`typos`) match trigram word
 * similarity on the unaccented title and description: the trigram index answers many candidates
 * for any word, and rechecking them all on every query would cost more than the search itself.
 */
function matchedWithQuery(
  filter: SQL,
  q: string,
  groups: TsGroup[],
  lang: string | undefined,
  cap: number,
  typos: boolean,
): SQL {
  const normalised = sql`lower(f_unaccent(${q}))`;
  const branches = groups.map(
    (g) => sql`(t.search_config in (${list(g.cfgs)}) and t.search_vector @@ ${g.tsq}::tsquery)`,
  );
  const textRank = groups.length
    ? sql`case ${sql.join(
        groups.map(
          (g) =>
            sql`when t.search_config in (${list(g.cfgs)}) then ts_rank_cd(t.search_vector, ${g.tsq}::tsquery, 32)`,
        ),
        sql` `,
      )} else 0 end`
    : sql`0`;
  const match =
    typos || !branches.length ? sql`${normalised} <% t.search_text` : sql.join(branches, sql` or `);
  const rank = typos
    ? sql`${TRIGRAM_WEIGHT} * word_similarity(${normalised}, t.search_text)`
    : sql`${TEXT_MATCH_FLOOR} + ${textRank}`;
  return sql`
    matched as materialized (
      select t.id as translation_id, t.document_id, t.lang, t.is_original, d.created_at, d.sector,
             d.doc_type, d.themes,
             ${rank} as rank
      from library_translations t join library_documents d on d.id = t.document_id
      where ${filter} ${lang ? sql`and t.lang = ${lang}` : sql``} and (${match})
      limit ${cap}),
    langs as (select lang from matched),
    best as materialized (
      select distinct on (document_id) * from matched
      order by document_id, (lang = ${lang ?? ''}) desc, rank desc, is_original desc)`;
}

/** Without a query: every visible document (with a translation in `lang` when given), newest first. */
function matchedWithoutQuery(filter: SQL, lang: string | undefined, cap: number): SQL {
  const inLang = lang
    ? sql`and exists (select 1 from library_translations l where l.document_id = d.id and l.lang = ${lang})`
    : sql``;
  return sql`
    best as materialized (
      select d.id as document_id, null::uuid as translation_id, d.created_at, d.sector, d.doc_type,
             d.themes, 0::float8 as rank
      from library_documents d where ${filter} ${inLang}
      order by d.created_at desc limit ${cap}),
    langs as (select t.lang from library_translations t join best b on b.document_id = t.document_id
              ${lang ? sql`where t.lang = ${lang}` : sql``})`;
}

function facet(from: SQL, column: SQL): SQL {
  return sql`(select coalesce(json_agg(json_build_object('value', value, 'count', n) order by n desc, value), '[]'::json)
              from (select ${column} as value, count(*)::int as n from ${from} group by 1) f)`;
}

/**
 * Searches the library as someone who may see `visibilities`: one hit per document (its best
 * translation, in `lang` when given), highlighted snippets as parts, every language of each hit,
 * and facets counted over the whole matching set in the same statement (the page is a slice of it).
 */
export async function searchLibrary(
  db: Db,
  visibilities: readonly LibraryVisibility[],
  query: LibrarySearchQuery,
  options: SearchOptions = {},
): Promise<LibrarySearchResult & { capped: boolean }> {
  const empty: LibrarySearchResult & { capped: boolean } = {
    items: [],
    total: 0,
    facets: { language: [], sector: [], theme: [], type: [] },
    capped: false,
  };
  if (visibilities.length === 0) return empty;
  const q = query.q?.trim() || undefined;
  const lang = query.lang;
  const filter = documentFilter(visibilities, query);
  const cap = options.matchCap ?? MATCH_CAP;
  const run = async (ctes: SQL, snippet: SQL, pick: SQL) => {
    const [row] = await queryRows<ResultRow>(
      db,
      sql`with ${ctes},
    page as (select * from best order by rank desc, created_at desc, document_id
             limit ${query.limit} offset ${query.offset})
    select (select count(*)::int from best) as total,
      (select count(*) >= ${cap} from ${q ? sql`matched` : sql`best`}) as capped,
      ${facet(sql`langs`, sql`lang`)} as language,
      ${facet(sql`best`, sql`sector`)} as sector,
      ${facet(sql`best`, sql`doc_type`)} as type,
      ${facet(sql`best, unnest(best.themes) as theme`, sql`theme`)} as theme,
      (select json_agg(json_build_object(
          'id', p.document_id, 'lang', t.lang, 'title', t.title, 'description', t.description,
          'headline', ${snippet}, 'sector', d.sector, 'themes', d.themes, 'docType', d.doc_type,
          'visibility', d.visibility, 'rank', p.rank,
          'reviewDue', coalesce(d.review_date < current_date, false),
          'languages', (select array_agg(a.lang order by a.is_original desc, a.lang)
                        from library_translations a where a.document_id = p.document_id))
        order by p.rank desc, p.created_at desc, p.document_id)
       from page p join library_documents d on d.id = p.document_id
       cross join lateral ${pick} t
       left join library_versions v on v.id = t.current_version_id) as items`,
    );
    return row;
  };
  const pickById = sql`(select * from library_translations t0 where t0.id = p.translation_id)`;
  let row: ResultRow | undefined;
  if (q) {
    const groups = await tsQueryGroups(db, q, lang ? [searchConfigFor(lang)] : ALL_SEARCH_CONFIGS);
    // The headline is taken from the text as written; only when the hit was found through its
    // unaccented form ("ecole" for "école") is it taken from the unaccented text instead (not
    // when unaccenting changes nothing: then the second headline would find nothing either).
    const snippet = sql`(select case when strpos(h.first, ${HIT_START}) > 0 or x.plain = x.body then h.first
                   else ts_headline(t.search_config::regconfig, x.plain, x.tsq, ${HEADLINE_OPTIONS}) end
                   from (select websearch_to_tsquery(t.search_config::regconfig, f_unaccent(${q})) as tsq,
                                y.body, f_unaccent(y.body) as plain
                         from (select left(t.description || E'\n' || coalesce(v.extracted_text, ''), 4000) as body) y) x,
                   lateral (select ts_headline(t.search_config::regconfig, x.body, x.tsq, ${HEADLINE_OPTIONS}) as first) h)`;
    row = await run(matchedWithQuery(filter, q, groups, lang, cap, false), snippet, pickById);
    if (groups.length && row?.total === 0) {
      row = await run(matchedWithQuery(filter, q, groups, lang, cap, true), snippet, pickById);
    }
  } else {
    const pickFirst = sql`(select * from library_translations t0 where t0.document_id = p.document_id
           ${lang ? sql`and t0.lang = ${lang}` : sql``} order by t0.is_original desc, t0.lang limit 1)`;
    const snippet = sql`left(coalesce(nullif(t.description, ''), v.extracted_text, ''), 240)`;
    row = await run(matchedWithoutQuery(filter, lang, cap), snippet, pickFirst);
  }
  if (!row) return empty;
  const base = options.apiBase ?? '/api/library';
  return {
    total: row.total,
    capped: row.capped,
    facets: { language: row.language, sector: row.sector, theme: row.theme, type: row.type },
    items: (row.items ?? []).map(({ headline, ...hit }) => ({
      ...hit,
      rank: Math.round(Number(hit.rank) * 10_000) / 10_000,
      snippet: snippetParts(headline ?? ''),
      downloadUrl: `${base}/documents/${hit.id}/translations/${hit.lang}/file`,
    })),
  };
}
