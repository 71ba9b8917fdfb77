/**
 * The decision letters' words, in plain language (B1: short sentences, one idea each, "u"/"you").
 * Dutch is always printed; one more language follows. Arabic has its own part (letter-arabic.ts):
 * the PDF engine shapes Arabic but does not reorder mixed Arabic and Latin text, so its sentences
 * carry no names or numbers.
 */

export type Outcome = 'approved' | 'waitlisted' | 'rejected';
export type LetterFacts = { name: string | null; course: string; amount: string; reference: string };

export type LetterText = {
  /** The heading of this language's part, in that language. */
  heading: string;
  subject: string;
  greeting: (name: string | null) => string;
  body: Record<Outcome, (facts: LetterFacts) => string[]>;
  /** The numbered steps of an approval. */
  steps: () => string[];
  stepsTitle: string;
  contact: (reference: string) => string;
  closing: string;
  /** Said when the reader's own language could not be printed. */
  fallbackNote: string;
};

export const TEXTS = {
  nl: {
    heading: 'Nederlands',
    subject: 'Uw aanvraag voor een beurs van de Stad Gent voor een cursus bij het UCT',
    greeting: (name) => (name ? `Beste ${name},` : 'Beste aanvrager,'),
    body: {
      approved: (f) => [
        'Goed nieuws: u krijgt een beurs van de Stad Gent.',
        `De beurs is ${f.amount}. Ze is voor de cursus ${f.course}.`,
        'Wij betalen de beurs zelf aan het UCT.',
      ],
      waitlisted: (f) => [
        'U staat op de wachtlijst voor een beurs.',
        'Het geld voor de beurzen is nu op. Komt er geld vrij? Dan krijgt u een bericht.',
        `Wilt u de cursus ${f.course} toch al volgen? Schrijf u dan in bij het UCT en betaal de volledige prijs. Doe dat ten laatste 2 weken voor de cursus begint.`,
      ],
      rejected: (f) => [
        'U krijgt geen beurs.',
        'U voldoet niet aan alle voorwaarden van deze beurs.',
        `U kunt de cursus ${f.course} wel volgen. Schrijf u in bij het UCT en betaal de volledige prijs. Doe dat ten laatste 2 weken voor de cursus begint.`,
        'Bent u het niet eens met deze beslissing? Praat erover met uw begeleider.',
      ],
    },
    stepsTitle: 'Wat moet u nu doen?',
    steps: () => [
      'Schrijf u in bij het UCT (Universitair Centrum voor Talenonderwijs). Dat kan op oasis.ugent.be of aan het loket. Neem uw eID mee.',
      'Betaal zelf de rest van de prijs van de cursus aan het UCT.',
      'Doe dat ten laatste 2 weken voor de cursus begint. Pas dan is uw plaats zeker.',
    ],
    contact: (reference) =>
      `Hebt u vragen? Neem contact op met uw begeleider. Zeg dan uw dossiernummer: ${reference}.`,
    closing: 'Met vriendelijke groeten,',
    fallbackNote:
      'Deze brief bestaat nog niet in uw taal. Daarom staat hij hier in het Nederlands en het Engels. Vraag uw begeleider of een tolk om hulp.',
  },
  en: {
    heading: 'English',
    subject: 'Your application for a City of Ghent grant for a course at UCT',
    greeting: (name) => (name ? `Dear ${name},` : 'Dear applicant,'),
    body: {
      approved: (f) => [
        'Good news: you get a grant from the City of Ghent.',
        `The grant is ${f.amount}. It is for the course ${f.course}.`,
        'We pay the grant to UCT ourselves.',
      ],
      waitlisted: (f) => [
        'You are on the waiting list for a grant.',
        'The money for grants has run out for now. If money becomes free, we will let you know.',
        `Do you want to take the course ${f.course} anyway? Then enrol at UCT and pay the full price. Do this at the latest 2 weeks before the course starts.`,
      ],
      rejected: (f) => [
        'You do not get a grant.',
        'You do not meet all the conditions of this grant.',
        `You can still take the course ${f.course}. Enrol at UCT and pay the full price. Do this at the latest 2 weeks before the course starts.`,
        'Do you disagree with this decision? Talk about it with your counsellor.',
      ],
    },
    stepsTitle: 'What do you do now?',
    steps: () => [
      'Enrol at UCT (Universitair Centrum voor Talenonderwijs). You can do this on oasis.ugent.be or at the desk. Bring your eID card.',
      'Pay the rest of the course price to UCT yourself.',
      'Do this at the latest 2 weeks before the course starts. Only then is your place sure.',
    ],
    contact: (reference) => `Any questions? Contact your counsellor. Give your file number: ${reference}.`,
    closing: 'Kind regards,',
    fallbackNote:
      'This letter is not yet available in your language. That is why it is in Dutch and English. Ask your counsellor or an interpreter for help.',
  },
  fr: {
    heading: 'Français',
    subject: 'Votre demande de bourse de la Ville de Gand pour un cours à l’UCT',
    greeting: (name) => (name ? `Bonjour ${name},` : 'Madame, Monsieur,'),
    body: {
      approved: (f) => [
        'Bonne nouvelle : vous recevez une bourse de la Ville de Gand.',
        `La bourse est de ${f.amount}. Elle est pour le cours ${f.course}.`,
        'Nous payons la bourse directement à l’UCT.',
      ],
      waitlisted: (f) => [
        'Vous êtes sur la liste d’attente pour une bourse.',
        'L’argent pour les bourses est épuisé pour le moment. Si de l’argent se libère, nous vous prévenons.',
        `Vous voulez quand même suivre le cours ${f.course} ? Inscrivez-vous alors à l’UCT et payez le prix complet. Faites-le au plus tard 2 semaines avant le début du cours.`,
      ],
      rejected: (f) => [
        'Vous ne recevez pas de bourse.',
        'Vous ne remplissez pas toutes les conditions de cette bourse.',
        `Vous pouvez quand même suivre le cours ${f.course}. Inscrivez-vous à l’UCT et payez le prix complet. Faites-le au plus tard 2 semaines avant le début du cours.`,
        'Vous n’êtes pas d’accord avec cette décision ? Parlez-en avec votre accompagnateur.',
      ],
    },
    stepsTitle: 'Que devez-vous faire maintenant ?',
    steps: () => [
      'Inscrivez-vous à l’UCT (Universitair Centrum voor Talenonderwijs). Vous pouvez le faire sur oasis.ugent.be ou au guichet. Prenez votre carte eID.',
      'Payez vous-même le reste du prix du cours à l’UCT.',
      'Faites-le au plus tard 2 semaines avant le début du cours. Votre place n’est sûre qu’à ce moment-là.',
    ],
    contact: (reference) =>
      `Vous avez des questions ? Contactez votre accompagnateur. Donnez votre numéro de dossier : ${reference}.`,
    closing: 'Meilleures salutations,',
    fallbackNote:
      'Cette lettre n’existe pas encore dans votre langue. Elle est donc en néerlandais et en anglais. Demandez de l’aide à votre accompagnateur ou à un interprète.',
  },
  tr: {
    heading: 'Türkçe',
    subject: 'UCT’de bir kurs için Gent Belediyesi bursu başvurunuz',
    greeting: (name) => (name ? `Sayın ${name},` : 'Sayın başvuru sahibi,'),
    body: {
      approved: (f) => [
        'İyi haber: Gent Belediyesi’nden burs alıyorsunuz.',
        `Burs ${f.amount} tutarındadır. ${f.course} kursu içindir.`,
        'Bursu UCT’ye biz ödüyoruz.',
      ],
      waitlisted: (f) => [
        'Burs için bekleme listesindesiniz.',
        'Burslar için para şu anda bitti. Para açılırsa size haber vereceğiz.',
        `${f.course} kursuna yine de katılmak mı istiyorsunuz? O zaman UCT’ye kaydolun ve tam ücreti ödeyin. Bunu en geç kurs başlamadan 2 hafta önce yapın.`,
      ],
      rejected: (f) => [
        'Burs alamıyorsunuz.',
        'Bu bursun tüm koşullarını karşılamıyorsunuz.',
        `${f.course} kursuna yine de katılabilirsiniz. UCT’ye kaydolun ve tam ücreti ödeyin. Bunu en geç kurs başlamadan 2 hafta önce yapın.`,
        'Bu karara katılmıyor musunuz? Danışmanınızla konuşun.',
      ],
    },
    stepsTitle: 'Şimdi ne yapmalısınız?',
    steps: () => [
      'UCT’ye (Universitair Centrum voor Talenonderwijs) kaydolun. Bunu oasis.ugent.be üzerinden veya kayıt ofisinde yapabilirsiniz. eID kartınızı getirin.',
      'Kurs ücretinin geri kalanını UCT’ye kendiniz ödeyin.',
      'Bunu en geç kurs başlamadan 2 hafta önce yapın. Yeriniz ancak o zaman kesinleşir.',
    ],
    contact: (reference) =>
      `Sorunuz mu var? Danışmanınıza başvurun. Dosya numaranızı söyleyin: ${reference}.`,
    closing: 'Saygılarımızla,',
    fallbackNote:
      'Bu mektup henüz sizin dilinizde yok. Bu yüzden Felemenkçe ve İngilizce yazılmıştır. Danışmanınızdan veya bir tercümandan yardım isteyin.',
  },
} as const satisfies Record<string, LetterText>;

export type TextLanguage = keyof typeof TEXTS;
export type PrintedLanguage = TextLanguage | 'ar';

const printed = (language: string): language is PrintedLanguage =>
  language === 'ar' || Object.hasOwn(TEXTS, language);

/**
 * The languages a letter is printed in: Dutch, then the reader's language. A language without a
 * text gets Dutch + English and a note.
 */
export function letterLanguages(language: string): { languages: PrintedLanguage[]; fallback: boolean } {
  if (language === 'nl') return { languages: ['nl'], fallback: false };
  if (printed(language)) return { languages: ['nl', language], fallback: false };
  return { languages: ['nl', 'en'], fallback: true };
}

/** Euro amounts as the reader writes them: € 296,00 (nl, fr, tr; ar as in Belgium) or €296.00 (en); plain spaces for the font. */
export function formatAmount(cents: number, language: PrintedLanguage): string {
  const whole = Math.floor(cents / 100).toString();
  const decimals = (cents % 100).toString().padStart(2, '0');
  const thousands = language === 'en' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, thousands);
  return language === 'en' ? `€${grouped}.${decimals}` : `€ ${grouped},${decimals}`;
}
