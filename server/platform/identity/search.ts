import { type SQL, sql } from 'drizzle-orm';

/** A `%…%` ILIKE pattern that matches the text literally, wildcards in it included. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const SPECIAL_LETTERS: Record<string, string> = { ı: 'i', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe' };

/** Lower case without accents ("Yılmaz" → "yilmaz", "Gökçe" → "gokce"), for matching names typed on any keyboard. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıßøłđæœ]/g, (char) => SPECIAL_LETTERS[char] ?? char)
    .replace(/\s+/g, ' ')
    .trim();
}

// The same fold in SQL, for the stored side. PGlite has no unaccent, so translate() with the letters
// of the languages the agency hears most; the trailing combining dot (from lower('İ')) is dropped.
const FOLD_FROM = 'àáâãäåāăąçćčďđèéêëēėęěğìíîïıīįłñńňòóôõöøōőřśšşţťùúûüūůűųýÿžźż\u0307';
const FOLD_TO = 'aaaaaaaaacccddeeeeeeeegiiiiiiilnnnoooooooorsssttuuuuuuuuyyzzz';

function foldSql(expression: SQL): SQL {
  return sql`translate(lower(${expression}), ${FOLD_FROM}, ${FOLD_TO})`;
}

// For each plain letter, the accented forms it stands for, both cases: C-collation databases (PGlite)
// fold only ASCII case in regular expressions, so the upper-case forms are listed too.
const ACCENTED: Record<string, string> = (() => {
  const map: Record<string, string> = { i: 'İ' };
  [...FOLD_FROM].forEach((char, index) => {
    const plain = FOLD_TO[index];
    if (plain) map[plain] = `${map[plain] ?? ''}${char}${char.toUpperCase()}`;
  });
  return map;
})();

/** A regular expression matching the word with or without accents ("yilmaz" → y[iì…ı…]lm[aà…]z). */
function accentPattern(word: string): string {
  return [...word]
    .map((char) => {
      const forms = ACCENTED[char];
      if (forms) return `[${char}${forms}]`;
      return char.replace(/[\\^$.|?*+()[\]{}]/g, (special) => `\\${special}`);
    })
    .join('');
}

/**
 * A typo- and accent-tolerant match on a trigram-indexed text expression. `expression` must be
 * written exactly as the index is, so every condition can use the gin_trgm index (pg_trgm ignores
 * case by itself):
 * - similarity (`%`, `%>`) and substring (ILIKE) for typos and missing words;
 * - every word of three letters or more found with or without accents (`~*`), for names typed on a
 *   keyboard without ı, ç or ş.
 * The score, computed on those candidates only, folds both sides, so "Gökçe" ranks first for "gokce".
 */
export function fuzzyMatch(expression: SQL, query: string): { where: SQL; score: SQL } {
  const folded = foldText(query);
  const typed = query.trim().toLowerCase();
  const variants = folded === typed ? [folded] : [folded, typed];
  const conditions = variants.flatMap((variant) => [
    sql`${expression} % ${variant}`,
    sql`${expression} %> ${variant}`,
    sql`${expression} ilike ${likePattern(variant)}`,
  ]);
  const words = folded.split(' ').filter((word) => word.length >= 3);
  if (words.length) {
    const each = words.map((word) => sql`${expression} ~* ${accentPattern(word)}`);
    conditions.push(sql`(${sql.join(each, sql` and `)})`);
  }
  const where = sql`(${sql.join(conditions, sql` or `)})`;
  const stored = foldSql(expression);
  const score = sql`greatest(similarity(${stored}, ${folded}), word_similarity(${folded}, ${stored}))`;
  return { where, score };
}
