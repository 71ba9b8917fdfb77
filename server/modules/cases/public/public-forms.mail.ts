import { z } from 'zod';
import type { PortalLanguage } from '../../../../contracts/public-forms.ts';
import { defineTemplate, PersonNameSchema, WebUrlSchema } from '../../../platform/mail/index.ts';
import type { MailContent } from '../../../platform/mail/templates/index.ts';
import { CODE_PREFIXES, type PublicCaseType } from './public-code.ts';
import { publicNextStep } from './public-status-labels.ts';

const ConfirmationSchema = z.object({
  name: PersonNameSchema,
  type: z.enum(Object.keys(CODE_PREFIXES) as [PublicCaseType, ...PublicCaseType[]]),
  reference: z.string().min(1).max(40),
  code: z.string().min(10).max(40),
  statusUrl: WebUrlSchema,
});
type Confirmation = z.infer<typeof ConfirmationSchema>;

type Phrases = {
  subject: Record<PublicCaseType, string>;
  greeting: (name: string) => string;
  reference: (reference: string) => string;
  code: (code: string) => string;
  action: string;
  contact: string;
};

const PHRASES: Record<PortalLanguage, Phrases> = {
  nl: {
    subject: {
      education_question: 'We hebben je vraag ontvangen',
      scholarship: 'We hebben je beursaanvraag ontvangen',
      guidance: 'We hebben je vraag voor een afspraak ontvangen',
    },
    greeting: (name) => `Dag ${name},`,
    reference: (reference) => `Bedankt. Je dossiernummer is ${reference}.`,
    code: (code) =>
      `Met deze code volg je je aanvraag op: ${code}. Bewaar hem goed: we kunnen hem niet opnieuw tonen.`,
    action: 'Status bekijken',
    contact: 'Vermeld je dossiernummer als je contact met ons opneemt.',
  },
  en: {
    subject: {
      education_question: 'We have received your question',
      scholarship: 'We have received your scholarship application',
      guidance: 'We have received your appointment request',
    },
    greeting: (name) => `Hello ${name},`,
    reference: (reference) => `Thank you. Your case number is ${reference}.`,
    code: (code) =>
      `Follow your application with this code: ${code}. Please keep it: we cannot show it again.`,
    action: 'View status',
    contact: 'Please mention your case number when you contact us.',
  },
  fr: {
    subject: {
      education_question: 'Nous avons bien reçu votre question',
      scholarship: 'Nous avons bien reçu votre demande de bourse',
      guidance: 'Nous avons bien reçu votre demande de rendez-vous',
    },
    greeting: (name) => `Bonjour ${name},`,
    reference: (reference) => `Merci. Votre numéro de dossier est ${reference}.`,
    code: (code) =>
      `Suivez votre demande avec ce code : ${code}. Conservez-le bien : nous ne pouvons pas l’afficher à nouveau.`,
    action: 'Voir le statut',
    contact: 'Mentionnez votre numéro de dossier lorsque vous nous contactez.',
  },
  tr: {
    subject: {
      education_question: 'Sorunuzu aldık',
      scholarship: 'Burs başvurunuzu aldık',
      guidance: 'Randevu talebinizi aldık',
    },
    greeting: (name) => `Merhaba ${name},`,
    reference: (reference) => `Teşekkür ederiz. Dosya numaranız: ${reference}.`,
    code: (code) =>
      `Başvurunuzu bu kodla takip edebilirsiniz: ${code}. Lütfen kodu saklayın; size tekrar gösteremeyiz.`,
    action: 'Durumu görüntüle',
    contact: 'Bizimle iletişime geçtiğinizde lütfen dosya numaranızı belirtin.',
  },
  bg: {
    subject: {
      education_question: 'Получихме вашия въпрос',
      scholarship: 'Получихме вашето заявление за стипендия',
      guidance: 'Получихме вашата заявка за среща',
    },
    greeting: (name) => `Здравейте, ${name},`,
    reference: (reference) => `Благодарим ви. Номерът на вашето досие е ${reference}.`,
    code: (code) =>
      `С този код можете да следите заявлението си: ${code}. Запазете го — не можем да го покажем отново.`,
    action: 'Вижте статуса',
    contact: 'Посочвайте номера на досието си, когато се свързвате с нас.',
  },
  ar: {
    subject: {
      education_question: 'استلمنا سؤالكم',
      scholarship: 'استلمنا طلب المنحة الخاص بكم',
      guidance: 'استلمنا طلب الموعد الخاص بكم',
    },
    greeting: (name) => `مرحبًا ${name}،`,
    reference: (reference) => `شكرًا لكم. رقم ملفكم هو ${reference}.`,
    code: (code) => `يمكنكم متابعة طلبكم بهذا الرمز: ${code}. يُرجى الاحتفاظ به، إذ لا يمكننا عرضه مرة أخرى.`,
    action: 'عرض الحالة',
    contact: 'يُرجى ذكر رقم ملفكم عند التواصل معنا.',
  },
};

const INITIAL_STATUS: Record<PublicCaseType, string> = {
  education_question: 'open',
  scholarship: 'submitted',
  guidance: 'registered',
};

function confirmation(language: PortalLanguage) {
  return (data: Confirmation): MailContent => {
    const phrases = PHRASES[language];
    const next = publicNextStep(data.type, INITIAL_STATUS[data.type], false, language);
    return {
      subject: `${phrases.subject[data.type]} (${data.reference})`,
      greeting: phrases.greeting(data.name),
      intro: [phrases.reference(data.reference), phrases.code(data.code)],
      action: { label: phrases.action, url: data.statusUrl },
      outro: [...(next ? [next] : []), phrases.contact],
    };
  };
}

/**
 * The confirmation of a portal form, in the applicant's language. Marked secret: it carries the
 * status code, which opens the status page, so the outbox shows its body to administrators only.
 */
export const publicFormConfirmationMail = defineTemplate({
  name: 'cases.portal-confirmation',
  secret: true,
  data: ConfirmationSchema,
  translations: {
    nl: confirmation('nl'),
    en: confirmation('en'),
    fr: confirmation('fr'),
    tr: confirmation('tr'),
    bg: confirmation('bg'),
    ar: confirmation('ar'),
  },
});
