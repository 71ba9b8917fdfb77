import { describe, expect, it } from 'vitest';
import { alignLengths, alignTexts, lengthCost, memoryPairs } from './alignment.ts';

/** A letter as paragraphs of sentences; the text joins sentences with a space, paragraphs with a blank line. */
type Letter = string[][];
const text = (letter: Letter) => letter.map((p) => p.join(' ')).join('\n\n');

const DUTCH: Letter = [
  ['Beste ouder,'],
  [
    'Vanaf maandag 3 maart start de inschrijving voor het schooljaar 2026-2027.',
    'U kunt uw kind inschrijven op het secretariaat, bv. tijdens de opendeurdag op zaterdag.',
  ],
  [
    'Breng de identiteitskaart van uw kind mee en een bewijs van uw adres.',
    'Max. twee ouders per kind mogen mee naar de afspraak.',
    'Voor de kleuterklas nr. 2 zijn er nog 12 plaatsen vrij.',
  ],
  ['Met vriendelijke groet, mevr. J. Peeters, directeur.'],
];

const TRANSLATIONS: Record<string, Letter> = {
  en: [
    ['Dear parent,'],
    [
      'Registration for the 2026-2027 school year starts on Monday 3 March.',
      'You can register your child at the school office, e.g. during the open day on Saturday.',
    ],
    [
      "Bring your child's identity card and a proof of your address.",
      'A maximum of two parents per child may come to the appointment.',
      'There are still 12 places left in nursery class no. 2.',
    ],
    ['Kind regards, Mrs J. Peeters, head teacher.'],
  ],
  fr: [
    ['Chers parents,'],
    [
      "Les inscriptions pour l'année scolaire 2026-2027 commencent le lundi 3 mars.",
      'Vous pouvez inscrire votre enfant au secrétariat, p. ex. pendant la journée portes ouvertes du samedi.',
    ],
    [
      "Apportez la carte d'identité de votre enfant et une preuve de votre adresse.",
      'Deux parents au maximum par enfant peuvent venir au rendez-vous.',
      'Il reste encore 12 places dans la classe maternelle n° 2.',
    ],
    ['Salutations distinguées, Mme J. Peeters, directrice.'],
  ],
  ar: [
    ['عزيزي الوالد، عزيزتي الوالدة،'],
    [
      'يبدأ التسجيل للسنة الدراسية 2026-2027 يوم الاثنين 3 مارس.',
      'يمكنكم تسجيل طفلكم في مكتب الإدارة، مثلاً أثناء يوم الأبواب المفتوحة يوم السبت.',
    ],
    [
      'أحضروا بطاقة هوية طفلكم وإثباتاً لعنوانكم.',
      'يمكن أن يحضر الموعد والدان اثنان كحد أقصى لكل طفل.',
      'لا تزال هناك 12 مكاناً شاغراً في صف الروضة رقم 2.',
    ],
    ['مع أطيب التحيات، السيدة جوليا بيترز، المديرة.'],
  ],
};

describe('Gale–Church alignment', () => {
  it('costs nothing for equal lengths and more the further the lengths drift apart', () => {
    expect(lengthCost(40, 40)).toBeCloseTo(0, 1);
    expect(lengthCost(40, 60)).toBeGreaterThan(lengthCost(40, 48));
    expect(lengthCost(40, 20, 0.5)).toBeCloseTo(0, 1);
  });

  it.each(Object.keys(TRANSLATIONS))(
    'aligns the Dutch letter with abbreviations 1-1 with its %s translation',
    (lang) => {
      const translation = TRANSLATIONS[lang] ?? [];
      const beads = alignTexts(text(DUTCH), 'nl', text(translation), lang);
      expect(beads.map((b) => b.kind)).toEqual(DUTCH.flat().map(() => '1-1'));
      expect(memoryPairs(beads)).toEqual(
        DUTCH.flat().map((source, i) => ({ kind: '1-1', source, target: translation.flat()[i] })),
      );
    },
  );

  it('merges two Dutch sentences translated as one (2-1) and keeps the others 1-1', () => {
    const dutch: Letter = [
      [
        'De school begint om half negen.',
        'U hoeft niets te betalen. De inschrijving is helemaal gratis.',
        'Breng wel een brooddoos en een drinkbus mee voor de middag.',
      ],
    ];
    const english: Letter = [
      [
        'School starts at half past eight.',
        'Registration is completely free, so you do not have to pay anything.',
        'Do bring a lunch box and a water bottle for lunchtime.',
      ],
    ];
    const pairs = memoryPairs(alignTexts(text(dutch), 'nl', text(english), 'en'));
    expect(pairs.map((p) => p.kind)).toEqual(['1-1', '2-1', '1-1']);
    expect(pairs[1]).toEqual({
      kind: '2-1',
      source: 'U hoeft niets te betalen. De inschrijving is helemaal gratis.',
      target: 'Registration is completely free, so you do not have to pay anything.',
    });
  });

  it('prefers merging to dropping (the paper’s priors), so 1-0 is left for text with no counterpart', () => {
    expect(alignLengths([5, 100], [100]).map(([kind]) => kind)).toEqual(['2-1']);
    const beads = alignTexts('Hallo.\n\nTot straks.', 'nl', '', 'fr');
    expect(beads.map((b) => b.kind)).toEqual(['1-0', '1-0']);
    expect(memoryPairs(beads)).toEqual([]);
  });

  it('aligns paragraphs first and then the sentences inside them', () => {
    // The greeting is a paragraph of its own: it can only pair with the other text's first paragraph.
    const dutch: Letter = [
      ['Dag Ahmed,'],
      ['Je les begint morgen om negen uur in lokaal 4.', 'Neem je agenda mee.'],
    ];
    const english: Letter = [
      ['Hi Ahmed,'],
      ['Your lesson starts tomorrow at nine in room 4, so bring your diary.'],
    ];
    const pairs = memoryPairs(alignTexts(text(dutch), 'nl', text(english), 'en'));
    expect(pairs.map((p) => [p.kind, p.source])).toEqual([
      ['1-1', 'Dag Ahmed,'],
      ['2-1', 'Je les begint morgen om negen uur in lokaal 4. Neem je agenda mee.'],
    ]);
    const extra = alignLengths([100, 30, 100], [98, 102]).map(([kind]) => kind);
    expect(extra).toEqual(['1-1', '2-1']);
  });
});
