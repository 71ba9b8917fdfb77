import {
  PART_STATUSES,
  TRAJECTORY_PARTS,
  type TrajectoryPart,
  TrajectoryPartSchema,
} from '../../../contracts/case-types.ts';

/** One trajectory part as the form holds it; `included: false` leaves the part out of the plan. */
export type PartDraft = {
  included: boolean;
  status: string;
  provider: string;
  startsOn: string;
  endsOn: string;
  level: string;
  hours: string;
};
export type TrajectoryDraft = Record<TrajectoryPart, PartDraft>;

const EMPTY_PART: PartDraft = {
  included: false,
  status: 'planned',
  provider: '',
  startsOn: '',
  endsOn: '',
  level: '',
  hours: '',
};

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

function readPart(stored: object, part: TrajectoryPart): PartDraft {
  const value: unknown = Reflect.get(stored, part);
  if (typeof value !== 'object' || value === null) return { ...EMPTY_PART };
  const get = (key: string) => text(Reflect.get(value, key));
  const status = get('status');
  return {
    included: true,
    status: PART_STATUSES.some((s) => s === status) ? status : 'planned',
    provider: get('provider'),
    startsOn: get('startsOn'),
    endsOn: get('endsOn'),
    level: get('level'),
    hours: get('hours'),
  };
}

/** The form's draft from `fields.trajectory` (whatever it holds: unknown keys are ignored). */
export function trajectoryDraft(trajectory: unknown): TrajectoryDraft {
  const stored = typeof trajectory === 'object' && trajectory !== null ? trajectory : {};
  return {
    socialOrientation: readPart(stored, 'socialOrientation'),
    dutch: readPart(stored, 'dutch'),
    vdab: readPart(stored, 'vdab'),
    participation: readPart(stored, 'participation'),
  };
}

export type TrajectoryResult =
  | { ok: true; trajectory: Record<string, unknown> }
  | { ok: false; errors: Record<string, string> };

/**
 * `fields.trajectory` from the draft: only included parts, empty texts left out, each part checked
 * with the contract's schema; a part that ends before it starts is refused under its end date.
 */
export function trajectoryFromDraft(draft: TrajectoryDraft, invalid: string): TrajectoryResult {
  const trajectory: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const part of TRAJECTORY_PARTS) {
    const d = draft[part];
    if (!d.included) continue;
    const candidate: Record<string, unknown> = { status: d.status };
    if (d.provider.trim()) candidate.provider = d.provider.trim();
    if (d.startsOn) candidate.startsOn = d.startsOn;
    if (d.endsOn) candidate.endsOn = d.endsOn;
    if (d.level) candidate.level = d.level;
    if (d.hours.trim()) candidate.hours = Number(d.hours);
    const parsed = TrajectoryPartSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors[`${part}.${String(issue.path[0] ?? 'status')}`] = invalid;
      continue;
    }
    if (d.startsOn && d.endsOn && d.endsOn < d.startsOn) {
      errors[`${part}.endsOn`] = invalid;
      continue;
    }
    trajectory[part] = parsed.data;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, trajectory };
}
