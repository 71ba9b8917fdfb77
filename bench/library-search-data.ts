import type pg from 'pg';
import { SEARCH_CONFIGS } from '../server/modules/library/library-search-config.ts';

/**
 * Synthetic library for the search bench, generated in SQL (`generate_series`): word lists per
 * language in its own script — common words, topic words per sector, and syllables whose
 * three-syllable combinations make a long tail of rare words (about 10,000 per language), so that
 * queries hit anything from a handful to a sixth of the documents, as in a real library.
 */

export const SECTORS = ['education', 'welfare', 'health', 'housing', 'work', 'general'] as const;
type Sector = (typeof SECTORS)[number];
type Words = { common: string[]; syllables: string[]; topics?: Record<Sector, string[]> };
const w = (text: string) => text.split(' ');

export const WORDS: Record<string, Words> = {
  nl: {
    common: w(
      'de het een en van in op voor met aan u uw wij ons dat die is zijn wordt kan moet niet ook als bij naar om te dan nog meer hier daar vragen brief stad dienst informatie afspraak adres datum telefoon',
    ),
    syllables: w(
      'ka ver ste lin mo ber ge sla tor pen dri wal hof mer ken bos lei gra ton vel dam rup sek zon',
    ),
    topics: {
      education: w(
        'school inschrijving leerling kinderen klas leerkracht schoolmateriaal onderwijs kleuterschool oudercontact rapport huiswerk',
      ),
      welfare: w(
        'leefloon ocmw uitkering budget schulden hulpverlening maatschappelijk werker kinderbijslag toelage ondersteuning gezin',
      ),
      health: w(
        'huisarts ziekenhuis medicatie vaccinatie apotheek ziekte mutualiteit tandarts zwangerschap koorts spoed gezondheid',
      ),
      housing: w(
        'huur huurwaarborg woning verhuurder energie afval sorteren container waterfactuur renovatie sociale huisvesting',
      ),
      work: w(
        'werk vacature sollicitatie vdab arbeidscontract loon werkloosheid opleiding stage werkgever vakbond ontslag',
      ),
      general: w(
        'verblijf gemeente identiteitskaart inburgering taalles nederlands vertaling tolk formulier loket rijksregister attest',
      ),
    },
  },
  en: {
    common: w(
      'the a and of in on for with you your we our that is are be can must not also if at to then more here please letter city service information appointment',
    ),
    syllables: w('ba ler con tri mo ven sta pol gri dan hur mel fro tes lin par ker bol sim dor'),
    topics: {
      education: w(
        'school enrolment pupil children class teacher supplies education kindergarten parents report homework',
      ),
      welfare: w('allowance benefit budget debt support social worker family income assistance'),
      health: w(
        'doctor hospital medication vaccination pharmacy illness insurance dentist pregnancy fever emergency health',
      ),
      housing: w('rent deposit housing landlord energy waste sorting container water renovation'),
      work: w('work vacancy application contract wage unemployment training internship employer union'),
      general: w(
        'residence municipality identity card integration course dutch translation interpreter form counter',
      ),
    },
  },
  fr: {
    common: w(
      'le la les un une et de des du en pour avec vous votre nous est sont peut doit pas aussi si à au puis plus ici lettre ville service information rendez-vous',
    ),
    syllables: w('ma ré con tri po vé sta lo gri dé mu pel fro tès lin par cœ bol sim dor'),
    topics: {
      education: w(
        'école inscription élève enfants classe enseignant fournitures enseignement maternelle parents bulletin devoirs',
      ),
      welfare: w('allocation revenu budget dettes aide sociale assistant famille soutien'),
      health: w(
        'médecin hôpital médicaments vaccination pharmacie maladie mutuelle dentiste grossesse fièvre urgence santé',
      ),
      housing: w('loyer garantie logement propriétaire énergie déchets tri conteneur eau rénovation'),
      work: w('travail emploi candidature contrat salaire chômage formation stage employeur syndicat'),
      general: w(
        'séjour commune identité intégration cours néerlandais traduction interprète formulaire guichet',
      ),
    },
  },
  ar: {
    common: w(
      'في من إلى على عن مع هذا هذه أن التي الذي هو هي نحن أنت يمكن يجب لا أيضا إذا ثم هنا رسالة المدينة خدمة معلومات موعد',
    ),
    syllables: w('كا ما سا لي نو تر بي دو رو فا جا حي مي لو زا'),
    topics: {
      education: w('المدرسة التسجيل التلميذ الأطفال القسم المعلم الأدوات التعليم الروضة الأولياء الواجبات'),
      welfare: w('المساعدة الدخل الميزانية الديون الدعم الاجتماعي الأسرة المنحة'),
      health: w('الطبيب المستشفى الدواء التطعيم الصيدلية المرض التأمين الأسنان الحمل الحمى الطوارئ الصحة'),
      housing: w('الإيجار الضمان السكن المالك الطاقة النفايات الفرز الحاوية الماء التجديد'),
      work: w('العمل الوظيفة الطلب العقد الأجر البطالة التكوين التدريب المشغل النقابة'),
      general: w('الإقامة البلدية الهوية الاندماج الدروس الهولندية الترجمة المترجم الاستمارة الشباك'),
    },
  },
  tr: {
    common: w(
      've bir bu için ile de da siz sizin biz olan olarak var yok ama daha burada mektup şehir hizmet bilgi randevu adres tarih',
    ),
    syllables: w('ka ler di mo sü ran te bi ça ya lı gö ne zu haş ke pa tu'),
    topics: {
      education: w('okul kayıt öğrenci çocuklar sınıf öğretmen malzeme eğitim anaokulu veli karne ödev'),
      welfare: w('yardım gelir bütçe borç destek sosyal aile ödenek'),
      health: w('doktor hastane ilaç aşı eczane hastalık sigorta diş gebelik ateş acil sağlık'),
      housing: w('kira depozito konut ev sahibi enerji çöp ayırma konteyner su tadilat'),
      work: w('iş ilan başvuru sözleşme maaş işsizlik kurs staj işveren sendika'),
      general: w('oturum belediye kimlik uyum kursu hollandaca çeviri tercüman form gişe'),
    },
  },
  ru: {
    common: w('и в на с для по это что как вы ваш мы не также если письмо город служба информация встреча'),
    syllables: w('ка ро ми ло на пе ст ву жа ки до ре ту бы'),
  },
  uk: {
    common: w('і в на з для по це що як ви ваш ми не також якщо лист місто служба інформація зустріч'),
    syllables: w('ка ро мі ло на пе ст ву жа кі до ре ту би'),
  },
  fa: {
    common: w('و در به از با برای این که را شما ما است نیست هم اگر نامه شهر خدمات اطلاعات وقت'),
    syllables: w('کا ما سا لی نو تر بی دو رو فا جا می'),
  },
  ti: {
    common: w('ን ኣብ ካብ ምስ እዚ እቲ ንስኹም ንሕና ኣሎ የለን ከምኡ እንተ ደብዳቤ ከተማ ኣገልግሎት ሓበሬታ ቆጸራ'),
    syllables: w('ሰ ላ ማ ረ ተ ነ ከ ወ ዘ ደ ገ በ'),
  },
  so: {
    common: w(
      'iyo ee ka ku la oo waa aad idinka annaga ma sidoo haddii warqad magaalada adeeg macluumaad ballan',
    ),
    syllables: w('ka la ma sa da ri go hu ba xi qo du'),
  },
  es: {
    common: w(
      'el la los un una y de en para con usted su nosotros es son puede debe no también si carta ciudad servicio información cita',
    ),
    syllables: w('ca re lo ti ma pe so du ni ga be ro'),
  },
  pl: {
    common: w('i w na z do dla to że jak pan pani my nie także jeśli list miasto urząd informacja wizyta'),
    syllables: w('ka rze mi lo no pa sz wy ża ki do re'),
  },
  ro: {
    common: w(
      'și în pe cu pentru de la acest că dumneavoastră noi este nu de asemenea dacă scrisoare oraș serviciu informații programare',
    ),
    syllables: w('ca re lo ți ma pe șo du ni ga be ro'),
  },
};

/** Languages of translations (the original is always Dutch). */
export const TRANSLATION_LANGS = Object.keys(WORDS).filter((lang) => lang !== 'nl');

/**
 * Texts are drawn from a pool per language and sector (titles, descriptions and two body halves),
 * generated once with `bench_text`; each pool text's vector is computed once with the same
 * expression the library indexes with (`f_unaccent`, then the language's own configuration). A
 * translation combines four pool texts picked by its number, and its `search_vector` is the
 * weighted concatenation of their vectors — what `reindexAll` computes (positions in the text
 * may differ by a stop word), built without stemming 90 million words again. The triggers of
 * migration 0014 copy each document's facts onto its translations as they are inserted. 256 texts per pool and kind give 16 million bodies per language and
 * sector, so no two documents look alike to the ranking.
 */
const POOL = 256;
const SCHEMA = `
create table bench_words (lang text, sector text, common text[], topic text[], syl text[], primary key (lang, sector));
create table bench_pool (lang text, sector text, kind text, i int, body text, tsv tsvector, primary key (lang, sector, kind, i));
create function bench_text(p_lang text, p_sector text, p_n int) returns text language sql volatile as $$
  select string_agg(case
      when x.r < 0.45 then w.common[1 + floor(random() * cardinality(w.common))::int]
      when x.r < 0.62 then w.topic[1 + floor(random() * cardinality(w.topic))::int]
      else w.syl[1 + floor(random() * cardinality(w.syl))::int] || w.syl[1 + floor(random() * cardinality(w.syl))::int]
        || w.syl[1 + floor(random() * cardinality(w.syl))::int] end
      || case when i % 11 = 0 then '.' else '' end, ' ')
  from bench_words w, generate_series(1, p_n) i, lateral (select random() + 0 * i as r) x
  where w.lang = p_lang and w.sector = p_sector
$$;
insert into stored_files (id, sha256, size, media_type, original_name)
  values ('00000000-0000-4000-8000-000000000001', repeat('0', 64), 1, 'text/plain', 'bench.txt');`;

/** Pool texts of every language and sector: t(itle), d(escription), b (150 words), c (100 words). */
function poolSql(configs: string): string {
  return `
insert into bench_pool (lang, sector, kind, i, body)
  select w.lang, w.sector, k.kind, i,
    case when k.kind = 't' then initcap(bench_text(w.lang, w.sector, 3 + i % 3)) else bench_text(w.lang, w.sector, k.n + i % 10) end
  from bench_words w
  cross join (values ('t', 0), ('d', 15), ('b', 150), ('c', 100)) k(kind, n)
  cross join generate_series(0, ${POOL - 1}) i;
update bench_pool set tsv = to_tsvector(coalesce(${configs}::jsonb ->> lang, 'simple')::regconfig, f_unaccent(body));
analyze bench_pool;`;
}

/**
 * Documents g in [from, to]: the Dutch original plus 1–4 translations, one version each, written
 * once (ids derived from g, so the translation names its version before the version exists).
 */
export function chunkSql(from: number, to: number, langs: string, configs: string): string {
  const pick = (name: string, kind: string, salt: number) =>
    `join bench_pool ${name} on ${name}.lang = l.lang and ${name}.sector = s.sector and ${name}.kind = ${kind}
      and ${name}.i = abs(hashtext(l.lang || g || '${salt}')) % ${POOL}`;
  const body = "case when l.lang = 'nl' then 'b' else 'c' end";
  return `
insert into library_documents (id, created_at, updated_at, sector, themes, doc_type, visibility, status)
  select md5('d' || g)::uuid, now() - make_interval(mins => g), now() - make_interval(mins => g),
    (array['education','welfare','health','housing','work','general'])[1 + g % 6],
    array[(array['school','gezin','gezondheid','wonen','werk','verblijf'])[1 + g % 6]]
      || case when g % 3 = 0 then array['nieuwkomers'] else array[]::text[] end,
    case when g % 4 = 0 then 'standard_form' else 'informative' end,
    case when g % 10 < 7 then 'public' when g % 10 < 9 then 'requesters' else 'staff' end,
    case when g % 40 = 0 then 'archived' else 'active' end
  from generate_series(${from}, ${to}) g;
create temporary table bench_chunk on commit drop as
  select md5('t' || g || l.lang)::uuid as id, md5('d' || g)::uuid as document_id, l.lang, l.lang = 'nl' as is_original,
    t1.body as title, d2.body as description,
    b3.body || ' ' || b4.body as body,
    case when l.lang = 'nl' then 300 else 200 end as words,
    setweight(t1.tsv, 'A') || setweight(d2.tsv, 'B') as head,
    setweight(t1.tsv, 'A') || setweight(d2.tsv, 'B') || setweight(b3.tsv || b4.tsv, 'C') as tsv
  from generate_series(${from}, ${to}) g
  cross join lateral (select (array['education','welfare','health','housing','work','general'])[1 + g % 6] as sector) s
  cross join lateral (
    select 'nl' as lang union all
    (select x from unnest(${langs}) x order by md5(x || g) limit 1 + (g * 7) % 4)) l
  ${pick('t1', "'t'", 1)} ${pick('d2', "'d'", 2)} ${pick('b3', body, 3)} ${pick('b4', body, 4)};
insert into library_translations (id, document_id, lang, is_original, title, description, current_version_id,
    search_config, search_vector, search_head, search_text)
  select id, document_id, lang, is_original, title, description, md5('v' || id)::uuid,
    coalesce(${configs}::jsonb ->> lang, 'simple'), tsv, head, lower(f_unaccent(title || ' ' || description))
  from bench_chunk;
insert into library_versions (id, translation_id, version_no, file_id, file_name, media_type, extracted_text, word_count)
  select md5('v' || id)::uuid, id, 1, '00000000-0000-4000-8000-000000000001', lang || '.txt', 'text/plain', body, words
  from bench_chunk;`;
}

/**
 * Fills the word table and the text pool, then generates `documents` documents in chunks (one
 * transaction each); answers the row counts.
 */
export async function generateLibrary(
  pool: pg.Pool,
  documents: number,
  log: (line: string) => void,
): Promise<{ documents: number; translations: number; versions: number; languages: number }> {
  await pool.query(SCHEMA);
  for (const [lang, words] of Object.entries(WORDS)) {
    for (const sector of SECTORS) {
      const topic = words.topics?.[sector] ?? words.common;
      await pool.query('insert into bench_words values ($1, $2, $3, $4, $5)', [
        lang,
        sector,
        words.common,
        topic,
        words.syllables,
      ]);
    }
  }
  const configs = `'${JSON.stringify(SEARCH_CONFIGS)}'`;
  await pool.query(poolSql(configs));
  log('generated the text pool');
  const langs = `array[${TRANSLATION_LANGS.map((lang) => `'${lang}'`).join(',')}]`;
  const chunk = 10_000;
  for (let from = 1; from <= documents; from += chunk) {
    const to = Math.min(documents, from + chunk - 1);
    await pool.query(`begin; ${chunkSql(from, to, langs, configs)} commit;`);
    log(`generated documents ${from}–${to}`);
  }
  const count = async (query: string) => Number((await pool.query<{ n: string }>(query)).rows[0]?.n ?? 0);
  return {
    documents: await count('select count(*) as n from library_documents'),
    translations: await count('select count(*) as n from library_translations'),
    versions: await count('select count(*) as n from library_versions'),
    languages: await count('select count(distinct lang) as n from library_translations'),
  };
}
