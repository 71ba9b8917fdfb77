import {
  TRAJECTORY_PART_LABELS,
  TRAJECTORY_PARTS,
  type TrajectoryPart,
} from '../../../../contracts/case-types.ts';
import { addMonths, type CaseTypeDefinition, type Fields, str } from './definition.ts';

type Parts = Partial<Record<(typeof TRAJECTORY_PARTS)[number], { status?: string }>>;

const partsOf = (fields: Fields): Parts => (fields.trajectory ?? {}) as Parts;

/** The certificate needs every part achieved or exempt (BRIEF §1: four parts since 2022/2023). */
function unfinishedParts(fields: Fields): TrajectoryPart[] {
  const parts = partsOf(fields);
  return TRAJECTORY_PARTS.filter((part) => !['achieved', 'exempt'].includes(parts[part]?.status ?? ''));
}

/**
 * Newcomer guidance (onthaal): registered → intake → contract signed → in trajectory → certificate,
 * or stopped / breach reported. Each trajectory part keeps its own status in `fields.trajectory`.
 */
export const guidance: CaseTypeDefinition = {
  type: 'guidance',
  initial: 'registered',
  transitions: [
    { from: ['registered'], to: 'intake' },
    { from: ['intake'], to: 'contract_signed' },
    {
      from: ['contract_signed'],
      to: 'trajectory',
      guard: ({ fields }) =>
        Object.keys(partsOf(fields)).length > 0 ? null : 'Plan eerst minstens één trajectonderdeel',
    },
    {
      from: ['trajectory'],
      to: 'certified',
      guard: ({ fields }) => {
        const open = unfinishedParts(fields);
        return open.length
          ? `Nog niet behaald of vrijgesteld: ${open.map((part) => TRAJECTORY_PART_LABELS[part]).join(', ')}`
          : null;
      },
    },
    { from: ['contract_signed', 'trajectory'], to: 'breach_reported' },
    { from: '*', to: 'stopped' },
  ],
  onEnter: (to, { fields, today }) =>
    to === 'intake' && !str(fields, 'intakeOn') ? { intakeOn: today } : {},
  deadlines: ({ status, fields }) => {
    // Compulsory newcomers must register within 3 months of the obligation (arrival, BRIEF §1).
    const arrival = str(fields, 'arrivalDate');
    if (fields.obligation !== 'compulsory' || !arrival || !['registered', 'intake'].includes(status))
      return [];
    return [
      {
        key: 'guidance_registration',
        label: 'Inschrijving inburgering (3 maanden)',
        dueOn: addMonths(arrival, 3),
      },
    ];
  },
  derive: ({ fields }) => ({
    partsDone: TRAJECTORY_PARTS.length - unfinishedParts(fields).length,
    partsTotal: TRAJECTORY_PARTS.length,
  }),
  retentionMonths: 60,
  keptFields: ['residenceCategory', 'obligation', 'languages', 'trajectory'],
};
