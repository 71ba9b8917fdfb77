import type { Topic } from './types.ts';
import { at, DATES, DISTRICTS, OFFICES, schoolClassVariants, TIMES, variants } from './variants.ts';

/** Dutch originals of the city, welfare, health and work documents (B1 Dutch, fictional details). */
export const SERVICE_TOPICS: Topic[] = [
  {
    key: 'waste',
    sector: 'general',
    themes: ['waste', 'housing'],
    docType: 'informative',
    source: 'Stad Gent – Dienst Wonen (demo)',
    title: 'Afval sorteren in {place}',
    description: 'Welk afval in welke zak of container gaat, en wanneer u het buiten zet.',
    text: `Afval sorteren in {place}

In Gent sorteert iedereen zijn afval. Zo kunnen we veel afval opnieuw gebruiken.
Restafval gaat in de grijze zak. PMD (plastic flessen, blik en drankkartons) gaat in de blauwe zak.
Groente, fruit en tuinafval gaan in de groene container. Papier en karton bindt u samen met een touw.
Glas brengt u naar de glasbak in de straat.
In {place} zet u het afval buiten vóór {time} op de dag van de ophaling. Zet het niet te vroeg buiten.
Grote spullen brengt u naar het recyclagepark.
Wie afval op straat zet, kan een boete krijgen.`,
    variants: variants(12, (i) => ({ place: at(DISTRICTS, i), time: at(['6.00', '7.00'], i) })),
  },
  {
    key: 'medication',
    sector: 'health',
    themes: ['medication', 'health'],
    docType: 'standard_form',
    source: null,
    sourceKey: 'place',
    title: 'Medicatieschema – {place}',
    description: 'Schema om in te vullen: welk geneesmiddel, hoeveel en wanneer u het neemt.',
    text: `{place} – Medicatieschema

Naam van de patiënt: ..................
Geboortedatum: ..........
Neem uw geneesmiddelen elke dag op hetzelfde uur.
Geneesmiddel: .......... — 's morgens: ..... — 's middags: ..... — 's avonds: ..... — voor het slapen: .....
Neem het geneesmiddel vóór / tijdens / na het eten.
Stop niet zelf met een geneesmiddel. Vraag het eerst aan uw arts.
Hebt u last van bijwerkingen? Bel uw huisarts of de apotheek.
Neem dit schema mee naar elke afspraak met uw arts.`,
    variants: variants(6, (i) => ({
      place: at(
        [
          'Algemeen Ziekenhuis Ter Schelde',
          'Dagziekenhuis Ter Schelde',
          'Wijkgezondheidscentrum De Linde',
          'Wijkgezondheidscentrum Het Anker',
          'Huis van het Kind Sint-Amandsberg',
          'Apotheek De Dampoort',
        ],
        i,
      ),
    })),
  },
  {
    key: 'housing',
    sector: 'housing',
    themes: ['social housing', 'housing'],
    docType: 'informative',
    source: 'Stad Gent – Dienst Wonen (demo)',
    title: 'Inschrijven voor een sociale woning – zitdag {place}',
    description: 'Wie een sociale woning kan huren en hoe u zich inschrijft.',
    text: `Inschrijven voor een sociale woning

Een sociale woning is een woning met een lagere huurprijs. U kunt zich inschrijven als uw inkomen niet te hoog is en u geen eigen woning hebt.
U schrijft zich in bij de woonmaatschappij. Neem uw identiteitskaart, uw aanslagbiljet van de belastingen en de gegevens van uw gezin mee.
Na de inschrijving komt u op een wachtlijst. Dat kan enkele jaren duren. Blijf ingeschreven en geef een nieuw adres altijd door.
Hulp nodig? Kom naar de zitdag in {place}, {address}, op {date} om {time}.`,
    variants: variants(10, (i) => ({ ...at(OFFICES, i), date: at(DATES, i + 2), time: at(TIMES, i) })),
  },
  {
    key: 'ocmw',
    sector: 'welfare',
    themes: ['appointment', 'social services'],
    docType: 'standard_form',
    source: null,
    sourceKey: 'place',
    title: 'Uitnodiging voor een gesprek met uw maatschappelijk werker – {place}',
    description: 'Uitnodigingsbrief van het OCMW met datum, uur en wat u meebrengt.',
    text: `{place} – Uitnodiging

Beste mevrouw, beste meneer,
U hebt een afspraak met uw maatschappelijk werker.
Datum: {date}
Uur: {time}
Adres: {place}, {address}
Breng deze documenten mee: uw identiteitskaart, uw bankuittreksels van de laatste drie maanden, uw huurcontract en uw loonbrieven of uitkeringen.
Kunt u niet komen? Bel ons minstens één dag op voorhand.
Hebt u een tolk nodig? Laat het ons weten, dan regelen wij dat.
Met vriendelijke groeten,
uw maatschappelijk werker`,
    variants: variants(10, (i) => ({ ...at(OFFICES, i), date: at(DATES, i + 5), time: at(TIMES, i + 1) })),
  },
  {
    key: 'caw',
    sector: 'welfare',
    themes: ['appointment', 'social services', 'housing'],
    docType: 'informative',
    source: 'CAW Onthaal Oudburg',
    title: 'Het CAW-onthaal: wij luisteren en helpen – spreekuur {place}',
    description: 'Waarvoor u bij het CAW terecht kunt en wanneer het onthaal open is.',
    text: `Het CAW-onthaal: wij luisteren en helpen

Hebt u problemen met uw woning, uw geld, uw relatie of uw papieren? Kom naar het onthaal van het CAW. U moet geen afspraak maken.
Het onthaal is gratis. Wat u vertelt, blijft tussen u en de hulpverlener.
Spreekuur in {place}: elke week, vanaf {time}.
De hulpverlener luistert naar uw vraag. Samen zoeken we een oplossing, of we zoeken de juiste dienst voor u.
Spreekt u weinig Nederlands? Wij werken met tolken.`,
    variants: variants(8, (i) => ({ place: at(DISTRICTS, i + 1), time: at(TIMES, i) })),
  },
  {
    key: 'vaccination',
    sector: 'health',
    themes: ['vaccination', 'health', 'school'],
    docType: 'informative',
    source: null,
    sourceKey: 'school',
    title: 'Vaccinatie op school klas {class} – {school}',
    description: 'Het CLB vaccineert op school: welke vaccins, gratis, met toestemming van de ouder.',
    text: `{school} – Vaccinatie op school

Beste ouders,
Op {date} komt de schoolarts van het CLB naar de school. De kinderen van klas {class} kunnen dan een vaccin krijgen.
Het vaccin beschermt tegen ernstige ziektes. Het is gratis.
Wij vaccineren alleen met uw toestemming. Vul het formulier in en geef het terug aan de leerkracht.
Geef ook het vaccinatieboekje of de vaccinatiekaart van uw kind mee.
Hebt u vragen over het vaccin? Bel de schoolarts of vraag het aan de huisarts.`,
    variants: schoolClassVariants(10, (i) => ({ class: at(['1A', '5A', '1B', '5B'], i) })),
  },
  {
    key: 'conversation',
    sector: 'general',
    themes: ['dutch', 'language learning'],
    docType: 'informative',
    source: null,
    title: 'Nederlands oefenen aan de conversatietafel – {place}',
    description: 'Gratis Nederlands praten met vrijwilligers van Amal, per niveau.',
    text: `Nederlands oefenen aan de conversatietafel

Wilt u meer Nederlands spreken? Kom naar de conversatietafel van Amal in {place}.
U praat in een kleine groep met een vrijwilliger. De groepen zijn per niveau: beginners en gevorderden.
Elke week vanaf {time}. De conversatietafel is gratis. U moet niet inschrijven.
Breng uw vragen mee: over werk, school, de dokter of de buurt.
Er is koffie en thee. Welkom!`,
    variants: variants(8, (i) => ({ place: at(DISTRICTS, i + 4), time: at(TIMES, i + 3) })),
  },
  {
    key: 'job',
    sector: 'work',
    themes: ['work', 'job search'],
    docType: 'informative',
    source: null,
    title: 'Infosessie werk zoeken bij Amal – {date}',
    description: 'Infosessie over werk zoeken in Gent: vacatures, cv, diploma en opleidingen.',
    text: `Infosessie: werk zoeken in Gent

Zoekt u werk? Kom naar de infosessie van Amal op {date} om {time}.
Wij vertellen hoe u vacatures vindt en hoe u een cv maakt.
U hoort ook hoe u uw buitenlands diploma kunt laten erkennen, en welke opleidingen gratis zijn.
Neem uw verblijfsdocument en uw diploma's mee, als u ze hebt.
De infosessie is gratis. Er zijn tolken voor het Arabisch, het Dari en het Tigrinya.
Inschrijven is nodig: bel of mail naar Amal.`,
    variants: variants(8, (i) => ({ date: at(DATES, i + 1), time: at(TIMES, i + 2) })),
  },
];
