import { describe, expect, it } from 'vitest';
import { GuidanceFieldsSchema } from '../../../contracts/case-types.ts';
import { trajectoryDraft, trajectoryFromDraft } from './trajectory-form.ts';

describe('the trajectory plan', () => {
  it('starts with no part included and reads back a stored plan', () => {
    expect(trajectoryDraft(undefined).dutch.included).toBe(false);
    const draft = trajectoryDraft({
      dutch: { status: 'running', provider: 'CVO Gent', level: 'A2', hours: 4 },
    });
    expect(draft.dutch).toEqual({
      included: true,
      status: 'running',
      provider: 'CVO Gent',
      startsOn: '',
      endsOn: '',
      level: 'A2',
      hours: '4',
    });
    expect(draft.vdab.included).toBe(false);
  });

  it('writes the included parts only, as the guidance schema wants them', () => {
    const draft = trajectoryDraft(undefined);
    draft.socialOrientation = {
      ...draft.socialOrientation,
      included: true,
      provider: 'Agentschap',
      startsOn: '2026-12-01',
    };
    draft.participation = { ...draft.participation, included: true, status: 'running', hours: '12' };
    const result = trajectoryFromDraft(draft, 'bad');
    expect(result).toEqual({
      ok: true,
      trajectory: {
        socialOrientation: { status: 'planned', provider: 'Agentschap', startsOn: '2026-12-01' },
        participation: { status: 'running', hours: 12 },
      },
    });
    if (result.ok)
      expect(GuidanceFieldsSchema.safeParse({ trajectory: result.trajectory }).success).toBe(true);
  });

  it('refuses a part that ends before it starts, and hours that are no whole number', () => {
    const draft = trajectoryDraft(undefined);
    draft.dutch = { ...draft.dutch, included: true, startsOn: '2027-01-10', endsOn: '2027-01-01' };
    draft.participation = { ...draft.participation, included: true, hours: '2.5' };
    expect(trajectoryFromDraft(draft, 'bad')).toEqual({
      ok: false,
      errors: { 'dutch.endsOn': 'bad', 'participation.hours': 'bad' },
    });
  });
});
