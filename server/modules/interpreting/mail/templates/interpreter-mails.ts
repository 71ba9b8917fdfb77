import { z } from 'zod';
import { defineTemplate } from '../../../../platform/mail/index.ts';
import { formatMoment, InterpreterMailSchema, interpreterTranslations } from './job-facts.ts';
import { PHRASES } from './phrases.ts';

/** Mails to the interpreter: what, when, where and for which organisation; never the client. */

export const OfferMailSchema = InterpreterMailSchema.extend({ expiresAt: z.date() });

export const interpreterConfirmedMail = defineTemplate({
  name: 'interpreting.assignment-confirmed',
  secret: false,
  data: InterpreterMailSchema,
  translations: interpreterTranslations({
    nl: ({ job }) => ({
      subject: `Opdracht ${job.reference} bevestigd`,
      lead: ['Je opdracht is bevestigd. Dit zijn de gegevens:'],
      action: 'Mijn agenda',
      outro: ['De afspraak zit in de bijlage. Kun je niet? Laat het ons zo snel mogelijk weten.'],
    }),
    en: ({ job }) => ({
      subject: `Assignment ${job.reference} confirmed`,
      lead: ['Your assignment is confirmed. These are the details:'],
      action: 'My agenda',
      outro: ['The appointment is attached. If you cannot come, tell us as soon as possible.'],
    }),
    fr: ({ job }) => ({
      subject: `Mission ${job.reference} confirmée`,
      lead: ['Votre mission est confirmée. Voici les détails :'],
      action: 'Mon agenda',
      outro: ['Le rendez-vous est en pièce jointe. Si vous ne pouvez pas venir, prévenez-nous au plus vite.'],
    }),
    tr: ({ job }) => ({
      subject: `${job.reference} numaralı görev onaylandı`,
      lead: ['Göreviniz onaylandı. Bilgiler şunlar:'],
      action: 'Takvimim',
      outro: ['Randevu ektedir. Gelemezseniz bize hemen haber verin.'],
    }),
    bg: ({ job }) => ({
      subject: `Задача ${job.reference} е потвърдена`,
      lead: ['Вашата задача е потвърдена. Ето подробностите:'],
      action: 'Моят календар',
      outro: ['Срещата е в прикачения файл. Ако не можете да дойдете, кажете ни веднага.'],
    }),
    ar: ({ job }) => ({
      subject: `تم تأكيد المهمة ${job.reference}`,
      lead: ['تم تأكيد مهمتك. هذه هي التفاصيل:'],
      action: 'جدولي',
      outro: ['الموعد مرفق بهذه الرسالة. إذا لم تستطع الحضور، أخبرنا في أقرب وقت.'],
    }),
  }),
});

export const offerMail = defineTemplate({
  name: 'interpreting.offer',
  secret: false,
  data: OfferMailSchema,
  translations: interpreterTranslations<z.output<typeof OfferMailSchema>>({
    nl: ({ job, expiresAt }) => ({
      subject: `Aanbod: opdracht ${job.reference}`,
      lead: [
        'We zoeken een tolk voor deze opdracht. Wil je ze doen?',
        `${PHRASES.nl.labels.answerBefore}: ${formatMoment('nl', expiresAt)}`,
      ],
      action: 'Aanbod bekijken',
      outro: ['Wie eerst ja zegt, krijgt de opdracht.'],
    }),
    en: ({ job, expiresAt }) => ({
      subject: `Offer: assignment ${job.reference}`,
      lead: [
        'We are looking for an interpreter for this assignment. Do you want to do it?',
        `${PHRASES.en.labels.answerBefore}: ${formatMoment('en', expiresAt)}`,
      ],
      action: 'View offer',
      outro: ['The first person to accept gets the assignment.'],
    }),
    fr: ({ job, expiresAt }) => ({
      subject: `Offre : mission ${job.reference}`,
      lead: [
        'Nous cherchons un interprète pour cette mission. Voulez-vous la faire ?',
        `${PHRASES.fr.labels.answerBefore} : ${formatMoment('fr', expiresAt)}`,
      ],
      action: 'Voir l’offre',
      outro: ['La première personne qui accepte reçoit la mission.'],
    }),
    tr: ({ job, expiresAt }) => ({
      subject: `Teklif: ${job.reference} numaralı görev`,
      lead: [
        'Bu görev için bir tercüman arıyoruz. Bu görevi yapmak ister misiniz?',
        `${PHRASES.tr.labels.answerBefore}: ${formatMoment('tr', expiresAt)}`,
      ],
      action: 'Teklifi görüntüle',
      outro: ['İlk kabul eden kişi görevi alır.'],
    }),
    bg: ({ job, expiresAt }) => ({
      subject: `Предложение: задача ${job.reference}`,
      lead: [
        'Търсим преводач за тази задача. Искате ли да я поемете?',
        `${PHRASES.bg.labels.answerBefore}: ${formatMoment('bg', expiresAt)}`,
      ],
      action: 'Вижте предложението',
      outro: ['Който приеме пръв, получава задачата.'],
    }),
    ar: ({ job, expiresAt }) => ({
      subject: `عرض: المهمة ${job.reference}`,
      lead: [
        'نبحث عن مترجم لهذه المهمة. هل تريد القيام بها؟',
        `${PHRASES.ar.labels.answerBefore}: ${formatMoment('ar', expiresAt)}`,
      ],
      action: 'مشاهدة العرض',
      outro: ['أول من يقبل يحصل على المهمة.'],
    }),
  }),
});

export const offerFilledMail = defineTemplate({
  name: 'interpreting.offer-filled',
  secret: false,
  data: InterpreterMailSchema,
  translations: interpreterTranslations({
    nl: ({ job }) => ({
      subject: `Opdracht ${job.reference} is al ingevuld`,
      lead: ['Een collega heeft deze opdracht al aanvaard. Je hoeft niets meer te doen.'],
      action: 'Mijn aanbiedingen',
      outro: ['Bedankt voor je tijd.'],
    }),
    en: ({ job }) => ({
      subject: `Assignment ${job.reference} is already taken`,
      lead: ['A colleague has already accepted this assignment. You do not need to do anything.'],
      action: 'My offers',
      outro: ['Thank you for your time.'],
    }),
    fr: ({ job }) => ({
      subject: `La mission ${job.reference} est déjà prise`,
      lead: ['Un collègue a déjà accepté cette mission. Vous n’avez plus rien à faire.'],
      action: 'Mes offres',
      outro: ['Merci pour votre temps.'],
    }),
    tr: ({ job }) => ({
      subject: `${job.reference} numaralı görev alındı`,
      lead: ['Bir meslektaşınız bu görevi kabul etti. Başka bir şey yapmanıza gerek yok.'],
      action: 'Tekliflerim',
      outro: ['Zaman ayırdığınız için teşekkürler.'],
    }),
    bg: ({ job }) => ({
      subject: `Задача ${job.reference} вече е заета`,
      lead: ['Колега вече прие тази задача. Не е нужно да правите нищо.'],
      action: 'Моите предложения',
      outro: ['Благодарим ви за отделеното време.'],
    }),
    ar: ({ job }) => ({
      subject: `المهمة ${job.reference} أخذها زميل`,
      lead: ['قبل زميل هذه المهمة. لا تحتاج إلى فعل أي شيء.'],
      action: 'عروضي',
      outro: ['شكرًا على وقتك.'],
    }),
  }),
});

export const interpreterCancelledMail = defineTemplate({
  name: 'interpreting.assignment-cancelled',
  secret: false,
  data: InterpreterMailSchema,
  translations: interpreterTranslations({
    nl: ({ job }) => ({
      subject: `Opdracht ${job.reference} geannuleerd`,
      lead: ['Deze opdracht is geannuleerd. Je hoeft niets te doen.'],
      action: 'Mijn agenda',
      outro: ['Met de bijlage pas je je agenda aan.'],
    }),
    en: ({ job }) => ({
      subject: `Assignment ${job.reference} cancelled`,
      lead: ['This assignment has been cancelled. You do not need to do anything.'],
      action: 'My agenda',
      outro: ['Use the attachment to update your calendar.'],
    }),
    fr: ({ job }) => ({
      subject: `Mission ${job.reference} annulée`,
      lead: ['Cette mission est annulée. Vous n’avez rien à faire.'],
      action: 'Mon agenda',
      outro: ['Utilisez la pièce jointe pour mettre votre agenda à jour.'],
    }),
    tr: ({ job }) => ({
      subject: `${job.reference} numaralı görev iptal edildi`,
      lead: ['Bu görev iptal edildi. Bir şey yapmanıza gerek yok.'],
      action: 'Takvimim',
      outro: ['Takviminizi güncellemek için eki kullanın.'],
    }),
    bg: ({ job }) => ({
      subject: `Задача ${job.reference} е отменена`,
      lead: ['Тази задача е отменена. Не е нужно да правите нищо.'],
      action: 'Моят календар',
      outro: ['Използвайте прикачения файл, за да обновите календара си.'],
    }),
    ar: ({ job }) => ({
      subject: `تم إلغاء المهمة ${job.reference}`,
      lead: ['تم إلغاء هذه المهمة. لا تحتاج إلى فعل أي شيء.'],
      action: 'جدولي',
      outro: ['استخدم الملف المرفق لتحديث التقويم.'],
    }),
  }),
});

export const interpreterReminderMail = defineTemplate({
  name: 'interpreting.reminder-interpreter',
  secret: false,
  data: InterpreterMailSchema,
  translations: interpreterTranslations({
    nl: ({ job }) => ({
      subject: `Herinnering: morgen opdracht ${job.reference}`,
      lead: ['Herinnering: morgen heb je deze opdracht.'],
      action: 'Mijn agenda',
      outro: ['Na de opdracht vul je je uren in.'],
    }),
    en: ({ job }) => ({
      subject: `Reminder: assignment ${job.reference} tomorrow`,
      lead: ['Reminder: tomorrow you have this assignment.'],
      action: 'My agenda',
      outro: ['After the assignment, fill in your hours.'],
    }),
    fr: ({ job }) => ({
      subject: `Rappel : mission ${job.reference} demain`,
      lead: ['Rappel : demain, vous avez cette mission.'],
      action: 'Mon agenda',
      outro: ['Après la mission, indiquez vos heures.'],
    }),
    tr: ({ job }) => ({
      subject: `Hatırlatma: yarın ${job.reference} numaralı görev`,
      lead: ['Hatırlatma: yarın bu göreviniz var.'],
      action: 'Takvimim',
      outro: ['Görevden sonra çalışma saatlerinizi girin.'],
    }),
    bg: ({ job }) => ({
      subject: `Напомняне: задача ${job.reference} утре`,
      lead: ['Напомняне: утре имате тази задача.'],
      action: 'Моят календар',
      outro: ['След задачата въведете часовете си.'],
    }),
    ar: ({ job }) => ({
      subject: `تذكير: المهمة ${job.reference} غدًا`,
      lead: ['تذكير: لديك غدًا هذه المهمة.'],
      action: 'جدولي',
      outro: ['بعد المهمة، سجّل ساعات عملك.'],
    }),
  }),
});
