import type { Locale } from '../../../../../contracts/identity.ts';
import type { InterpretingMode } from '../../../../../contracts/interpreting.ts';

/** The words every interpreting mail shares, per language. Short sentences, plain words (B1). */
export type Phrases = {
  /** The BCP 47 tag for Intl: Belgian forms; Arabic with Latin digits, as on Belgian papers. */
  intl: string;
  hello(name: string): string;
  modes: Record<InterpretingMode, string>;
  labels: {
    when: string;
    language: string;
    mode: string;
    reference: string;
    clientReference: string;
    place: string;
    room: string;
    phone: string;
    video: string;
    organisation: string;
    interpreter: string;
    answerBefore: string;
  };
};

export const PHRASES: Record<Locale, Phrases> = {
  nl: {
    intl: 'nl-BE',
    hello: (name) => `Dag ${name},`,
    modes: { on_site: 'tolk ter plaatse', phone: 'telefoontolk', video: 'videotolk' },
    labels: {
      when: 'Wanneer',
      language: 'Taal',
      mode: 'Soort',
      reference: 'Nummer',
      clientReference: 'Uw referentie',
      place: 'Adres',
      room: 'Lokaal',
      phone: 'Telefoonnummer',
      video: 'Videolink',
      organisation: 'Organisatie',
      interpreter: 'Tolk',
      answerBefore: 'Antwoord voor',
    },
  },
  en: {
    intl: 'en-GB',
    hello: (name) => `Hello ${name},`,
    modes: { on_site: 'interpreter on site', phone: 'interpreter by phone', video: 'interpreter by video' },
    labels: {
      when: 'When',
      language: 'Language',
      mode: 'Type',
      reference: 'Number',
      clientReference: 'Your reference',
      place: 'Address',
      room: 'Room',
      phone: 'Phone number',
      video: 'Video link',
      organisation: 'Organisation',
      interpreter: 'Interpreter',
      answerBefore: 'Answer before',
    },
  },
  fr: {
    intl: 'fr-BE',
    hello: (name) => `Bonjour ${name},`,
    modes: {
      on_site: 'interprète sur place',
      phone: 'interprète par téléphone',
      video: 'interprète par vidéo',
    },
    labels: {
      when: 'Quand',
      language: 'Langue',
      mode: 'Type',
      reference: 'Numéro',
      clientReference: 'Votre référence',
      place: 'Adresse',
      room: 'Local',
      phone: 'Numéro de téléphone',
      video: 'Lien vidéo',
      organisation: 'Organisation',
      interpreter: 'Interprète',
      answerBefore: 'Répondez avant',
    },
  },
  tr: {
    intl: 'tr',
    hello: (name) => `Merhaba ${name},`,
    modes: { on_site: 'yerinde tercüman', phone: 'telefonla tercüman', video: 'görüntülü tercüman' },
    labels: {
      when: 'Ne zaman',
      language: 'Dil',
      mode: 'Tür',
      reference: 'Numara',
      clientReference: 'Referansınız',
      place: 'Adres',
      room: 'Oda',
      phone: 'Telefon numarası',
      video: 'Video bağlantısı',
      organisation: 'Kurum',
      interpreter: 'Tercüman',
      answerBefore: 'Son cevap',
    },
  },
  bg: {
    intl: 'bg',
    hello: (name) => `Здравейте, ${name},`,
    modes: { on_site: 'преводач на място', phone: 'преводач по телефона', video: 'преводач по видео' },
    labels: {
      when: 'Кога',
      language: 'Език',
      mode: 'Вид',
      reference: 'Номер',
      clientReference: 'Вашият номер',
      place: 'Адрес',
      room: 'Стая',
      phone: 'Телефон',
      video: 'Видео връзка',
      organisation: 'Организация',
      interpreter: 'Преводач',
      answerBefore: 'Отговорете до',
    },
  },
  ar: {
    intl: 'ar-u-nu-latn',
    hello: (name) => `مرحبًا ${name}،`,
    modes: { on_site: 'مترجم في المكان', phone: 'مترجم عبر الهاتف', video: 'مترجم عبر الفيديو' },
    labels: {
      when: 'الموعد',
      language: 'اللغة',
      mode: 'النوع',
      reference: 'الرقم',
      clientReference: 'مرجعكم',
      place: 'العنوان',
      room: 'القاعة',
      phone: 'رقم الهاتف',
      video: 'رابط الفيديو',
      organisation: 'المؤسسة',
      interpreter: 'المترجم',
      answerBefore: 'أجب قبل',
    },
  },
};
