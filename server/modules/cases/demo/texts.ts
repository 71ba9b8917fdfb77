import type { CaseType } from '../../../../contracts/case-types.ts';

/* The Dutch texts of the demo's tasks, notes and contacts: invented, no person named. */

export const TASK_TITLES: Record<CaseType, readonly string[]> = {
  guidance: [
    'Inschrijving VDAB opvolgen',
    'Attest maatschappelijke oriëntatie opvragen',
    'Kinderopvang zoeken samen met cliënt',
    'Afspraak Huis van het Nederlands bevestigen',
  ],
  education_question: [
    'School terugbellen over de inschrijving',
    'CLB contacteren',
    'Tolk vastleggen voor het oudercontact',
  ],
  higher_education: [
    'Aanmelding hogeschool nakijken',
    'Infosessie voortraject doorsturen',
    'Studiefinanciering bespreken',
  ],
  diploma_recognition: [
    'Beëdigde vertaling opvragen',
    'Puntenlijsten inscannen',
    'NARIC bellen over de stand van het dossier',
  ],
  scholarship: ['Inkomensbewijs opvragen', 'Inschrijvingsbewijs UCT opvragen'],
};

export const NOTES: Record<CaseType, readonly string[]> = {
  guidance: [
    'Intakegesprek met tolk. Cliënt wil zo snel mogelijk werken; Nederlands is de eerste stap.',
    'Trajectplan overlopen: MO-lessen op dinsdag, NT2 in de avond vanwege kinderopvang.',
    'Cliënt haalt de lessen goed; volgende stap is de inschrijving bij VDAB.',
  ],
  education_question: [
    'Ouder belde opnieuw: de school heeft nog geen plaats, wachtlijst tot volgende maand.',
    'Samen de aanmelding gedaan; bevestiging meegegeven in het Nederlands en in de thuistaal.',
  ],
  higher_education: [
    'Taaltest gepland; niveau B2 is nodig voor de inschrijving.',
    'Studiegeld en studietoelage besproken; cliënt dient de aanvraag zelf in.',
  ],
  diploma_recognition: [
    'Originele diploma gezien; vertaling bij een beëdigd vertaler gevraagd.',
    'NARIC vraagt bijkomende puntenlijsten; cliënt contacteert de universiteit.',
  ],
  scholarship: [
    'Aanvraag volledig; inkomensbewijs en verblijfsdocument toegevoegd.',
    'Motivatie besproken; cliënt wil na niveau 4 een bachelor starten.',
  ],
};

export const CONFIDENTIAL_NOTES: readonly string[] = [
  'Cliënt vertelt over psychische klachten sinds de vlucht; huisarts en CGG besproken.',
  'Spanningen in het gezin gemeld; cliënt wil hierover niet in het bijzijn van de partner spreken.',
  'Schulden bij familie in het land van herkomst; cliënt vraagt uitdrukkelijk om discretie.',
];

export const CONTACT_SUMMARIES: Record<'phone' | 'visit' | 'mail' | 'video', readonly string[]> = {
  phone: ['Cliënt belde met een vraag over de volgende afspraak.', 'Teruggebeld: documenten zijn onderweg.'],
  visit: [
    'Cliënt kwam langs aan het loket met een brief om uit te leggen.',
    'Documenten afgegeven aan het loket.',
  ],
  mail: ['Bevestiging van de afspraak gemaild.', 'Cliënt mailde een kopie van het verblijfsdocument.'],
  video: ['Videogesprek met tolk over de stand van het dossier.'],
};

/** What a referral to each partner is about. */
export const REFERRAL_REASONS = {
  hvn: 'Niveautest en doorverwijzing naar een cursus Nederlands',
  vdab: 'Begeleiding naar werk en inschrijving als werkzoekende',
  cvo: 'Cursus in het volwassenenonderwijs',
  ocmw: 'Vraag naar financiële steun',
  okan: 'Intake voor de onthaalklas (OKAN)',
} as const;
