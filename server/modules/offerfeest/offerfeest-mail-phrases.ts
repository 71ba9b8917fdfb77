import type { Locale } from '../../../contracts/identity.ts';

export const MAIL_KINDS = ['confirmed', 'waitlisted', 'promoted', 'reminder', 'cancelled'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** `slot` is the slot's date and time (already written in the language), `site` its name and address. */
export type Phrases = {
  subject: Record<MailKind, string>;
  greeting: (name: string) => string;
  body: Record<MailKind, (slot: string, site: string, position: number | null) => string>;
  code: (code: string) => string;
  bring: string;
  action: string;
};

export const PHRASES: Record<Locale, Phrases> = {
  nl: {
    subject: {
      confirmed: 'Je inschrijving voor het Offerfeest is bevestigd',
      waitlisted: 'Je staat op de wachtlijst voor het Offerfeest',
      promoted: 'Goed nieuws: je hebt een plaats voor het Offerfeest',
      reminder: 'Herinnering: morgen je afspraak in het slachthuis',
      cancelled: 'Je inschrijving voor het Offerfeest is geannuleerd',
    },
    greeting: (name) => `Dag ${name},`,
    body: {
      confirmed: (slot, site) => `Je plaats is bevestigd: ${slot} bij ${site}.`,
      waitlisted: (slot, site, position) =>
        `Het tijdslot ${slot} bij ${site} is volzet. Je staat op de wachtlijst${position ? ` (plaats ${position})` : ''}. Komt er een plaats vrij, dan krijg je die automatisch en sturen we je een bericht.`,
      promoted: (slot, site) =>
        `Er is een plaats vrijgekomen. Je inschrijving is nu bevestigd: ${slot} bij ${site}.`,
      reminder: (slot, site) => `Morgen is je afspraak: ${slot} bij ${site}.`,
      cancelled: (slot, site) => `Je inschrijving voor ${slot} bij ${site} is geannuleerd.`,
    },
    code: (code) => `Je code is ${code}. Toon de QR-code of de code aan de ingang.`,
    bring: 'Breng je identiteitskaart mee. Thuis slachten is verboden tijdens de sperperiode.',
    action: 'Je inschrijving bekijken',
  },
  en: {
    subject: {
      confirmed: 'Your Eid al-Adha registration is confirmed',
      waitlisted: 'You are on the waiting list for Eid al-Adha',
      promoted: 'Good news: you have a place for Eid al-Adha',
      reminder: 'Reminder: your slaughterhouse appointment is tomorrow',
      cancelled: 'Your Eid al-Adha registration has been cancelled',
    },
    greeting: (name) => `Hello ${name},`,
    body: {
      confirmed: (slot, site) => `Your place is confirmed: ${slot} at ${site}.`,
      waitlisted: (slot, site, position) =>
        `The time slot ${slot} at ${site} is full. You are on the waiting list${position ? ` (number ${position})` : ''}. If a place becomes free, you get it automatically and we will let you know.`,
      promoted: (slot, site) =>
        `A place has become free. Your registration is now confirmed: ${slot} at ${site}.`,
      reminder: (slot, site) => `Your appointment is tomorrow: ${slot} at ${site}.`,
      cancelled: (slot, site) => `Your registration for ${slot} at ${site} has been cancelled.`,
    },
    code: (code) => `Your code is ${code}. Show the QR code or the code at the entrance.`,
    bring: 'Bring your identity card. Slaughtering at home is banned during the blocking period.',
    action: 'View your registration',
  },
  fr: {
    subject: {
      confirmed: 'Votre inscription pour la fête du Sacrifice est confirmée',
      waitlisted: 'Vous êtes sur la liste d’attente pour la fête du Sacrifice',
      promoted: 'Bonne nouvelle : vous avez une place pour la fête du Sacrifice',
      reminder: 'Rappel : votre rendez-vous à l’abattoir est demain',
      cancelled: 'Votre inscription pour la fête du Sacrifice est annulée',
    },
    greeting: (name) => `Bonjour ${name},`,
    body: {
      confirmed: (slot, site) => `Votre place est confirmée : ${slot} à ${site}.`,
      waitlisted: (slot, site, position) =>
        `Le créneau ${slot} à ${site} est complet. Vous êtes sur la liste d’attente${position ? ` (place ${position})` : ''}. Si une place se libère, elle vous est attribuée automatiquement et nous vous prévenons.`,
      promoted: (slot, site) =>
        `Une place s’est libérée. Votre inscription est maintenant confirmée : ${slot} à ${site}.`,
      reminder: (slot, site) => `Votre rendez-vous est demain : ${slot} à ${site}.`,
      cancelled: (slot, site) => `Votre inscription pour ${slot} à ${site} est annulée.`,
    },
    code: (code) => `Votre code est ${code}. Montrez le code QR ou le code à l’entrée.`,
    bring:
      'Apportez votre carte d’identité. L’abattage à domicile est interdit pendant la période d’interdiction.',
    action: 'Voir votre inscription',
  },
  tr: {
    subject: {
      confirmed: 'Kurban Bayramı kaydınız onaylandı',
      waitlisted: 'Kurban Bayramı için bekleme listesindesiniz',
      promoted: 'Müjde: Kurban Bayramı için yeriniz var',
      reminder: 'Hatırlatma: mezbahadaki randevunuz yarın',
      cancelled: 'Kurban Bayramı kaydınız iptal edildi',
    },
    greeting: (name) => `Merhaba ${name},`,
    body: {
      confirmed: (slot, site) => `Yeriniz onaylandı: ${slot}, ${site}.`,
      waitlisted: (slot, site, position) =>
        `${site} için ${slot} zaman dilimi dolu. Bekleme listesindesiniz${position ? ` (sıra ${position})` : ''}. Bir yer boşalırsa size otomatik olarak verilir ve size haber veririz.`,
      promoted: (slot, site) => `Bir yer boşaldı. Kaydınız artık onaylandı: ${slot}, ${site}.`,
      reminder: (slot, site) => `Randevunuz yarın: ${slot}, ${site}.`,
      cancelled: (slot, site) => `${slot}, ${site} için kaydınız iptal edildi.`,
    },
    code: (code) => `Kodunuz ${code}. Girişte QR kodunu veya kodu gösterin.`,
    bring: 'Kimlik kartınızı yanınızda getirin. Yasak döneminde evde kesim yapmak yasaktır.',
    action: 'Kaydınızı görüntüleyin',
  },
  bg: {
    subject: {
      confirmed: 'Регистрацията ви за Курбан Байрам е потвърдена',
      waitlisted: 'Вие сте в списъка с чакащи за Курбан Байрам',
      promoted: 'Добра новина: имате място за Курбан Байрам',
      reminder: 'Напомняне: часът ви в кланицата е утре',
      cancelled: 'Регистрацията ви за Курбан Байрам е отменена',
    },
    greeting: (name) => `Здравейте, ${name},`,
    body: {
      confirmed: (slot, site) => `Мястото ви е потвърдено: ${slot} в ${site}.`,
      waitlisted: (slot, site, position) =>
        `Часът ${slot} в ${site} е зает. Вие сте в списъка с чакащи${position ? ` (номер ${position})` : ''}. Ако се освободи място, ще го получите автоматично и ще ви уведомим.`,
      promoted: (slot, site) => `Освободи се място. Регистрацията ви вече е потвърдена: ${slot} в ${site}.`,
      reminder: (slot, site) => `Часът ви е утре: ${slot} в ${site}.`,
      cancelled: (slot, site) => `Регистрацията ви за ${slot} в ${site} е отменена.`,
    },
    code: (code) => `Вашият код е ${code}. Покажете QR кода или кода на входа.`,
    bring: 'Носете личната си карта. Клането у дома е забранено през забранителния период.',
    action: 'Вижте регистрацията си',
  },
  ar: {
    subject: {
      confirmed: 'تم تأكيد تسجيلكم لعيد الأضحى',
      waitlisted: 'أنتم على قائمة الانتظار لعيد الأضحى',
      promoted: 'خبر سار: لديكم مكان لعيد الأضحى',
      reminder: 'تذكير: موعدكم في المسلخ غدًا',
      cancelled: 'تم إلغاء تسجيلكم لعيد الأضحى',
    },
    greeting: (name) => `مرحبًا ${name}،`,
    body: {
      confirmed: (slot, site) => `تم تأكيد مكانكم: ${slot} في ${site}.`,
      waitlisted: (slot, site, position) =>
        `الموعد ${slot} في ${site} ممتلئ. أنتم على قائمة الانتظار${position ? ` (رقم ${position})` : ''}. إذا أصبح مكان شاغرًا، يُمنح لكم تلقائيًا وسنخبركم بذلك.`,
      promoted: (slot, site) => `أصبح مكان شاغرًا. تسجيلكم مؤكد الآن: ${slot} في ${site}.`,
      reminder: (slot, site) => `موعدكم غدًا: ${slot} في ${site}.`,
      cancelled: (slot, site) => `تم إلغاء تسجيلكم للموعد ${slot} في ${site}.`,
    },
    code: (code) => `رمزكم هو ${code}. أظهروا رمز QR أو الرمز عند المدخل.`,
    bring: 'أحضروا بطاقة هويتكم. الذبح في المنزل ممنوع خلال فترة الحظر.',
    action: 'عرض تسجيلكم',
  },
};
