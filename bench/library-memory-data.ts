/**
 * Synthetic Dutch administrative sentences for the memory bench: a seeded generator built from
 * clause parts (who, does what, about what, when/where/how) with numbers, dates, amounts and place
 * names, so that random sentences share phrases (50–74 % matches exist) and families of
 * near-duplicates (a number, a place or a word changed) exist, as in a real agency memory.
 */

export type Random = () => number;

/** mulberry32: small, fast and reproducible; the bench must generate the same memory every run. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const PLACES =
  `Antwerpen Gent Brugge Leuven Mechelen Aalst Hasselt Kortrijk Oostende Genk Sint-Niklaas Roeselare
Turnhout Dendermonde Beveren Lokeren Vilvoorde Geel Mol Lier Ninove Tienen Tongeren Ieper Diest Herentals Eeklo
Zottegem Deinze Harelbeke Waregem Menen Brasschaat Schoten Halle Asse Zaventem Dilbeek Maasmechelen Lommel Bilzen
Heist-op-den-Berg Wetteren Oudenaarde Ronse Poperinge Izegem Torhout Knokke-Heist Bree`.split(/\s+/u);
const MONTHS =
  'januari februari maart april mei juni juli augustus september oktober november december'.split(' ');
const DAYS = 'maandag dinsdag woensdag donderdag vrijdag zaterdag'.split(' ');
const SUBJECTS = [
  'De gemeente {place}',
  'Het OCMW van {place}',
  'De dienst Burgerzaken',
  'Het college van burgemeester en schepenen',
  'De aanvrager',
  'De huurder',
  'De verhuurder',
  'De werkgever',
  'Het Agentschap Integratie en Inburgering',
  'De school van uw kind',
  'De Vlaamse overheid',
  'De maatschappelijk werker',
  'Het sociaal verhuurkantoor van {place}',
  'De politiezone {place}',
  'De notaris',
  'Uw ziekenfonds',
  'De Dienst Vreemdelingenzaken',
  'De griffie van de rechtbank van {place}',
  'Het Huis van het Kind in {place}',
  'De woonmaatschappij',
  'De consulent van de VDAB',
  'Het stadsbestuur van {place}',
  'De sociale dienst',
  'Uw trajectbegeleider',
  'De belastingdienst',
  'Het onthaalbureau',
  'De jeugddienst van {place}',
  'De verantwoordelijke ambtenaar',
  'De ombudsdienst',
  'Het lokaal bestuur',
];
const ACTIONS = [
  'verstuurt de aanslag voor',
  'bezorgt u de beslissing over',
  'beslist binnen {n} dagen over',
  'vraagt een bewijs van',
  'betaalt een tegemoetkoming voor',
  'onderzoekt de aanvraag voor',
  'weigert',
  'verlengt',
  'controleert',
  'bevestigt per brief',
  'stuurt u een herinnering voor',
  'herziet',
  'schorst tijdelijk',
  'keurt goed',
  'behandelt',
  'registreert',
  'vraagt aanvullende informatie over',
  'legt een boete op voor',
  'geeft advies over',
  'trekt in',
  'berekent opnieuw',
  'neemt contact met u op over',
  'informeert u over',
  'plant een gesprek over',
  'betaalt terug',
];
const OBJECTS = [
  'de belasting op tweede verblijven',
  'uw aanvraag tot leefloon',
  'het huurcontract',
  'de inschrijving in het bevolkingsregister',
  'de verblijfsvergunning',
  'het attest van gezinssamenstelling',
  'de premie voor dakisolatie',
  'de parkeerkaart voor bewoners',
  'het voorlopig rijbewijs',
  'de schooltoelage',
  'de huurwaarborg',
  'de omgevingsvergunning',
  'het groeipakket',
  'het inburgeringstraject',
  'de cursus Nederlands als tweede taal',
  'het leerlingenvervoer',
  'de aanvraag voor een sociale woning',
  'de tussenkomst in de medische kosten',
  'de energiepremie',
  'het attest van goed gedrag en zeden',
  'de gezinshereniging',
  'de erkenning van uw diploma',
  'de tegemoetkoming voor personen met een handicap',
  'de aanvraag voor kinderopvang',
  'de afvalbelasting',
  'de identiteitskaart van uw kind',
  'de verhuisaangifte',
  'het werkloosheidsdossier',
  'de studietoelage',
  'de schuldbemiddeling',
  'uw kandidatuur voor een sociale huurwoning',
  'de huurpremie',
  'de adreswijziging',
  'het uittreksel uit het strafregister',
  'de aanvraag voor een tolk',
  'de vergunning voor een evenement',
  'de inschrijving voor de zomerkampen',
  'de terugbetaling van de waarborg',
  'het contract voor maatschappelijke integratie',
  'de aanvraag voor een bouwpremie',
];
const ADJUNCTS = [
  'vóór {day} {month} {year}',
  'binnen {n} dagen na ontvangst van het dossier',
  'in het administratief centrum van {place}',
  'op afspraak',
  'per aangetekende brief',
  'via het e-loket',
  'tijdens de openingsuren van het loket',
  'na advies van de maatschappelijk werker',
  'uiterlijk op {day} {month}',
  'voor een bedrag van {amount} euro',
  'elke {weekday} tussen {hour} en {hour2} uur',
  'in het kantoor aan de {street} {n}',
  'met ingang van {day} {month} {year}',
  'voor de periode van {n} maanden',
  'zodra alle documenten binnen zijn',
  'na het huisbezoek van {day} {month}',
  'volgens het reglement van {year}',
  'in samenwerking met het OCMW van {place}',
  'als uw inkomen lager is dan {amount} euro per maand',
  'met dossiernummer {ref}',
];
const TAILS = [
  '',
  '',
  '',
  '',
  ', tenzij u bezwaar indient',
  ', als u dat wenst',
  ', zoals de wet voorschrijft',
  ', maar alleen met een geldig identiteitsbewijs',
  ' en bezorgt u daarvan een kopie',
  ', ook als u verhuist',
];
const STREETS =
  'Stationsstraat Kerkstraat Dorpsstraat Molenstraat Nieuwstraat Grote Markt Schoolstraat Kapelstraat'.split(
    ' ',
  );
/** Other shapes of sentence of the same domain: a memory is not one template. */
const SHAPES = [
  '{subject} {action} {object} {adjunct}{tail}.',
  '{subject} {action} {object} {adjunct}{tail}.',
  '{subject} {action} {object}{tail}.',
  'Voor {object} moet u zich {adjunct} aanmelden{tail}.',
  'Breng voor {object} uw identiteitskaart mee naar het loket{tail}.',
  'Als u vragen hebt over {object}, kunt u {adjunct} terecht bij {subjectLower}.',
  'Wist u dat {subjectLower} {object} {adjunct} {actionInf}?',
  '{subject} {action} {object} {adjunct} en {adjunct2}.',
];

/** A switch, not a record of closures: tsx wraps every named closure, which made this 5× slower. */
function value(random: Random, key: string, year: number, hour: number): string {
  switch (key) {
    case 'place':
      return pick(random, PLACES);
    case 'n':
      return String(2 + Math.floor(random() * 88));
    case 'day':
      return String(1 + Math.floor(random() * 28));
    case 'month':
      return pick(random, MONTHS);
    case 'year':
      return String(year);
    case 'weekday':
      return pick(random, DAYS);
    case 'hour':
      return String(hour);
    case 'hour2':
      return String(hour + 2 + Math.floor(random() * 6));
    case 'amount':
      return `${10 + Math.floor(random() * 2400)},${String(Math.floor(random() * 100)).padStart(2, '0')}`;
    case 'street':
      return pick(random, STREETS);
    case 'ref':
      return `${year}/${String(Math.floor(random() * 100000)).padStart(5, '0')}`;
    default:
      return key;
  }
}

const SLOT = /\{(\w+)\}/gu;

function fill(random: Random, template: string): string {
  if (!template.includes('{')) return template;
  const year = 2018 + Math.floor(random() * 10);
  const hour = 8 + Math.floor(random() * 5);
  return template.replace(SLOT, (_, key: string) => value(random, key, year, hour));
}

/** One new sentence of the domain. */
export function sentence(random: Random): string {
  const subject = fill(random, pick(random, SUBJECTS));
  const action = fill(random, pick(random, ACTIONS));
  const parts: Record<string, string> = {
    subject,
    subjectLower: subject.charAt(0).toLowerCase() + subject.slice(1),
    action,
    actionInf: 'behandelt',
    object: pick(random, OBJECTS),
    adjunct: fill(random, pick(random, ADJUNCTS)),
    adjunct2: fill(random, pick(random, ADJUNCTS)),
    tail: pick(random, TAILS),
  };
  return pick(random, SHAPES).replace(SLOT, (_, key: string) => parts[key] ?? key);
}

const FILLERS = 'ook wel nog zeker dan echter steeds telkens alleen eventueel'.split(' ');
const REPLACEMENTS = 'aanvraag beslissing brief dossier bewijs premie attest termijn loket formulier'.split(
  ' ',
);

/** A near-duplicate: one number, place or word changed, or a word inserted or deleted. */
export function variant(random: Random, text: string): string {
  const words = text.split(' ');
  const at = Math.floor(random() * words.length);
  const kind = Math.floor(random() * 5);
  const numberAt = words.findIndex((word) => /\d/u.test(word));
  if (kind === 0 && numberAt >= 0) {
    words[numberAt] = (words[numberAt] ?? '').replace(/\d+/u, String(1 + Math.floor(random() * 98)));
  } else if (kind === 1) {
    const placeAt = words.findIndex((word) => PLACES.includes(word.replace(/[.,?]$/u, '')));
    if (placeAt >= 0) words[placeAt] = (words[placeAt] ?? '').replace(/^[^.,?]+/u, pick(random, PLACES));
    else words.splice(at, 0, pick(random, FILLERS));
  } else if (kind === 2) {
    words.splice(at, 0, pick(random, FILLERS));
  } else if (kind === 3 && words.length > 4 && at > 0 && at < words.length - 1) {
    words.splice(at, 1);
  } else if (at > 0 && at < words.length - 1) {
    words[at] = pick(random, REPLACEMENTS);
  } else {
    words.splice(1, 0, pick(random, FILLERS));
  }
  return words.join(' ');
}

/** Sentences of an unrelated domain: a query that the memory should not match. */
export const UNRELATED = [
  'Het weer aan de kust blijft deze week zonnig met temperaturen rond vijfentwintig graden.',
  'Onze voetbalploeg won zondag met drie doelpunten tegen nul in een uitverkocht stadion.',
  'Meng de bloem met de eieren en laat het deeg een uur rusten op een koele plaats.',
  'De trein naar Amsterdam vertrekt vandaag met twintig minuten vertraging van spoor zeven.',
  'In de tuin bloeien de eerste tulpen al, hoewel het nog maar februari is.',
  'Het nieuwe museum toont schilderijen van Vlaamse meesters uit de zestiende eeuw.',
  'Zet de computer uit en trek de stekker uit het stopcontact voordat u de kast opent.',
  'De vogels trekken in de herfst naar het zuiden, waar de winters zachter zijn.',
  'Mijn grootmoeder bakte elke zondag appeltaart voor de hele familie.',
  'De fietsroute langs de rivier is twaalf kilometer lang en volledig verhard.',
];
