import { describe, expect, it } from 'vitest';
import type { DayPlan } from '../../../contracts/interpreting-planning.ts';
import type { InterpreterSummary } from '../../../contracts/interpreting-register.ts';
import {
  boundShare,
  choicesFor,
  OPEN,
  pendingChanges,
  publishBlock,
  splitLanguage,
  violationLines,
} from './day-plan.ts';

const R1 = '00000000-0000-4000-8000-000000000001';
const R2 = '00000000-0000-4000-8000-000000000002';
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

const item = (requestId: string, interpreterId: string | null, language = 'ar') => ({
  requestId,
  reference: `T-2027-00000${requestId.slice(-1)}`,
  language,
  start: '2027-01-12T09:00:00+01:00',
  end: '2027-01-12T10:00:00+01:00',
  priority: 1,
  interpreterId,
  interpreterCode: interpreterId === A ? 'T-0001' : null,
  reason: 'because',
});

const plan = (over: Partial<DayPlan> = {}): DayPlan => ({
  id: '00000000-0000-4000-8000-0000000000ff',
  day: '2027-01-12',
  status: 'draft',
  engine: 'mip',
  engineReason: 'solved',
  totals: {
    requests: 2,
    filled: 1,
    weightedFilled: 3,
    homeTravelMinutes: 40,
    maxLoadMinutes: 60,
    weightedFillBound: 4,
  },
  items: [item(R1, A), item(R2, null, 'tr')],
  violations: [],
  publishedAt: null,
  ...over,
});

const person = (id: string, code: string, language: string, status = 'active'): InterpreterSummary => ({
  id,
  code,
  givenName: 'Given',
  familyName: code,
  status,
  kind: 'freelance',
  translates: false,
  languages: [{ language, direction: 'both' }],
  modes: ['on_site'],
  certificationValidUntil: null,
  homePostcode: null,
});

describe('day plan edits', () => {
  it('sends only the choices that differ from the plan, "open" as null', () => {
    const items = plan().items;
    expect(pendingChanges(items, {})).toEqual([]);
    expect(pendingChanges(items, { [R1]: A })).toEqual([]);
    expect(pendingChanges(items, { [R1]: null, [R2]: B })).toEqual([
      { requestId: R1, interpreterId: null },
      { requestId: R2, interpreterId: B },
    ]);
  });

  it('offers "open" first, then active speakers of the row’s language, keeping the current choice', () => {
    const register = [
      person(B, 'T-0002', 'ar'),
      person(A, 'T-0001', 'fr'),
      person('x', 'T-0003', 'ar', 'inactive'),
    ];
    const [first, ...rest] = choicesFor(item(R1, A), register, 'Open laten');
    expect(first).toEqual({ id: OPEN, label: 'Open laten' });
    expect(rest.map((c) => c.id).sort()).toEqual([A, B].sort());
    expect(choicesFor(item(R2, null, 'tr'), register, 'open').map((c) => c.id)).toEqual([OPEN]);
    // A row with a variant ("ar:msa") still lists the Arabic speakers.
    expect(choicesFor(item(R2, null, 'ar:msa'), register, 'open').map((c) => c.id)).toEqual([OPEN, B]);
  });

  it('splits the plan’s "language:variant"', () => {
    expect(splitLanguage('ar:msa')).toEqual({ language: 'ar', variant: 'msa' });
    expect(splitLanguage('sq')).toEqual({ language: 'sq', variant: null });
  });

  it('names violations by reference and interpreter code', () => {
    const p = plan({ violations: [{ requestId: R2, interpreterId: B, detail: 'language' }] });
    expect(violationLines(p, [person(B, 'T-0002', 'ar')])).toEqual([
      { requestId: R2, reference: 'T-2027-000002', interpreter: 'T-0002', detail: 'language' },
    ]);
  });

  it('measures the fill against the proven bound only when there is one', () => {
    expect(boundShare(plan().totals)).toBe(0.75);
    expect(boundShare({ ...plan().totals, weightedFillBound: null })).toBeNull();
  });

  it('blocks publishing while published, edited, broken or empty', () => {
    expect(publishBlock(plan(), 0)).toBeNull();
    expect(publishBlock(plan({ status: 'published' }), 0)).toBe('published');
    expect(publishBlock(plan(), 1)).toBe('pending');
    expect(publishBlock(plan({ violations: [{ requestId: R1, interpreterId: A, detail: 'x' }] }), 0)).toBe(
      'violations',
    );
    expect(publishBlock(plan({ items: [item(R2, null)] }), 0)).toBe('empty');
  });
});
