/**
 * The portal's information page of a demo edition, in the five languages of the flyer, each in
 * its own script: the blocking period, the ban on home slaughter and its fine, the options, and
 * how to register (slots) or claim (reimbursement).
 */
export type InfoInput = {
  year: number;
  blockingStart: string;
  blockingEnd: string;
  feastStart: string;
  regime: 'slots' | 'reimbursement';
  /** Euro, for the reimbursement regime. */
  amount: number;
  /** The last day to register or claim (YYYY-MM-DD). */
  until: string;
};

type Language = 'nl' | 'ar' | 'fr' | 'tr' | 'en';
type Info = { title: string; body: string };

const INTL: Record<Language, string> = { nl: 'nl-BE', ar: 'ar-MA', fr: 'fr-BE', tr: 'tr-TR', en: 'en-GB' };

function long(day: string, language: Language): string {
  return new Intl.DateTimeFormat(INTL[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

function texts(language: Language, p: InfoInput): Info {
  const d = (day: string) => long(day, language);
  const from = d(p.blockingStart);
  const to = d(p.blockingEnd);
  switch (language) {
    case 'nl':
      return {
        title: `Offerfeest ${p.year} in Gent`,
        body: [
          `Het Offerfeest begint rond ${d(p.feastStart)}. Van ${from} tot en met ${to} geldt in Gent een sperperiode: thuis slachten is volledig verboden. De politie controleert extra op het vervoer van schapen en op illegale slachtingen. Wie toch thuis slacht, riskeert een boete tot € 2.000.`,
          'Je kunt op drie manieren offeren: 1) een dier verdoofd laten slachten in een erkend slachthuis; 2) een gift aan een hulpfonds; 3) een geslacht dier kopen bij een Gentse islamitische slager.',
          p.regime === 'slots'
            ? `Inschrijven voor een tijdslot in een slachthuis kan tot ${d(p.until)} via dit portaal: kies een slachtplaats en een uur, vul je rijksregisternummer en het beslagnummer van de boerderij in. Je krijgt een code met een QR-code; toon die aan de ingang.`
            : `Laat je slachten in een erkend slachthuis? Dan betalen we € ${p.amount} van de slachtkosten terug. Vraag de terugbetaling tot ${d(p.until)} aan via dit portaal, met de factuur van het slachthuis en je rekeningnummer.`,
        ].join('\n\n'),
      };
    case 'fr':
      return {
        title: `Fête du Sacrifice ${p.year} à Gand`,
        body: [
          `La fête du Sacrifice commence vers le ${d(p.feastStart)}. Du ${from} au ${to} inclus, une période d’interdiction s’applique à Gand : tout abattage à domicile est interdit. La police contrôle davantage le transport de moutons et les abattages illégaux. Quiconque abat à domicile risque une amende pouvant aller jusqu’à 2 000 €.`,
          'Vous pouvez accomplir le sacrifice de trois façons : 1) faire abattre un animal étourdi dans un abattoir agréé ; 2) faire un don à un fonds d’aide ; 3) acheter un animal abattu chez un boucher islamique de Gand.',
          p.regime === 'slots'
            ? `Inscrivez-vous pour un créneau dans un abattoir jusqu’au ${d(p.until)} sur ce portail : choisissez un lieu et une heure, indiquez votre numéro de registre national et le numéro de troupeau de la ferme. Vous recevez un code avec un code QR ; montrez-le à l’entrée.`
            : `Vous faites abattre dans un abattoir agréé ? Nous remboursons ${p.amount} € des frais d’abattage. Demandez le remboursement jusqu’au ${d(p.until)} sur ce portail, avec la facture de l’abattoir et votre numéro de compte.`,
        ].join('\n\n'),
      };
    case 'tr':
      return {
        title: `Gent'te ${p.year} Kurban Bayramı`,
        body: [
          `Kurban Bayramı ${d(p.feastStart)} civarında başlıyor. ${from} ile ${to} tarihleri arasında Gent'te yasak dönemi uygulanır: evde kurban kesmek tamamen yasaktır. Polis, koyun taşımacılığını ve kaçak kesimleri daha sık denetler. Evde kesim yapan kişiye 2.000 avroya kadar para cezası verilebilir.`,
          "Kurbanınızı üç şekilde yerine getirebilirsiniz: 1) hayvanı onaylı bir mezbahada bayıltılarak kestirmek; 2) bir yardım fonuna bağış yapmak; 3) Gent'teki bir İslami kasaptan kesilmiş bir hayvan satın almak.",
          p.regime === 'slots'
            ? `Bir mezbahada randevu için ${d(p.until)} tarihine kadar bu portal üzerinden kayıt olabilirsiniz: bir kesim yeri ve saat seçin, ulusal kayıt numaranızı ve çiftliğin işletme numarasını girin. QR kodlu bir kod alırsınız; girişte bu kodu gösterin.`
            : `Hayvanınızı onaylı bir mezbahada mı kestiriyorsunuz? Kesim masrafının ${p.amount} avrosunu geri ödüyoruz. Geri ödemeyi ${d(p.until)} tarihine kadar bu portal üzerinden, mezbahanın faturası ve banka hesap numaranızla isteyin.`,
        ].join('\n\n'),
      };
    case 'en':
      return {
        title: `Eid al-Adha ${p.year} in Ghent`,
        body: [
          `Eid al-Adha starts around ${d(p.feastStart)}. From ${from} to ${to} inclusive, a blocking period applies in Ghent: all slaughter at home is banned. The police carry out extra checks on the transport of sheep and on illegal slaughter. Anyone who slaughters at home risks a fine of up to €2,000.`,
          'You can make your sacrifice in three ways: 1) have an animal slaughtered with stunning at a recognised slaughterhouse; 2) make a donation to an aid fund; 3) buy a slaughtered animal from an Islamic butcher in Ghent.',
          p.regime === 'slots'
            ? `Register for a time slot at a slaughterhouse on this portal until ${d(p.until)}: choose a site and a time, and fill in your national register number and the herd number of the farm. You receive a code with a QR code; show it at the entrance.`
            : `Having an animal slaughtered at a recognised slaughterhouse? We pay back €${p.amount} of the slaughter cost. Claim it on this portal until ${d(p.until)}, with the slaughterhouse invoice and your account number.`,
        ].join('\n\n'),
      };
    case 'ar':
      return {
        title: `عيد الأضحى ${p.year} في مدينة خنت`,
        body: [
          `يبدأ عيد الأضحى في حوالي ${d(p.feastStart)}. من ${from} إلى ${to} تسري في خنت فترة حظر: يُمنع الذبح في المنزل منعًا تامًا. وتكثّف الشرطة مراقبة نقل الأغنام والذبح غير القانوني. ومن يذبح في المنزل يتعرّض لغرامة قد تصل إلى 2000 يورو.`,
          'يمكنكم أداء الأضحية بثلاث طرق: 1) ذبح الحيوان بعد تدويخه في مسلخ معترف به؛ 2) التبرع لصندوق مساعدات؛ 3) شراء أضحية مذبوحة من جزّار إسلامي في خنت.',
          p.regime === 'slots'
            ? `سجّلوا لحجز موعد في مسلخ عبر هذه البوابة حتى ${d(p.until)}: اختاروا مكان الذبح والساعة، وأدخلوا رقمكم في السجل الوطني ورقم القطيع الخاص بالمزرعة. ستحصلون على رمز مع رمز QR، أظهروه عند المدخل.`
            : `هل تذبحون في مسلخ معترف به؟ نعيد لكم ${p.amount} يورو من تكاليف الذبح. اطلبوا الاسترداد عبر هذه البوابة حتى ${d(p.until)}، مع فاتورة المسلخ ورقم حسابكم البنكي.`,
        ].join('\n\n'),
      };
  }
}

export function editionInfo(p: InfoInput): Record<Language, Info> {
  return {
    nl: texts('nl', p),
    ar: texts('ar', p),
    fr: texts('fr', p),
    tr: texts('tr', p),
    en: texts('en', p),
  };
}
