import { defineTemplate } from '../../../../platform/mail/index.ts';
import { RequesterMailSchema, requesterTranslations } from './job-facts.ts';

/** Mails to the person who booked. They name the interpreter by first name and code only. */

export const requestReceivedMail = defineTemplate({
  name: 'interpreting.request-received',
  secret: false,
  data: RequesterMailSchema,
  translations: requesterTranslations({
    nl: ({ job }) => ({
      subject: `Aanvraag ${job.reference} ontvangen`,
      lead: ['We hebben je aanvraag voor een tolk ontvangen.'],
      action: 'Aanvraag bekijken',
      outro: ['We zoeken nu een tolk. Je krijgt een mail zodra er een tolk is.'],
    }),
    en: ({ job }) => ({
      subject: `Request ${job.reference} received`,
      lead: ['We have received your request for an interpreter.'],
      action: 'View request',
      outro: ['We are now looking for an interpreter. You will get an email as soon as we have one.'],
    }),
    fr: ({ job }) => ({
      subject: `Demande ${job.reference} reçue`,
      lead: ['Nous avons bien reçu votre demande d’interprète.'],
      action: 'Voir la demande',
      outro: ['Nous cherchons maintenant un interprète. Vous recevrez un e-mail dès que nous en avons un.'],
    }),
    tr: ({ job }) => ({
      subject: `${job.reference} numaralı talebiniz alındı`,
      lead: ['Tercüman talebinizi aldık.'],
      action: 'Talebi görüntüle',
      outro: ['Şimdi bir tercüman arıyoruz. Bir tercüman bulduğumuzda size e-posta göndereceğiz.'],
    }),
    bg: ({ job }) => ({
      subject: `Заявка ${job.reference} е получена`,
      lead: ['Получихме вашата заявка за преводач.'],
      action: 'Вижте заявката',
      outro: ['Сега търсим преводач. Ще получите имейл, когато намерим преводач.'],
    }),
    ar: ({ job }) => ({
      subject: `تم استلام الطلب ${job.reference}`,
      lead: ['استلمنا طلبكم للحصول على مترجم.'],
      action: 'عرض الطلب',
      outro: ['نبحث الآن عن مترجم. ستصلكم رسالة عندما نجد مترجمًا.'],
    }),
  }),
});

export const requestConfirmedMail = defineTemplate({
  name: 'interpreting.request-confirmed',
  secret: false,
  data: RequesterMailSchema,
  translations: requesterTranslations({
    nl: ({ job }) => ({
      subject: `Tolk bevestigd voor ${job.reference}`,
      lead: ['Goed nieuws: er is een tolk voor je aanvraag.'],
      action: 'Aanvraag bekijken',
      outro: ['De afspraak zit in de bijlage. Je kunt ze in je agenda zetten.'],
    }),
    en: ({ job }) => ({
      subject: `Interpreter confirmed for ${job.reference}`,
      lead: ['Good news: we have an interpreter for your request.'],
      action: 'View request',
      outro: ['The appointment is attached. You can add it to your calendar.'],
    }),
    fr: ({ job }) => ({
      subject: `Interprète confirmé pour ${job.reference}`,
      lead: ['Bonne nouvelle : nous avons un interprète pour votre demande.'],
      action: 'Voir la demande',
      outro: ['Le rendez-vous est en pièce jointe. Vous pouvez l’ajouter à votre agenda.'],
    }),
    tr: ({ job }) => ({
      subject: `${job.reference} için tercüman onaylandı`,
      lead: ['Güzel haber: talebiniz için bir tercüman bulduk.'],
      action: 'Talebi görüntüle',
      outro: ['Randevu ektedir. Takviminize ekleyebilirsiniz.'],
    }),
    bg: ({ job }) => ({
      subject: `Преводачът за ${job.reference} е потвърден`,
      lead: ['Добра новина: имаме преводач за вашата заявка.'],
      action: 'Вижте заявката',
      outro: ['Срещата е в прикачения файл. Можете да я добавите в календара си.'],
    }),
    ar: ({ job }) => ({
      subject: `تم تأكيد المترجم للطلب ${job.reference}`,
      lead: ['خبر سار: وجدنا مترجمًا لطلبكم.'],
      action: 'عرض الطلب',
      outro: ['الموعد مرفق بهذه الرسالة. يمكنكم إضافته إلى التقويم.'],
    }),
  }),
});

export const requestCancelledMail = defineTemplate({
  name: 'interpreting.request-cancelled',
  secret: false,
  data: RequesterMailSchema,
  translations: requesterTranslations({
    nl: ({ job }) => ({
      subject: `Aanvraag ${job.reference} geannuleerd`,
      lead: ['Je aanvraag voor een tolk is geannuleerd.'],
      action: 'Aanvraag bekijken',
      outro: ['Was dit een vergissing? Maak dan een nieuwe aanvraag.'],
    }),
    en: ({ job }) => ({
      subject: `Request ${job.reference} cancelled`,
      lead: ['Your request for an interpreter has been cancelled.'],
      action: 'View request',
      outro: ['Was this a mistake? Then make a new request.'],
    }),
    fr: ({ job }) => ({
      subject: `Demande ${job.reference} annulée`,
      lead: ['Votre demande d’interprète est annulée.'],
      action: 'Voir la demande',
      outro: ['C’est une erreur ? Faites alors une nouvelle demande.'],
    }),
    tr: ({ job }) => ({
      subject: `${job.reference} numaralı talep iptal edildi`,
      lead: ['Tercüman talebiniz iptal edildi.'],
      action: 'Talebi görüntüle',
      outro: ['Bu bir hata mı? O zaman yeni bir talep oluşturun.'],
    }),
    bg: ({ job }) => ({
      subject: `Заявка ${job.reference} е отменена`,
      lead: ['Вашата заявка за преводач е отменена.'],
      action: 'Вижте заявката',
      outro: ['Грешка ли е? Тогава направете нова заявка.'],
    }),
    ar: ({ job }) => ({
      subject: `تم إلغاء الطلب ${job.reference}`,
      lead: ['تم إلغاء طلبكم للحصول على مترجم.'],
      action: 'عرض الطلب',
      outro: ['هل هذا خطأ؟ قدّموا طلبًا جديدًا.'],
    }),
  }),
});

export const requestUnfilledMail = defineTemplate({
  name: 'interpreting.request-unfilled',
  secret: false,
  data: RequesterMailSchema,
  translations: requesterTranslations({
    nl: ({ job }) => ({
      subject: `Geen tolk gevonden voor ${job.reference}`,
      lead: ['Het spijt ons: we vonden geen tolk voor je aanvraag.'],
      action: 'Aanvraag bekijken',
      outro: [
        'Kies een ander moment of een telefoontolk en maak een nieuwe aanvraag. Of neem contact met ons op.',
      ],
    }),
    en: ({ job }) => ({
      subject: `No interpreter found for ${job.reference}`,
      lead: ['We are sorry: we did not find an interpreter for your request.'],
      action: 'View request',
      outro: ['Choose another time or an interpreter by phone and make a new request. Or contact us.'],
    }),
    fr: ({ job }) => ({
      subject: `Pas d’interprète pour ${job.reference}`,
      lead: ['Nous sommes désolés : nous n’avons pas trouvé d’interprète pour votre demande.'],
      action: 'Voir la demande',
      outro: [
        'Choisissez un autre moment ou un interprète par téléphone, et faites une nouvelle demande. Ou contactez-nous.',
      ],
    }),
    tr: ({ job }) => ({
      subject: `${job.reference} için tercüman bulunamadı`,
      lead: ['Üzgünüz: talebiniz için tercüman bulamadık.'],
      action: 'Talebi görüntüle',
      outro: [
        'Başka bir zaman veya telefonla tercüman seçin ve yeni bir talep oluşturun. Ya da bizimle iletişime geçin.',
      ],
    }),
    bg: ({ job }) => ({
      subject: `Няма преводач за ${job.reference}`,
      lead: ['Съжаляваме: не намерихме преводач за вашата заявка.'],
      action: 'Вижте заявката',
      outro: [
        'Изберете друго време или преводач по телефона и направете нова заявка. Или се свържете с нас.',
      ],
    }),
    ar: ({ job }) => ({
      subject: `لم نجد مترجمًا للطلب ${job.reference}`,
      lead: ['نأسف: لم نجد مترجمًا لطلبكم.'],
      action: 'عرض الطلب',
      outro: ['اختاروا وقتًا آخر أو مترجمًا عبر الهاتف وقدّموا طلبًا جديدًا. أو تواصلوا معنا.'],
    }),
  }),
});

export const requesterReminderMail = defineTemplate({
  name: 'interpreting.reminder-requester',
  secret: false,
  data: RequesterMailSchema,
  translations: requesterTranslations({
    nl: ({ job }) => ({
      subject: `Herinnering: morgen een tolk (${job.reference})`,
      lead: ['Herinnering: morgen heb je een afspraak met een tolk.'],
      action: 'Aanvraag bekijken',
      outro: ['Gaat de afspraak niet door? Annuleer dan zo snel mogelijk.'],
    }),
    en: ({ job }) => ({
      subject: `Reminder: interpreter tomorrow (${job.reference})`,
      lead: ['Reminder: tomorrow you have an appointment with an interpreter.'],
      action: 'View request',
      outro: ['Is the appointment not going ahead? Then cancel as soon as possible.'],
    }),
    fr: ({ job }) => ({
      subject: `Rappel : interprète demain (${job.reference})`,
      lead: ['Rappel : demain, vous avez un rendez-vous avec un interprète.'],
      action: 'Voir la demande',
      outro: ['Le rendez-vous n’a pas lieu ? Annulez alors au plus vite.'],
    }),
    tr: ({ job }) => ({
      subject: `Hatırlatma: yarın tercüman (${job.reference})`,
      lead: ['Hatırlatma: yarın bir tercümanla randevunuz var.'],
      action: 'Talebi görüntüle',
      outro: ['Randevu gerçekleşmeyecek mi? O zaman en kısa sürede iptal edin.'],
    }),
    bg: ({ job }) => ({
      subject: `Напомняне: преводач утре (${job.reference})`,
      lead: ['Напомняне: утре имате среща с преводач.'],
      action: 'Вижте заявката',
      outro: ['Срещата няма да се състои? Тогава я отменете възможно най-скоро.'],
    }),
    ar: ({ job }) => ({
      subject: `تذكير: مترجم غدًا (${job.reference})`,
      lead: ['تذكير: لديكم غدًا موعد مع مترجم.'],
      action: 'عرض الطلب',
      outro: ['إذا لم يعد الموعد قائمًا، ألغوه في أقرب وقت.'],
    }),
  }),
});
