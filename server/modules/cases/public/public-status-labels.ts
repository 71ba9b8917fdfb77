import type { CASE_STATUSES } from '../../../../contracts/case-types.ts';
import type { PortalLanguage } from '../../../../contracts/public-forms.ts';
import type { PublicCaseType } from './public-code.ts';

/**
 * What the status page and the confirmation mail tell an applicant, in the six portal languages.
 * Written for the public: plainer than the staff labels in contracts/case-types.ts, and complete
 * for every status of the three types a portal form creates (the test checks that).
 */
type Phrase = Record<PortalLanguage, string>;
type StatusPhrases<T extends PublicCaseType> = Record<keyof (typeof CASE_STATUSES)[T], Phrase>;

const guidance: StatusPhrases<'guidance'> = {
  registered: {
    nl: 'Aangemeld',
    en: 'Registered',
    fr: 'Demande enregistrée',
    tr: 'Kaydedildi',
    bg: 'Регистрирано',
    ar: 'تم التسجيل',
  },
  intake: {
    nl: 'Intakegesprek',
    en: 'Intake interview',
    fr: 'Entretien d’accueil',
    tr: 'Ön görüşme',
    bg: 'Първоначален разговор',
    ar: 'مقابلة أولية',
  },
  contract_signed: {
    nl: 'Contract ondertekend',
    en: 'Contract signed',
    fr: 'Contrat signé',
    tr: 'Sözleşme imzalandı',
    bg: 'Договорът е подписан',
    ar: 'تم توقيع العقد',
  },
  trajectory: {
    nl: 'Traject loopt',
    en: 'Programme in progress',
    fr: 'Parcours en cours',
    tr: 'Program devam ediyor',
    bg: 'Програмата е в ход',
    ar: 'المسار جارٍ',
  },
  certified: {
    nl: 'Attest behaald',
    en: 'Certificate obtained',
    fr: 'Attestation obtenue',
    tr: 'Belge alındı',
    bg: 'Удостоверението е получено',
    ar: 'تم الحصول على الشهادة',
  },
  stopped: {
    nl: 'Stopgezet',
    en: 'Stopped',
    fr: 'Arrêté',
    tr: 'Durduruldu',
    bg: 'Прекратено',
    ar: 'تم الإيقاف',
  },
  breach_reported: {
    nl: 'Afgesloten, niet-naleving gemeld',
    en: 'Closed, non-compliance reported',
    fr: 'Clôturé, non-respect signalé',
    tr: 'Kapatıldı, yükümlülüklere uyulmadığı bildirildi',
    bg: 'Приключено, съобщено е за неспазване',
    ar: 'أُغلق، تم الإبلاغ عن عدم الالتزام',
  },
};

const educationQuestion: StatusPhrases<'education_question'> = {
  open: {
    nl: 'In behandeling',
    en: 'Being handled',
    fr: 'En cours de traitement',
    tr: 'İşleniyor',
    bg: 'В процес на обработка',
    ar: 'قيد المعالجة',
  },
  referred: {
    nl: 'Doorverwezen',
    en: 'Referred to a partner',
    fr: 'Orienté vers un partenaire',
    tr: 'Bir ortak kuruluşa yönlendirildi',
    bg: 'Пренасочено към партньор',
    ar: 'تمت الإحالة إلى جهة شريكة',
  },
  solved: {
    nl: 'Beantwoord',
    en: 'Answered',
    fr: 'Répondu',
    tr: 'Yanıtlandı',
    bg: 'Отговорено',
    ar: 'تمت الإجابة',
  },
  closed: { nl: 'Afgesloten', en: 'Closed', fr: 'Clôturé', tr: 'Kapatıldı', bg: 'Приключено', ar: 'مُغلق' },
};

const scholarship: StatusPhrases<'scholarship'> = {
  submitted: {
    nl: 'Ingediend',
    en: 'Submitted',
    fr: 'Déposée',
    tr: 'Gönderildi',
    bg: 'Подадено',
    ar: 'تم التقديم',
  },
  complete: {
    nl: 'Aanvraag volledig',
    en: 'Application complete',
    fr: 'Dossier complet',
    tr: 'Başvuru eksiksiz',
    bg: 'Заявлението е пълно',
    ar: 'الطلب مكتمل',
  },
  approved: {
    nl: 'Goedgekeurd',
    en: 'Approved',
    fr: 'Approuvée',
    tr: 'Onaylandı',
    bg: 'Одобрено',
    ar: 'تمت الموافقة',
  },
  waitlisted: {
    nl: 'Op de wachtlijst',
    en: 'On the waiting list',
    fr: 'Sur la liste d’attente',
    tr: 'Bekleme listesinde',
    bg: 'В списъка на чакащите',
    ar: 'على قائمة الانتظار',
  },
  rejected: {
    nl: 'Afgewezen',
    en: 'Rejected',
    fr: 'Refusée',
    tr: 'Reddedildi',
    bg: 'Отхвърлено',
    ar: 'مرفوض',
  },
  enrolled: {
    nl: 'Ingeschreven bij UCT',
    en: 'Enrolled at UCT',
    fr: 'Inscription à l’UCT',
    tr: 'UCT’ye kaydoldu',
    bg: 'Записан(а) в UCT',
    ar: 'مسجّل في UCT',
  },
  completed: {
    nl: 'Cursus afgerond',
    en: 'Course completed',
    fr: 'Cours terminé',
    tr: 'Kurs tamamlandı',
    bg: 'Курсът е завършен',
    ar: 'اكتملت الدورة',
  },
  failed: {
    nl: 'Niet geslaagd',
    en: 'Not passed',
    fr: 'Non réussi',
    tr: 'Başarısız',
    bg: 'Неуспешно',
    ar: 'لم ينجح',
  },
  dropped: {
    nl: 'Afgebroken',
    en: 'Discontinued',
    fr: 'Abandonné',
    tr: 'Bırakıldı',
    bg: 'Прекъснато',
    ar: 'تم الانقطاع',
  },
};

export const PUBLIC_STATUS_LABELS: { [T in PublicCaseType]: StatusPhrases<T> } = {
  guidance,
  education_question: educationQuestion,
  scholarship,
};

/** The next step of a case that waits for the agency after a portal form; other open statuses get GENERAL_NEXT_STEP. */
const FIRST_NEXT_STEP: Record<PublicCaseType, { status: string; phrase: Phrase }> = {
  guidance: {
    status: 'registered',
    phrase: {
      nl: 'We nemen binnen twee werkdagen contact met je op om een afspraak te maken.',
      en: 'We will contact you within two working days to make an appointment.',
      fr: 'Nous vous contacterons dans les deux jours ouvrables pour fixer un rendez-vous.',
      tr: 'Randevu belirlemek için iki iş günü içinde sizinle iletişime geçeceğiz.',
      bg: 'Ще се свържем с вас в рамките на два работни дни, за да уговорим среща.',
      ar: 'سنتواصل معكم خلال يومي عمل لتحديد موعد.',
    },
  },
  education_question: {
    status: 'open',
    phrase: {
      nl: 'Een medewerker van het Infopunt onderwijs bekijkt je vraag en neemt contact met je op.',
      en: 'Someone from the education info point will look at your question and contact you.',
      fr: 'Un collaborateur du point info enseignement examine votre question et vous contactera.',
      tr: 'Eğitim bilgi noktasından bir çalışan sorunuzu inceleyip sizinle iletişime geçecek.',
      bg: 'Служител от информационния пункт за образование ще разгледа въпроса ви и ще се свърже с вас.',
      ar: 'سيطّلع موظف من نقطة المعلومات حول التعليم على سؤالكم ويتواصل معكم.',
    },
  },
  scholarship: {
    status: 'submitted',
    phrase: {
      nl: 'We controleren je aanvraag en je documenten. Ontbreekt er iets, dan nemen we contact met je op.',
      en: 'We are checking your application and documents. If anything is missing, we will contact you.',
      fr: 'Nous vérifions votre demande et vos documents. S’il manque quelque chose, nous vous contacterons.',
      tr: 'Başvurunuzu ve belgelerinizi kontrol ediyoruz. Eksik bir şey varsa sizinle iletişime geçeceğiz.',
      bg: 'Проверяваме заявлението и документите ви. Ако нещо липсва, ще се свържем с вас.',
      ar: 'نحن نراجع طلبكم ووثائقكم. إذا كان هناك شيء ناقص، سنتواصل معكم.',
    },
  },
};

const GENERAL_NEXT_STEP: Phrase = {
  nl: 'Je begeleider laat je weten wat de volgende stap is.',
  en: 'Your counsellor will let you know the next step.',
  fr: 'Votre accompagnateur vous informera de la prochaine étape.',
  tr: 'Danışmanınız bir sonraki adım hakkında sizi bilgilendirecek.',
  bg: 'Вашият консултант ще ви информира за следващата стъпка.',
  ar: 'سيُعلمكم مرشدكم بالخطوة التالية.',
};

export function isPublicCaseType(type: string): type is PublicCaseType {
  return type in PUBLIC_STATUS_LABELS;
}

/** The public label of a status; an unknown status (a newer machine) shows its key rather than nothing. */
export function publicStatusLabel(type: PublicCaseType, status: string, language: PortalLanguage): string {
  const labels: Record<string, Phrase> = PUBLIC_STATUS_LABELS[type];
  return labels[status]?.[language] ?? status;
}

/** What happens next while the case is open; nothing once it is closed. */
export function publicNextStep(
  type: PublicCaseType,
  status: string,
  closed: boolean,
  language: PortalLanguage,
): string | undefined {
  if (closed) return undefined;
  const first = FIRST_NEXT_STEP[type];
  return (first.status === status ? first.phrase : GENERAL_NEXT_STEP)[language];
}
