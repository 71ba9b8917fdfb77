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
 * Ranks: a full-text match scores 0.5 + the cover density of the query in the translation's title
 * and description (`search_head`, normalised to 0..1, title words weigh most; a match in the text
 * alone scores 0.5); a match found only through typo correction 0.25 + a quarter of that density,
 * so always below.
 * The whole text's vector is not ranked: it is large (TOASTed), and reading it for a thousand
 * matches would cost more than the rest of the search.
 */
const TEXT_MATCH_FLOOR = 0.5;
/**
 * At most this many matching translations (documents, without a query) are ranked and counted,
 * so a query that matches a sixth of a 100,000-document library still answers in milliseconds.
 * Beyond it, `total` and the facets count the capped set and `capped` is true: a page of 20 out of
 * "500 or more" is what such a query can usefully show, and the facets narrow it down. Title and
 * description matches fill the cap first (`matchedWithQuery`), so the page is the best of all
 * matches, not of the first rows read; each matching row is one read from the table, and at
 * 2,000 those reads were most of a common word's search.
 */
export const MATCH_CAP = 500;
/** Full-text hits rank in [0.5, 1.5), corrected-typo hits in [0.25, 0.5): `floor + scale × density`. */
const TEXT_RANK = { floor: TEXT_MATCH_FLOOR, scale: 1 };
const TYPO_RANK = { floor: 0.25, scale: 0.25 };
/** Corrections looked up per mistyped word (the closest first). */
const TYPO_FIXES = 5;

const list = (values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/** Configurations that parse the query alike, grouped, each group with its parse. */
const groupByParse = (parsed: SQL) =>
  sql`select tsq, array_agg(cfg order by cfg) as cfgs from (${parsed}) parsed where tsq <> '' group by tsq`;
const configArray = (configs: readonly string[]) => sql`unnest(${`{${configs.join(',')}}`}::text[]) as cfg`;

/**
 * The query `q` parsed once per text-search configuration (websearch syntax: "quotes", or, -not),
 * configurations that parse it alike grouped. Each group becomes one constant
 * `search_config IN (…) AND search_vector @@ 'tsquery'` branch, which the GIN index serves; a query
 * taken from the row's own configuration could not use it. Stop-word-only parses are dropped.
 */
async function tsQueryGroups(db: Db, q: string, configs: readonly string[]): Promise<TsGroup[]> {
  return queryRows<TsGroup>(
    db,
    groupByParse(
      sql`select cfg, websearch_to_tsquery(cfg::regconfig, f_unaccent(${q}))::text as tsq from ${configArray(configs)}`,
    ),
  );
}

/**
 * Whether every word of `q` (3 letters or more) is a word of the library as it is: then none is a
 * typo, and full text, which found nothing, was right (the word is in documents the filters leave
 * out, or only in a form the query's configurations do not parse alike) — no correction is tried.
 */
async function everyWordKnown(db: Db, q: string): Promise<boolean> {
  const [row] = await queryRows<{ known: boolean }>(
    db,
    sql`select coalesce(bool_and(exists (select 1 from library_search_words s where s.word = w)), false) as known
        from unnest(regexp_split_to_array(lower(f_unaccent(${q})), '[[:space:][:punct:]]+')) w where length(w) >= 3`,
  );
  return row?.known === true;
}

/**
 * Typo tolerance: each word of `q` (3 letters or more, unaccented, lower case) is looked up in the
 * library's word list through its trigram index (word similarity ≥ 0.6, pg_trgm's `<%`), and the
 * query becomes "one of its closest words" for every word — `(w1 | w2) & (v1 | v2)` — parsed per
 * configuration like any query, so the corrected words are stemmed and matched by the GIN index.
 */
async function typoQueryGroups(db: Db, q: string, configs: readonly string[]): Promise<TsGroup[]> {
  const corrected = sql`(select string_agg(alternatives, ' & ' order by ord) from (
      select '(' || string_agg(quote_literal(fix.word), ' | ') || ')' as alternatives, words.ord
      from unnest(regexp_split_to_array(lower(f_unaccent(${q})), '[[:space:][:punct:]]+')) with ordinality as words(w, ord)
      cross join lateral (select s.word from library_search_words s where words.w <% s.word
                          order by words.w <<-> s.word, s.word limit ${TYPO_FIXES}) fix
      where length(words.w) >= 3 group by words.ord) per_word
    having count(*) = (select count(*) from unnest(regexp_split_to_array(lower(f_unaccent(${q})), '[[:space:][:punct:]]+')) w
                       where length(w) >= 3))`;
  return queryRows<TsGroup>(
    db,
    groupByParse(
      sql`select cfg, coalesce(to_tsquery(cfg::regconfig, c.text)::text, '') as tsq
          from ${configArray(configs)}, (select ${corrected} as text) c where c.text is not null`,
    ),
  );
}

/** Facts every matching translation's document must have, read from its denormalised copy. */
function translationFilter(visibilities: readonly LibraryVisibility[], query: LibrarySearchQuery): SQL {
  const parts = [sql`t.doc_status = 'active'`, sql`t.doc_visibility in (${list(visibilities)})`];
  if (query.sector) parts.push(sql`t.doc_sector = ${query.sector}`);
  if (query.type) parts.push(sql`t.doc_type = ${query.type}`);
  if (query.theme) parts.push(sql`${query.theme} = any(t.doc_themes)`);
  if (query.lang) parts.push(sql`t.lang = ${query.lang}`);
  return sql.join(parts, sql` and `);
}

/** A `search_facts` lexeme ("sector health") as tsquery text: quoted, its quotes and backslashes escaped. */
const factLexeme = (kind: string, value: string) =>
  `'${`${kind} ${value}`.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/**
 * The caller's narrowing facts (sector, type, theme, language) as a query of `search_facts`, which
 * shares the GIN index of each text vector: the index intersects them with the words, so a common
 * word's rows in another sector are never read from the table. Facts most rows have (active, a
 * visibility, the configuration) stay column filters on the rows read: intersecting a posting list
 * of 250,000 rows cost the index scan more than the few rows it saves. Null without such a filter.
 */
function factsQuery(query: LibrarySearchQuery): string | null {
  const parts: string[] = [];
  if (query.sector) parts.push(factLexeme('sector', query.sector));
  if (query.type) parts.push(factLexeme('type', query.type));
  if (query.theme) parts.push(factLexeme('theme', query.theme));
  if (query.lang) parts.push(factLexeme('lang', query.lang));
  return parts.length ? parts.join(' & ') : null;
}

/** Facts every listed document must have: active, visible to the caller, the chosen facets. */
function documentFilter(visibilities: readonly LibraryVisibility[], query: LibrarySearchQuery): SQL {
  const parts = [sql`d.status = 'active'`, sql`d.visibility in (${list(visibilities)})`];
  if (query.sector) parts.push(sql`d.sector = ${query.sector}`);
  if (query.type) parts.push(sql`d.doc_type = ${query.type}`);
  if (query.theme) parts.push(sql`${query.theme} = any(d.themes)`);
  return sql.join(parts, sql` and `);
}

/**
 * With a query: matching translations — one branch per group of configurations, each served by a
 * GIN index and filtered on the row's own copy of its document's facts (no join), the branches
 * appended until the cap — ranked, then one row per document, its best translation (the
 * requested language first). Matches in the title or description (`search_head`, its own small
 * GIN index) come first, then those in the text alone: a text-only match ranks exactly the floor,
 * below any title or description match, so when a common word passes the cap the capped set
 * holds the best-ranked matches instead of whichever rows the table stores first.
 */
function matchedWithQuery(
  filter: SQL,
  facts: string | null,
  groups: TsGroup[],
  lang: string | undefined,
  cap: number,
  score: { floor: number; scale: number },
): SQL {
  const branch = (g: TsGroup, match: SQL) =>
    sql`(select t.id as translation_id, t.document_id, t.lang, t.is_original,
               t.doc_created_at as created_at, t.doc_sector as sector, t.doc_type, t.doc_themes as themes,
               ${score.floor} + ${score.scale} * ts_rank_cd(coalesce(t.search_head, ''::tsvector), ${g.tsq}::tsquery, 32) as rank
        from library_translations t
        where ${match} ${facts ? sql`and t.search_facts @@ ${facts}::tsquery` : sql``}
          and t.search_config in (${list(g.cfgs)}) and ${filter})`;
  // A head match is a match of the whole vector (the head is its first part, same positions),
  // unless the query negates a word that only the text has: then the whole vector must agree too.
  const inHead = (g: TsGroup) =>
    g.tsq.includes('!')
      ? sql`t.search_head @@ ${g.tsq}::tsquery and t.search_vector @@ ${g.tsq}::tsquery`
      : sql`t.search_head @@ ${g.tsq}::tsquery`;
  const inTextOnly = (g: TsGroup) =>
    sql`t.search_vector @@ ${g.tsq}::tsquery and not coalesce(t.search_head @@ ${g.tsq}::tsquery, false)`;
  const branches = [
    ...groups.map((g) => branch(g, inHead(g))),
    ...groups.map((g) => branch(g, inTextOnly(g))),
  ];
  return sql`
    matched as materialized (select * from (${sql.join(branches, sql` union all `)}) u limit ${cap}),
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

/** Characters of a hit's text (description first) that the first, cheap headline reads. */
const SNIPPET_HEAD = 600;
/** Characters of a hit's text that a headline reads at most. */
const SNIPPET_TEXT = 4000;

/**
 * The highlighted snippet of a page hit (`t`, its current version `v`) for the query `tsq`, as a
 * `ts_headline` with sentinels. `ts_headline` parses and stems every word it is given, so it reads
 * as little as it can, each step only when the one before found no hit (CASE and COALESCE evaluate
 * lazily):
 * 1. the first SNIPPET_HEAD characters of description and text, as written;
 * 2. the same, unaccented (a hit found through its unaccented form: "ecole" for "école"), only
 *    when unaccenting changes them;
 * 3. the first SNIPPET_TEXT characters, as written, then unaccented — only when the description or
 *    the text matches at all (`ts_filter` of the stored vector to weights B and C, no parsing), so
 *    a hit in the title alone costs one short headline;
 * 4. else the headline of step 1, without a hit.
 */
function headline(tsq: SQL): SQL {
  const hl = (text: SQL) => sql`ts_headline(t.search_config::regconfig, ${text}, x.tsq, ${HEADLINE_OPTIONS})`;
  const ifHit = (text: SQL) =>
    sql`(select h from (select ${hl(text)} as h offset 0) hh where strpos(h, ${HIT_START}) > 0)`;
  return sql`(select case when strpos(f.h, ${HIT_START}) > 0 then f.h else coalesce(
        case when f_unaccent(x.head) <> x.head then ${ifHit(sql`f_unaccent(x.head)`)} end,
        case when length(x.body) > length(x.head) and ts_filter(t.search_vector, '{b,c}') @@ x.tsq then coalesce(
          ${ifHit(sql`x.body`)},
          case when f_unaccent(x.body) <> x.body then ${ifHit(sql`f_unaccent(x.body)`)} end) end,
        f.h) end
      from (select y.tsq, y.body, case when length(y.body) <= ${SNIPPET_HEAD} then y.body
                   else regexp_replace(left(y.body, ${SNIPPET_HEAD + 1}), '\\s*\\S*$', '') end as head
            from (select ${tsq} as tsq,
                         left(t.description || E'\n' || coalesce(v.extracted_text, ''), ${SNIPPET_TEXT}) as body) y) x
      cross join lateral (select ${hl(sql`x.head`)} as h offset 0) f)`;
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
  return db.transaction(async (tx) => {
    // A search reads a few hundred rows through GIN indexes: a parallel plan (which the planner
    // picks for the many-branch queries of rare words and typo corrections) spends 10–15 ms starting
    // its workers, more than the branches themselves cost (README "Speed").
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return searchIn(tx, visibilities, query, options);
  });
}

async function searchIn(
  db: Db,
  visibilities: readonly LibraryVisibility[],
  query: LibrarySearchQuery,
  options: SearchOptions,
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
    const configs = lang ? [searchConfigFor(lang)] : ALL_SEARCH_CONFIGS;
    const filter = translationFilter(visibilities, query);
    const facts = factsQuery(query);
    const snippet = (tsq: SQL) => headline(tsq);
    const groups = await tsQueryGroups(db, q, configs);
    if (groups.length) {
      const tsq = sql`websearch_to_tsquery(t.search_config::regconfig, f_unaccent(${q}))`;
      row = await run(matchedWithQuery(filter, facts, groups, lang, cap, TEXT_RANK), snippet(tsq), pickById);
    }
    // Nothing found (or nothing but stop words): search again with the words the query's
    // resemble, ranked below any full-text hit.
    if ((!row || row.total === 0) && !(await everyWordKnown(db, q))) {
      const fixed = await typoQueryGroups(db, q, configs);
      if (fixed.length) {
        const byConfig = sql`case t.search_config ${sql.join(
          fixed.flatMap((g) => g.cfgs.map((cfg) => sql`when ${cfg} then ${g.tsq}::tsquery`)),
          sql` `,
        )} end`;
        row = await run(
          matchedWithQuery(filter, facts, fixed, lang, cap, TYPO_RANK),
          snippet(byConfig),
          pickById,
        );
      }
    }
  } else {
    const pickFirst = sql`(select * from library_translations t0 where t0.document_id = p.document_id
           ${lang ? sql`and t0.lang = ${lang}` : sql``} order by t0.is_original desc, t0.lang limit 1)`;
    const snippet = sql`left(coalesce(nullif(t.description, ''), v.extracted_text, ''), 240)`;
    row = await run(matchedWithoutQuery(documentFilter(visibilities, query), lang, cap), snippet, pickFirst);
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
