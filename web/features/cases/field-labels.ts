import { RESIDENCE_CATEGORY_LABELS } from '../../../contracts/case-types.ts';

/**
 * Dutch labels of the case types' own fields and their choices (staff read Dutch; the type and
 * status labels in `contracts/case-types.ts` are Dutch too). A path or value without a label
 * shows as itself, so a field added to a schema appears before it is named here.
 */

const FIELD_LABELS: Record<string, string> = {
  // guidance
  languages: 'Talen (taalcode, één per regel)',
  residenceCategory: 'Verblijfscategorie',
  obligation: 'Inburgeringsplicht',
  arrivalDate: 'Datum van aankomst',
  'family.partner': 'Heeft een partner',
  'family.children': 'Aantal kinderen',
  'schooling.level': 'Scholing: niveau',
  'schooling.country': 'Scholing: land',
  'work.situation': 'Werksituatie',
  'work.profession': 'Beroep',
  needs: 'Noden (één per regel)',
  intakeOn: 'Datum intake',
  kbiReference: 'Referentie KBI-dossier',
  // education question
  askerRole: 'Vraagsteller',
  topic: 'Onderwerp',
  question: 'Vraag',
  answer: 'Antwoord',
  childBirthDate: 'Geboortedatum kind',
  registeredInBelgiumOn: 'Ingeschreven in België op',
  schoolLevel: 'Onderwijsniveau',
  currentSchool: 'Huidige school',
  receptionClassReferral: 'Doorverwezen naar OKAN',
  schoolRegistrationHelp: 'Hulp bij inschrijving',
  interpreterNeeded: 'Tolk nodig',
  // higher education
  'priorEducation.country': 'Vooropleiding: land',
  'priorEducation.level': 'Vooropleiding: niveau',
  'priorEducation.recognised': 'Vooropleiding erkend',
  dutchLevel: 'Niveau Nederlands',
  targetProgramme: 'Gewenste opleiding',
  targetInstitution: 'Gewenste instelling',
  obstacles: 'Drempels',
  outcome: 'Resultaat',
  // diploma recognition
  'diploma.title': 'Diploma: titel',
  'diploma.country': 'Diploma: land',
  'diploma.institution': 'Diploma: instelling',
  'diploma.level': 'Diploma: niveau',
  'diploma.year': 'Diploma: jaar',
  goal: 'Doel',
  recognitionType: 'Soort gelijkschakeling',
  exemption: 'Vrijstelling van de kosten',
  feeCents: 'Kosten (in cent)',
  naricFileNumber: 'Dossiernummer NARIC',
  submittedOn: 'Ingediend op',
  completeOn: 'Dossier volledig op',
  incompleteSince: 'Onvolledig sinds',
  decisionOn: 'Beslissing op',
  decision: 'Beslissing',
  appealOn: 'Beroep ingesteld op',
  appealOutcome: 'Uitkomst beroep',
  // scholarship
  callId: 'Oproep (id)',
  course: 'Cursus',
  courseLevel: 'Cursusniveau',
  domicileGhent: 'Woont in Gent',
  residenceStatus: 'Verblijfsstatus',
  livingWage: 'Leefloon of verhoogde tegemoetkoming',
  monthlyIncomeCents: 'Maandinkomen (in cent)',
  householdSize: 'Gezinsgrootte',
  secondaryFinished: 'Secundair onderwijs afgerond',
  previousEnrolmentsSameLevel: 'Eerdere inschrijvingen op dit niveau',
  lastLowScoreOn: 'Laatste eindtoets ≤ 5/20 op',
  motivation: 'Motivatie',
  awardCents: 'Toegekend bedrag (in cent)',
  payment: 'Betaling',
  paidOn: 'Betaald op',
  resultOutOf20: 'Resultaat (op 20)',
};

const OPTION_LABELS: Record<string, string> = {
  ...RESIDENCE_CATEGORY_LABELS,
  compulsory: 'Verplicht',
  entitled: 'Rechthebbend',
  exempt: 'Vrijgesteld',
  none: 'Geen',
  primary: 'Lager onderwijs',
  secondary: 'Secundair onderwijs',
  higher: 'Hoger onderwijs',
  working: 'Aan het werk',
  jobseeker: 'Werkzoekend',
  not_allowed: 'Mag niet werken',
  studying: 'Studeert',
  parent: 'Ouder',
  pupil: 'Leerling',
  enrolment: 'Inschrijving',
  reception_class: 'Onthaalklas (OKAN)',
  orientation: 'Studiekeuze',
  school_costs: 'Schoolkosten',
  conflict: 'Conflict met de school',
  higher_education: 'Hoger onderwijs',
  adult_education: 'Volwassenenonderwijs',
  nursery: 'Kleuteronderwijs',
  adult: 'Volwassenenonderwijs',
  bachelor: 'Bachelor',
  master: 'Master',
  doctorate: 'Doctoraat',
  language: 'Taal',
  diploma: 'Diploma',
  finance: 'Financiën',
  childcare: 'Kinderopvang',
  residence: 'Verblijf',
  admitted: 'Toegelaten',
  enrolled: 'Ingeschreven',
  passed_first_year: 'Eerste jaar geslaagd',
  referred: 'Doorverwezen',
  stopped: 'Stopgezet',
  work: 'Werk',
  study: 'Studie',
  profession: 'Gereglementeerd beroep',
  level: 'Niveaugelijkschakeling',
  specific: 'Specifieke gelijkschakeling',
  living_wage: 'Leefloon',
  increased_allowance: 'Verhoogde tegemoetkoming',
  civic_integration: 'Inburgering',
  vdab_trajectory: 'VDAB-traject',
  positive: 'Positief',
  other_equivalence: 'Andere gelijkwaardigheid',
  negative: 'Negatief',
  upheld: 'Gegrond',
  rejected: 'Ongegrond',
  qualified_work: 'Gekwalificeerd werk',
  not_due: 'Niet verschuldigd',
  pending: 'Te betalen',
  paid: 'Betaald',
  cancelled: 'Geannuleerd',
};

export function fieldLabel(path: string): string {
  return FIELD_LABELS[path] ?? path;
}

export function optionLabel(value: string): string {
  return OPTION_LABELS[value] ?? value;
}

const DERIVED_LABELS: Record<string, string> = {
  trajectory: 'Traject',
  compulsorySchooling: 'Leerplicht vanaf',
  decisionDueOn: 'Beslissing NARIC verwacht uiterlijk',
  documentsDueOn: 'Ontbrekende documenten uiterlijk',
  missingDocuments: 'Ontbrekende documenten',
  eligibility: 'Toelaatbaarheid',
};

export function derivedLabel(key: string): string {
  return DERIVED_LABELS[key] ?? key;
}
