import type { Topic } from './types.ts';
import { at, DATES, SCHOOLS, schoolClassVariants, TIMES, variants } from './variants.ts';

/** Dutch originals of the school letters and forms (B1 Dutch, fictional schools). */
export const SCHOOL_TOPICS: Topic[] = [
  {
    key: 'absence',
    sector: 'education',
    themes: ['absence', 'illness', 'school'],
    docType: 'standard_form',
    source: null,
    sourceKey: 'school',
    title: 'Ziekmelding van uw kind – {school}',
    description: 'Formulier om de school te laten weten dat uw kind ziek is of afwezig was.',
    text: `{school} – Ziekmelding

Beste juf, beste meester,
Mijn kind was afwezig. Met dit formulier laat ik het aan de school weten.
Naam van het kind: ..................
Klas: ..........
Afwezig van ........ tot en met ........
Reden: ziek / afspraak bij de dokter / familiale reden / andere: ..........
Was uw kind meer dan drie dagen na elkaar ziek? Dan vraagt de school een doktersattest.
Kan uw kind niet naar school komen? Bel de school vóór 8.30 uur: {phone}.
Naam van de ouder: ..................
Datum en handtekening: ..................`,
    variants: variants(8, (i) => ({ ...at(SCHOOLS, i) })),
  },
  {
    key: 'enrol',
    sector: 'education',
    themes: ['enrolment', 'school'],
    docType: 'informative',
    source: null,
    title: 'Uw kind inschrijven in de basisschool – infomoment {date}',
    description: 'Hoe u uw kind aanmeldt en inschrijft in een Gentse basisschool.',
    text: `Uw kind inschrijven in de basisschool

In Gent meldt u uw kind eerst aan op de website van het aanmeldingssysteem. Daarna krijgt u een brief met de school waar uw kind kan starten.
Met die brief gaat u naar de school om uw kind in te schrijven. Neem de identiteitskaart of het verblijfsdocument van uw kind mee.
Uw kind mag naar school vanaf 2,5 jaar. Vanaf 5 jaar moet uw kind elke dag naar school gaan.
Hebt u hulp nodig? Kom naar het infomoment bij Amal op {date} om {time}. Een medewerker helpt u met de aanmelding. Een tolk is aanwezig.`,
    variants: variants(8, (i) => ({ date: at(DATES, i), time: at(TIMES, i + 2) })),
  },
  {
    key: 'materials',
    sector: 'education',
    themes: ['school materials', 'school'],
    docType: 'standard_form',
    source: null,
    sourceKey: 'school',
    title: 'Materiaallijst klas {class} – {school}',
    description: 'Wat uw kind op de eerste schooldag meebrengt naar de klas.',
    text: `{school} – Materiaallijst klas {class}

Beste ouders,
Op de eerste schooldag brengt uw kind dit mee:
- een boekentas en een pennenzak
- twee potloden, een gom en een slijper
- een lat van 30 cm en een schaar
- kleurpotloden
- een drinkfles en een brooddoos met de naam van uw kind
- turnkledij: een T-shirt, een korte broek en turnpantoffels in een zak
Schriften en boeken krijgt uw kind van de school.
Zet de naam van uw kind op al het materiaal.
Hebt u vragen? Bel de school: {phone}.`,
    variants: schoolClassVariants(12),
  },
  {
    key: 'parents',
    sector: 'education',
    themes: ['parent meeting', 'school'],
    docType: 'informative',
    source: null,
    sourceKey: 'school',
    title: 'Uitnodiging oudercontact {date} – klas {class} – {school}',
    description: 'Uitnodiging voor een gesprek met de leerkracht over uw kind.',
    text: `{school} – Uitnodiging oudercontact

Beste ouders,
Wij nodigen u uit voor een gesprek met de leerkracht van klas {class}. Het gesprek gaat over hoe uw kind leert en hoe het zich voelt op school.
Datum: {date}
Uur: {time}
Het gesprek duurt ongeveer 15 minuten.
Spreekt u nog niet goed Nederlands? Laat het ons weten. Dan vragen wij een tolk.
Kunt u niet komen? Bel de school om een andere afspraak te maken: {phone}.
Met vriendelijke groeten,
de directie`,
    variants: schoolClassVariants(12, (i) => ({ date: at(DATES, i + 3) })),
  },
  {
    key: 'swimming',
    sector: 'education',
    themes: ['swimming', 'school', 'sport'],
    docType: 'informative',
    source: null,
    sourceKey: 'school',
    title: 'Zwemles klas {class} – {school}',
    description: 'Informatie over de zwemlessen van de klas: wanneer, wat meebrengen, kosten.',
    text: `{school} – Zwemles klas {class}

Beste ouders,
Vanaf {date} gaat klas {class} elke twee weken zwemmen in het stedelijk zwembad. De kinderen gaan samen met de leerkracht met de bus.
Geef uw kind een zwembroek of badpak, een handdoek en een kam mee in een zak.
Zwemmen is een deel van de lessen. Alle kinderen doen mee. Is uw kind ziek? Geef dan een briefje van de dokter mee.
De zwemles kost 1,50 euro per keer. U betaalt met de schoolrekening.
Vragen? Bel de school: {phone}.`,
    variants: schoolClassVariants(12, (i) => ({ date: at(DATES, i + 1) })),
  },
  {
    key: 'trip',
    sector: 'education',
    themes: ['school trip', 'permission', 'school'],
    docType: 'standard_form',
    source: null,
    sourceKey: 'school',
    title: 'Toestemming schooluitstap klas {class} naar {place} – {school}',
    description: 'Formulier: de ouder geeft toestemming voor een uitstap met de klas.',
    text: `{school} – Toestemming schooluitstap

Beste ouders,
Op {date} gaat klas {class} op uitstap naar {place}. We vertrekken om {time} aan de school en zijn terug om 15.30 uur.
Geef uw kind een lunchpakket, een drinkfles en een regenjas mee.
De uitstap kost 5 euro. U betaalt met de schoolrekening.
Geef dit formulier getekend terug aan de leerkracht.

Ik, .................., ouder van .................., geef toestemming dat mijn kind meegaat op uitstap naar {place}.
Telefoonnummer van de ouder: ..................
Handtekening: ..................`,
    variants: schoolClassVariants(12, (i) => ({
      place: at(['Gravensteen', 'Citadelpark', 'STAM', 'Blaarmeersen', 'Huis van Alijn', 'Bourgoyen'], i),
    })),
  },
  {
    key: 'lice',
    sector: 'education',
    themes: ['head lice', 'health', 'school'],
    docType: 'informative',
    source: null,
    sourceKey: 'school',
    title: 'Luizen in klas {class} – {school}',
    description: 'Brief aan de ouders: er zijn luizen in de klas, zo behandelt u ze.',
    text: `{school} – Luizen in de klas

Beste ouders,
In klas {class} hebben enkele kinderen luizen. Luizen zijn niet gevaarlijk en hebben niets met vuil te maken.
Kijk vandaag de haren van uw kind na met een fijne luizenkam. Kijk vooral achter de oren en in de nek.
Vindt u luizen of eitjes? Koop een middel tegen luizen bij de apotheek. Kam de haren elke dag, twee weken lang.
Was mutsen, sjaals en kussenslopen op 60 graden.
Uw kind mag gewoon naar school komen.
Vragen? Bel de school: {phone}.`,
    variants: schoolClassVariants(8, (i) => ({
      class: at(['1B', '2A', '3B', '4A', '5B', '6A', '2B', '4B'], i),
    })),
  },
  {
    key: 'schoolbill',
    sector: 'education',
    themes: ['school costs', 'payment plan', 'school'],
    docType: 'standard_form',
    visibility: 'requesters',
    source: null,
    sourceKey: 'school',
    title: 'Afbetalingsplan schoolrekening – {school}',
    description: 'Formulier om de schoolrekening in kleinere delen te betalen.',
    text: `{school} – Afbetalingsplan schoolrekening

Beste ouders,
Is de schoolrekening te hoog om in één keer te betalen? Dan kunt u in kleinere delen betalen. Praat erover met de directie. Wij behandelen uw vraag discreet.
U kunt ook een schooltoeslag krijgen van het Groeipakket. Amal of het Sociaal Huis helpt u met de aanvraag.

Naam van de ouder: ..................
Naam en klas van het kind: ..................
Ik betaal het bedrag van .......... euro in .......... delen, telkens op de ..... van de maand.
Datum en handtekening: ..................`,
    variants: variants(8, (i) => ({ ...at(SCHOOLS, i) })),
  },
];
