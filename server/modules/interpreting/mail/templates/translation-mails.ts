import { z } from 'zod';
import type { Locale } from '../../../../../contracts/identity.ts';
import { defineTemplate, PersonNameSchema, WebUrlSchema } from '../../../../platform/mail/index.ts';
import { languageName, perLocale, type Wording, writeMail } from './job-facts.ts';
import { PHRASES } from './phrases.ts';

/** What a translation mail may say: the job, never the document's content or the client. */
export const TranslationMailSchema = z.object({
  name: PersonNameSchema,
  url: WebUrlSchema,
  job: z.object({
    reference: z.string().min(1).max(40),
    sourceLanguage: z.string().min(2).max(35),
    targetLanguage: z.string().min(2).max(35),
    words: z.number().int().min(0),
    /** Brussels date, YYYY-MM-DD. */
    deadline: z.iso.date(),
  }),
});
type TranslationMail = z.output<typeof TranslationMailSchema>;

const DEADLINE: Record<Locale, string> = {
  nl: 'Deadline',
  en: 'Deadline',
  fr: 'Échéance',
  tr: 'Son tarih',
  bg: 'Краен срок',
  ar: 'الموعد النهائي',
};
const WORDS: Record<Locale, string> = {
  nl: 'Woorden',
  en: 'Words',
  fr: 'Mots',
  tr: 'Kelime',
  bg: 'Думи',
  ar: 'عدد الكلمات',
};

function translationFacts(locale: Locale, job: TranslationMail['job']): string[] {
  const { labels } = PHRASES[locale];
  const deadline = new Intl.DateTimeFormat(PHRASES[locale].intl, {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(new Date(`${job.deadline}T00:00:00Z`));
  return [
    `${labels.language}: ${languageName(locale, job.sourceLanguage)} → ${languageName(locale, job.targetLanguage)}`,
    `${WORDS[locale]}: ${job.words}`,
    `${DEADLINE[locale]}: ${deadline}`,
    `${labels.reference}: ${job.reference}`,
  ];
}

function translations(wordings: Record<Locale, (data: TranslationMail) => Wording>) {
  return perLocale<TranslationMail>(
    (locale) => (data) =>
      writeMail(locale, {
        name: data.name,
        url: data.url,
        facts: translationFacts(locale, data.job),
        wording: wordings[locale](data),
      }),
  );
}

/** To a translator: a translation to take on; the first to accept gets it. */
export const translationOfferMail = defineTemplate({
  name: 'interpreting.translation-offer',
  secret: false,
  data: TranslationMailSchema,
  translations: translations({
    nl: ({ job }) => ({
      subject: `Aanbod: vertaling ${job.reference}`,
      lead: ['We zoeken een vertaler voor deze tekst. Wil je hem vertalen?'],
      action: 'Aanbod bekijken',
      outro: ['Wie eerst ja zegt, krijgt de opdracht.'],
    }),
    en: ({ job }) => ({
      subject: `Offer: translation ${job.reference}`,
      lead: ['We are looking for a translator for this text. Do you want to translate it?'],
      action: 'View offer',
      outro: ['The first person to accept gets the job.'],
    }),
    fr: ({ job }) => ({
      subject: `Offre : traduction ${job.reference}`,
      lead: ['Nous cherchons un traducteur pour ce texte. Voulez-vous le traduire ?'],
      action: 'Voir l’offre',
      outro: ['La première personne qui accepte reçoit la mission.'],
    }),
    tr: ({ job }) => ({
      subject: `Teklif: ${job.reference} numaralı çeviri`,
      lead: ['Bu metin için bir çevirmen arıyoruz. Çevirmek ister misiniz?'],
      action: 'Teklifi gör',
      outro: ['İlk kabul eden işi alır.'],
    }),
    bg: ({ job }) => ({
      subject: `Предложение: превод ${job.reference}`,
      lead: ['Търсим преводач за този текст. Искате ли да го преведете?'],
      action: 'Вижте предложението',
      outro: ['Който приеме първи, получава задачата.'],
    }),
    ar: ({ job }) => ({
      subject: `عرض: ترجمة ${job.reference}`,
      lead: ['نبحث عن مترجم لهذا النص. هل تريد ترجمته؟'],
      action: 'عرض التفاصيل',
      outro: ['من يقبل أولاً يحصل على المهمة.'],
    }),
  }),
});

/** To the requester: the translation is ready to download. */
export const translationDeliveredMail = defineTemplate({
  name: 'interpreting.translation-delivered',
  secret: false,
  data: TranslationMailSchema,
  translations: translations({
    nl: ({ job }) => ({
      subject: `Vertaling ${job.reference} is klaar`,
      lead: ['De vertaling is klaar. Je kunt ze nu downloaden.'],
      action: 'Vertaling openen',
    }),
    en: ({ job }) => ({
      subject: `Translation ${job.reference} is ready`,
      lead: ['The translation is ready. You can download it now.'],
      action: 'Open translation',
    }),
    fr: ({ job }) => ({
      subject: `La traduction ${job.reference} est prête`,
      lead: ['La traduction est prête. Vous pouvez la télécharger.'],
      action: 'Ouvrir la traduction',
    }),
    tr: ({ job }) => ({
      subject: `${job.reference} numaralı çeviri hazır`,
      lead: ['Çeviri hazır. Şimdi indirebilirsiniz.'],
      action: 'Çeviriyi aç',
    }),
    bg: ({ job }) => ({
      subject: `Преводът ${job.reference} е готов`,
      lead: ['Преводът е готов. Можете да го изтеглите.'],
      action: 'Отворете превода',
    }),
    ar: ({ job }) => ({
      subject: `الترجمة ${job.reference} جاهزة`,
      lead: ['الترجمة جاهزة. يمكنك تنزيلها الآن.'],
      action: 'فتح الترجمة',
    }),
  }),
});
