import { addDays, addMonths, type CaseTypeDefinition, type Fields, str } from './definition.ts';

/** NARIC decides within 60 days (level) or 120 days (specific) of a complete file (BRIEF §19). */
export function decisionDueOn(fields: Fields): string | null {
  const complete = str(fields, 'completeOn');
  if (!complete) return null;
  return addDays(complete, fields.recognitionType === 'specific' ? 120 : 60);
}

/** Missing documents must arrive within 6 months, or NARIC closes the file. */
export function documentsDueOn(fields: Fields): string | null {
  const since = str(fields, 'incompleteSince');
  return since ? addMonths(since, 6) : null;
}

const DECISIONS = ['positive', 'other_equivalence', 'negative'] as const;

/** Documents still outstanding: every line neither received nor marked as not needed. */
export function missingItems(fields: Fields): string[] {
  const list = Array.isArray(fields.checklist)
    ? (fields.checklist as { item: string; status: string }[])
    : [];
  return list
    .filter((entry) => entry.status !== 'received' && entry.status !== 'not_needed')
    .map((entry) => entry.item);
}

/**
 * Diploma recognition support: intake → compiling → submitted → (incomplete →) assessing →
 * decision (positive / other equivalence / negative) → appeal or aftercare → closed.
 */
export const diplomaRecognition: CaseTypeDefinition = {
  type: 'diploma_recognition',
  initial: 'intake',
  transitions: [
    { from: ['intake'], to: 'compiling' },
    { from: ['compiling'], to: 'submitted' },
    { from: ['submitted'], to: 'incomplete' },
    { from: ['submitted'], to: 'assessing' },
    {
      from: ['incomplete'],
      to: 'assessing',
      guard: ({ fields }) => {
        const missing = missingItems(fields);
        return missing.length ? `Nog ontbrekende documenten: ${missing.join(', ')}` : null;
      },
    },
    ...DECISIONS.map((to) => ({ from: ['assessing', 'appeal'], to })),
    { from: ['negative', 'other_equivalence'], to: 'appeal' },
    { from: [...DECISIONS], to: 'aftercare' },
    { from: [...DECISIONS, 'aftercare', 'incomplete'], to: 'closed' },
    { from: ['intake', 'compiling'], to: 'closed' },
  ],
  onEnter: (to, { fields, today }) => {
    if (to === 'submitted') return str(fields, 'submittedOn') ? {} : { submittedOn: today };
    if (to === 'incomplete') return { incompleteSince: today };
    if (to === 'assessing') return str(fields, 'completeOn') ? {} : { completeOn: today };
    if (to === 'appeal') return { appealOn: today };
    if ((DECISIONS as readonly string[]).includes(to)) return { decision: to, decisionOn: today };
    return {};
  },
  deadlines: ({ status, fields }) => {
    const due: { key: string; label: string; dueOn: string }[] = [];
    const decision = decisionDueOn(fields);
    if (decision && ['submitted', 'assessing'].includes(status)) {
      due.push({ key: 'naric_decision', label: 'Beslissing NARIC verwacht', dueOn: decision });
    }
    const documents = documentsDueOn(fields);
    if (documents && status === 'incomplete') {
      due.push({
        key: 'missing_documents',
        label: 'Ontbrekende documenten binnen 6 maanden',
        dueOn: documents,
      });
    }
    return due;
  },
  derive: ({ fields }) => ({
    decisionDueOn: decisionDueOn(fields),
    documentsDueOn: documentsDueOn(fields),
    missingDocuments: missingItems(fields),
  }),
  retentionMonths: 36,
  keptFields: ['goal', 'recognitionType', 'exemption', 'decision', 'appealOutcome', 'diploma'],
};
