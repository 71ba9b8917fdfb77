import type { PortalLocale } from '../../i18n/locales.ts';

/**
 * Texts of the portal's library pages in the six portal languages. They ship with the page's lazy
 * chunk (a few hundred bytes each), not with the portal's first load; only the nav label lives in
 * the portal catalogs. ICU messages; write ’, never ' (ICU's escape).
 */
const nl = {
  title: 'Vertaalbibliotheek',
  intro: 'Brieven, formulieren en folders van diensten, vertaald in veel talen. Zoek in je eigen taal.',
  searchLabel: 'Zoek een document',
  submit: 'Zoeken',
  total: '{count, plural, =0 {Geen documenten gevonden} one {1 document} other {# documenten}}',
  empty: 'Er is geen document in jouw taal met dit woord. Probeer een ander woord.',
  available: '{count, plural, one {Beschikbaar in 1 taal} other {Beschikbaar in # talen}}',
  download: 'Downloaden',
  downloadIn: '{title} downloaden',
  languages: 'Beschikbare talen',
  back: 'Terug naar de bibliotheek',
  notFound: 'Dit document bestaat niet (meer).',
  failed: 'Er ging iets mis. Probeer het later opnieuw.',
  loading: 'Bezig met laden…',
  original: 'origineel',
  open: 'Zoek in de vertaalbibliotheek',
};

export type LibraryPortalKey = keyof typeof nl;

const en: Record<LibraryPortalKey, string> = {
  title: 'Translation library',
  intro:
    'Letters, forms and leaflets from services, translated into many languages. Search in your own language.',
  searchLabel: 'Find a document',
  submit: 'Search',
  total: '{count, plural, =0 {No documents found} one {1 document} other {# documents}}',
  empty: 'There is no document in your language with this word. Try another word.',
  available: '{count, plural, one {Available in 1 language} other {Available in # languages}}',
  download: 'Download',
  downloadIn: 'Download {title}',
  languages: 'Available languages',
  back: 'Back to the library',
  notFound: 'This document does not exist (any more).',
  failed: 'Something went wrong. Please try again later.',
  loading: 'Loading…',
  original: 'original',
  open: 'Search the translation library',
};

const fr: Record<LibraryPortalKey, string> = {
  title: 'Bibliothèque de traductions',
  intro:
    'Lettres, formulaires et dépliants de services, traduits en de nombreuses langues. Cherchez dans votre langue.',
  searchLabel: 'Chercher un document',
  submit: 'Chercher',
  total: '{count, plural, =0 {Aucun document trouvé} one {1 document} other {# documents}}',
  empty: 'Aucun document dans votre langue ne contient ce mot. Essayez un autre mot.',
  available: '{count, plural, one {Disponible en 1 langue} other {Disponible en # langues}}',
  download: 'Télécharger',
  downloadIn: 'Télécharger {title}',
  languages: 'Langues disponibles',
  back: 'Retour à la bibliothèque',
  notFound: 'Ce document n’existe pas (ou plus).',
  failed: 'Une erreur s’est produite. Réessayez plus tard.',
  loading: 'Chargement…',
  original: 'original',
  open: 'Chercher dans la bibliothèque de traductions',
};

const tr: Record<LibraryPortalKey, string> = {
  title: 'Çeviri kütüphanesi',
  intro: 'Kurumların mektupları, formları ve broşürleri, birçok dile çevrildi. Kendi dilinizde arayın.',
  searchLabel: 'Belge arayın',
  submit: 'Ara',
  total: '{count, plural, =0 {Belge bulunamadı} one {1 belge} other {# belge}}',
  empty: 'Bu kelimeyi içeren kendi dilinizde bir belge yok. Başka bir kelime deneyin.',
  available: '{count, plural, one {1 dilde mevcut} other {# dilde mevcut}}',
  download: 'İndir',
  downloadIn: '{title} indir',
  languages: 'Mevcut diller',
  back: 'Kütüphaneye dön',
  notFound: 'Bu belge mevcut değil.',
  failed: 'Bir sorun oluştu. Lütfen daha sonra tekrar deneyin.',
  loading: 'Yükleniyor…',
  original: 'orijinal',
  open: 'Çeviri kütüphanesinde arayın',
};

const bg: Record<LibraryPortalKey, string> = {
  title: 'Библиотека с преводи',
  intro: 'Писма, формуляри и брошури от служби, преведени на много езици. Търсете на своя език.',
  searchLabel: 'Търсене на документ',
  submit: 'Търсене',
  total: '{count, plural, =0 {Няма намерени документи} one {1 документ} other {# документа}}',
  empty: 'Няма документ на вашия език с тази дума. Опитайте с друга дума.',
  available: '{count, plural, one {Наличен на 1 език} other {Наличен на # езика}}',
  download: 'Изтегляне',
  downloadIn: 'Изтегляне на {title}',
  languages: 'Налични езици',
  back: 'Обратно към библиотеката',
  notFound: 'Този документ не съществува (вече).',
  failed: 'Нещо се обърка. Опитайте отново по-късно.',
  loading: 'Зареждане…',
  original: 'оригинал',
  open: 'Търсене в библиотеката с преводи',
};

const ar: Record<LibraryPortalKey, string> = {
  title: 'مكتبة الترجمات',
  intro: 'رسائل واستمارات ومطويات من الخدمات، مترجمة إلى لغات كثيرة. ابحث بلغتك.',
  searchLabel: 'ابحث عن وثيقة',
  submit: 'بحث',
  total:
    '{count, plural, zero {لم يتم العثور على وثائق} one {وثيقة واحدة} two {وثيقتان} few {# وثائق} many {# وثيقة} other {# وثيقة}}',
  empty: 'لا توجد وثيقة بلغتك تحتوي على هذه الكلمة. جرّب كلمة أخرى.',
  available:
    '{count, plural, zero {غير متوفرة بأي لغة} one {متوفرة بلغة واحدة} two {متوفرة بلغتين} few {متوفرة بـ# لغات} many {متوفرة بـ# لغة} other {متوفرة بـ# لغة}}',
  download: 'تنزيل',
  downloadIn: 'تنزيل {title}',
  languages: 'اللغات المتوفرة',
  back: 'العودة إلى المكتبة',
  notFound: 'هذه الوثيقة غير موجودة.',
  failed: 'حدث خطأ ما. حاول مرة أخرى لاحقًا.',
  loading: 'جارٍ التحميل…',
  original: 'الأصل',
  open: 'ابحث في مكتبة الترجمات',
};

export const LIBRARY_PORTAL_MESSAGES: Record<PortalLocale, Record<LibraryPortalKey, string>> = {
  nl,
  en,
  fr,
  tr,
  bg,
  ar,
};
