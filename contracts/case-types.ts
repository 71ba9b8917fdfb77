import { z } from 'zod';

/**
 * The five case types, their statuses (with the Dutch label staff see) and their own fields.
 * Shared so the web forms validate what the server validates. The transitions between statuses,
 * and who may make them, live on the server (`server/modules/cases/case-types/`): the server
 * answers each case's allowed transitions, so the web never re-implements the machine.
 */

export const CASE_TYPES = [
  'guidance',
  'education_question',
  'higher_education',
  'diploma_recognition',
  'scholarship',
] as const;
export const CaseTypeSchema = z.enum(CASE_TYPES);
export type CaseType = z.infer<typeof CaseTypeSchema>;

export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  guidance: 'Onthaal en trajectbegeleiding',
  education_question: 'Infopunt onderwijs',
  higher_education: 'Begeleiding hoger onderwijs',
  diploma_recognition: 'Diplomagelijkschakeling',
  scholarship: 'Beurs UCT',
};

/** Status → Dutch label; `closed` statuses end the case (closedAt set, retention clock starts). */
export type StatusSpec = { label: string; closed?: true };

export const CASE_STATUSES = {
  guidance: {
    registered: { label: 'Aangemeld' },
    intake: { label: 'Intake' },
    contract_signed: { label: 'Contract getekend' },
    trajectory: { label: 'In traject' },
    certified: { label: 'Attest behaald', closed: true },
    stopped: { label: 'Stopgezet', closed: true },
    breach_reported: { label: 'Inbreuk gemeld', closed: true },
  },
  education_question: {
    open: { label: 'Open' },
    referred: { label: 'Doorverwezen' },
    solved: { label: 'Opgelost' },
    closed: { label: 'Afgesloten', closed: true },
  },
  higher_education: {
    intake: { label: 'Intake' },
    trajectory: { label: 'In traject' },
    enrolled: { label: 'Ingeschreven hoger onderwijs', closed: true },
    referred: { label: 'Doorverwezen', closed: true },
    stopped: { label: 'Stopgezet', closed: true },
  },
  diploma_recognition: {
    intake: { label: 'Intake' },
    compiling: { label: 'Dossier samenstellen' },
    submitted: { label: 'Ingediend bij NARIC' },
    incomplete: { label: 'Onvolledig' },
    assessing: { label: 'In behandeling' },
    positive: { label: 'Beslissing positief' },
    other_equivalence: { label: 'Positief, andere gelijkwaardigheid' },
    negative: { label: 'Beslissing negatief' },
    appeal: { label: 'Beroep' },
    aftercare: { label: 'Nazorg' },
    closed: { label: 'Afgesloten', closed: true },
  },
  scholarship: {
    submitted: { label: 'Ingediend' },
    complete: { label: 'Volledig' },
    approved: { label: 'Goedgekeurd' },
    waitlisted: { label: 'Wachtlijst' },
    rejected: { label: 'Afgewezen', closed: true },
    enrolled: { label: 'Ingeschreven bij UCT' },
    completed: { label: 'Cursus afgerond', closed: true },
    failed: { label: 'Niet geslaagd', closed: true },
    dropped: { label: 'Afgebroken', closed: true },
  },
} as const satisfies Record<CaseType, Record<string, StatusSpec>>;

export type CaseStatusOf<T extends CaseType> = keyof (typeof CASE_STATUSES)[T] & string;

export function statusLabel(type: CaseType, status: string): string {
  const specs: Record<string, StatusSpec> = CASE_STATUSES[type];
  return specs[status]?.label ?? status;
}

export function isClosedStatus(type: CaseType, status: string): boolean {
  const specs: Record<string, StatusSpec> = CASE_STATUSES[type];
  return specs[status]?.closed === true;
}

const day = z.iso.date().describe('YYYY-MM-DD');
const text = (max = 2_000) => z.string().trim().min(1).max(max);
const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/u, 'an ISO 639 language code');
const Cefr = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);

// --- guidance (onthaal) -------------------------------------------------------------------

export const RESIDENCE_CATEGORIES = [
  'refugee',
  'subsidiary_protection',
  'temporary_protection',
  'family_reunification',
  'asylum_seeker',
  'labour_migrant',
  'student',
  'eu_citizen',
  'belgian_born_abroad',
  'other',
] as const;
export const RESIDENCE_CATEGORY_LABELS: Record<(typeof RESIDENCE_CATEGORIES)[number], string> = {
  refugee: 'Erkend vluchteling',
  subsidiary_protection: 'Subsidiaire bescherming',
  temporary_protection: 'Tijdelijke bescherming',
  family_reunification: 'Gezinshereniging',
  asylum_seeker: 'Verzoeker internationale bescherming',
  labour_migrant: 'Arbeidsmigrant',
  student: 'Student',
  eu_citizen: 'EU-burger',
  belgian_born_abroad: 'Belg geboren in het buitenland',
  other: 'Andere',
};

export const TRAJECTORY_PARTS = ['socialOrientation', 'dutch', 'vdab', 'participation'] as const;
export type TrajectoryPart = (typeof TRAJECTORY_PARTS)[number];
export const TRAJECTORY_PART_LABELS: Record<TrajectoryPart, string> = {
  socialOrientation: 'Maatschappelijke oriëntatie',
  dutch: 'Nederlands (NT2)',
  vdab: 'Inschrijving VDAB',
  participation: 'Participatie en netwerk',
};
export const PART_STATUSES = ['planned', 'running', 'achieved', 'exempt', 'not_achieved'] as const;
export const PART_STATUS_LABELS: Record<(typeof PART_STATUSES)[number], string> = {
  planned: 'Gepland',
  running: 'Lopend',
  achieved: 'Behaald',
  exempt: 'Vrijgesteld',
  not_achieved: 'Niet behaald',
};

export const TrajectoryPartSchema = z.object({
  status: z.enum(PART_STATUSES),
  provider: z.string().trim().max(200).optional().describe('CVO Gent, Huis van het Nederlands, VDAB, …'),
  startsOn: day.optional(),
  endsOn: day.optional(),
  level: Cefr.optional().describe('For Dutch: the level aimed at or reached'),
  hours: z.number().int().min(0).max(2_000).optional().describe('For participation: hours done (40 aimed)'),
});

export const GuidanceFieldsSchema = z.object({
  languages: z.array(LanguageCode).max(20).optional(),
  residenceCategory: z.enum(RESIDENCE_CATEGORIES).optional(),
  obligation: z.enum(['compulsory', 'entitled', 'exempt']).optional(),
  arrivalDate: day.optional(),
  family: z
    .object({
      partner: z.boolean().optional(),
      children: z.number().int().min(0).max(30).optional(),
    })
    .optional(),
  schooling: z
    .object({
      level: z.enum(['none', 'primary', 'secondary', 'higher']).optional(),
      country: z.string().trim().max(100).optional(),
    })
    .optional(),
  work: z
    .object({
      situation: z.enum(['working', 'jobseeker', 'not_allowed', 'studying', 'other']).optional(),
      profession: z.string().trim().max(200).optional(),
    })
    .optional(),
  needs: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
  intakeOn: day.optional(),
  kbiReference: z
    .string()
    .trim()
    .max(60)
    .optional()
    .describe('The case number in the Flemish KBI record — a reference only, none of its data'),
  trajectory: z.partialRecord(z.enum(TRAJECTORY_PARTS), TrajectoryPartSchema).optional(),
});

// --- education info point -----------------------------------------------------------------

export const EDUCATION_QUESTION_TOPICS = [
  'enrolment',
  'reception_class',
  'orientation',
  'school_costs',
  'conflict',
  'higher_education',
  'adult_education',
  'other',
] as const;

export const EducationQuestionFieldsSchema = z.object({
  askerRole: z.enum(['parent', 'pupil', 'other']).optional(),
  topic: z.enum(EDUCATION_QUESTION_TOPICS).optional(),
  question: text(5_000).optional(),
  answer: text(5_000).optional(),
  childBirthDate: day.optional(),
  registeredInBelgiumOn: day.optional().describe('Registration in a Belgian municipality'),
  schoolLevel: z.enum(['nursery', 'primary', 'secondary', 'adult']).optional(),
  currentSchool: z.string().trim().max(200).optional(),
  receptionClassReferral: z.boolean().optional().describe('Referred to a reception class (OKAN)'),
  schoolRegistrationHelp: z.boolean().optional(),
  interpreterNeeded: z.boolean().optional(),
});

// --- higher education ---------------------------------------------------------------------

/**
 * The steps towards higher education, in the order a counsellor usually walks them (BRIEF §17:
 * information, study-choice talk, proof of Dutch B2, NARIC, the preparatory track, the admission
 * examination, application, financing, enrolment). Later keys were added after the first four:
 * a stored plan with only those stays valid.
 */
export const HE_STEPS = [
  'information',
  'studyChoice',
  'dutchProof',
  'diplomaRecognition',
  'preparatoryTrack',
  'admissionExam',
  'application',
  'financing',
  'enrolment',
] as const;
export type HeStep = (typeof HE_STEPS)[number];
export const HE_STEP_LABELS: Record<HeStep, string> = {
  information: 'Informatie',
  studyChoice: 'Studiekeuzegesprek',
  dutchProof: 'Bewijs Nederlands B2',
  diplomaRecognition: 'Gelijkschakeling diploma (NARIC)',
  preparatoryTrack: 'Voortraject',
  admissionExam: 'Toelatingsonderzoek of -proef',
  application: 'Aanmelding',
  financing: 'Financiering (studietoelage, beurs)',
  enrolment: 'Inschrijving',
};
export const HE_STEP_STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;
export const HE_STEP_STATUS_LABELS: Record<(typeof HE_STEP_STATUSES)[number], string> = {
  todo: 'Te doen',
  doing: 'Bezig',
  done: 'Afgerond',
  skipped: 'Niet nodig',
};
/**
 * One step: its status, when it is planned and when it was done, and how it turned out. No free
 * text: the steps are kept after anonymisation (the reports count them), so they name nobody.
 */
export const HeStepSchema = z.object({
  status: z.enum(HE_STEP_STATUSES),
  plannedOn: day.optional().describe('Planned for, or the date it must happen by'),
  doneOn: day.optional(),
  outcome: z.enum(['positive', 'negative']).optional().describe('Passed, admitted, granted… or not'),
});
export const HigherEducationFieldsSchema = z.object({
  priorEducation: z
    .object({
      country: z.string().trim().max(100).optional(),
      level: z.enum(['secondary', 'bachelor', 'master', 'doctorate', 'other']).optional(),
      recognised: z.boolean().optional(),
    })
    .optional(),
  dutchLevel: Cefr.optional(),
  targetProgramme: z.string().trim().max(200).optional(),
  targetInstitution: z.string().trim().max(200).optional(),
  obstacles: z
    .array(z.enum(['language', 'diploma', 'finance', 'childcare', 'residence', 'other']))
    .optional(),
  steps: z
    .partialRecord(z.enum(HE_STEPS), z.union([z.enum(HE_STEP_STATUSES), HeStepSchema]))
    .optional()
    .describe('Per step its status, or (since the steps editor) the status with dates and outcome'),
  outcome: z.enum(['admitted', 'enrolled', 'passed_first_year', 'referred', 'stopped']).optional(),
});

// --- diploma recognition ------------------------------------------------------------------

export const FEE_EXEMPTIONS = [
  'none',
  'refugee',
  'subsidiary_protection',
  'temporary_protection',
  'asylum_seeker',
  'living_wage',
  'increased_allowance',
  'civic_integration',
  'vdab_trajectory',
] as const;

export const CHECKLIST_STATUSES = ['received', 'missing', 'translation_needed', 'not_needed'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];
export const CHECKLIST_STATUS_LABELS: Record<ChecklistStatus, string> = {
  received: 'Ontvangen',
  missing: 'Ontbreekt',
  translation_needed: 'Vertaling nodig',
  not_needed: 'Niet nodig',
};

/** One document of the NARIC file; only `received` and `not_needed` count as in order. */
export const ChecklistItemSchema = z.object({
  item: text(200),
  status: z.enum(CHECKLIST_STATUSES),
  requestedOn: day.optional().describe('Asked of the client (or NARIC asked for it)'),
  receivedOn: day.optional(),
  note: z.string().trim().max(500).optional(),
});

export const DiplomaRecognitionFieldsSchema = z.object({
  diploma: z
    .object({
      title: z.string().trim().max(300).optional(),
      country: z.string().trim().max(100).optional(),
      institution: z.string().trim().max(300).optional(),
      level: z.enum(['secondary', 'bachelor', 'master', 'doctorate', 'other']).optional(),
      year: z.number().int().min(1940).max(2100).optional(),
    })
    .optional(),
  goal: z.enum(['work', 'study', 'profession']).optional(),
  recognitionType: z.enum(['level', 'specific']).optional().describe('Specific: regulated professions'),
  checklist: z.array(ChecklistItemSchema).max(40).optional(),
  exemption: z.enum(FEE_EXEMPTIONS).optional(),
  feeCents: z.number().int().min(0).max(1_000_000).optional(),
  naricFileNumber: z.string().trim().max(60).optional(),
  submittedOn: day.optional(),
  completeOn: day.optional().describe('The file is complete: the 60/120-day decision clock starts'),
  incompleteSince: day.optional().describe('Documents asked for: they must arrive within 6 months'),
  decisionOn: day.optional(),
  decision: z.enum(['positive', 'other_equivalence', 'negative']).optional(),
  appealOn: day.optional(),
  appealOutcome: z.enum(['upheld', 'rejected']).optional(),
});

// --- UCT scholarship ----------------------------------------------------------------------

export const ScholarshipFieldsSchema = z.object({
  callId: z.uuid().optional(),
  course: z.string().trim().max(100).optional().describe('The UCT course (e.g. Nederlands niveau 3)'),
  courseLevel: z.number().int().min(1).max(6).optional(),
  domicileGhent: z.boolean().optional(),
  residenceStatus: z.enum(RESIDENCE_CATEGORIES).optional(),
  livingWage: z.boolean().optional().describe('Leefloon or verhoogde tegemoetkoming'),
  monthlyIncomeCents: z.number().int().min(0).max(10_000_000).optional(),
  householdSize: z.number().int().min(1).max(30).optional(),
  secondaryFinished: z.boolean().optional(),
  goal: z.enum(['higher_education', 'qualified_work', 'other']).optional(),
  previousEnrolmentsSameLevel: z.number().int().min(0).max(20).optional(),
  lastLowScoreOn: day.optional().describe('Last final test scored ≤ 5/20 (a 6-month wait follows)'),
  motivation: z.string().trim().max(5_000).optional(),
  awardCents: z.number().int().min(0).optional(),
  payment: z.enum(['not_due', 'pending', 'paid', 'cancelled']).optional(),
  paidOn: day.optional(),
  resultOutOf20: z.number().min(0).max(20).optional(),
});

export const CASE_FIELD_SCHEMAS = {
  guidance: GuidanceFieldsSchema,
  education_question: EducationQuestionFieldsSchema,
  higher_education: HigherEducationFieldsSchema,
  diploma_recognition: DiplomaRecognitionFieldsSchema,
  scholarship: ScholarshipFieldsSchema,
} as const satisfies Record<CaseType, z.ZodObject>;

export type CaseFields<T extends CaseType> = z.infer<(typeof CASE_FIELD_SCHEMAS)[T]>;
