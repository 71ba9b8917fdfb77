import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../contracts/problem.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { ApiError } from '../../lib/api-client.ts';
import { belowTakenInDetail, dayCapacityInDetail, describeError, errorText } from './errors.ts';
import { offerfeestEn } from './messages-en.ts';
import { type OfferfeestKey, offerfeestNl } from './messages-nl.ts';

const problem = (code: string, status: number, detail?: string): ApiError => {
  const body: Problem = { type: 'about:blank', title: 'English title', status, code, requestId: 'r', detail };
  return new ApiError(status, body, 'failed');
};
const nl = createTranslator<OfferfeestKey>('nl', offerfeestNl).t;
const en = createTranslator<OfferfeestKey>('en', offerfeestEn).t;

describe('refusals on the Offerfeest staff pages', () => {
  it('says in Dutch why a site’s day cannot hold the slots, with the server’s numbers', () => {
    // The detail as server/modules/offerfeest/editions/site-day.ts words it.
    const error = problem(
      'OFFERFEEST.DAY_CAPACITY_EXCEEDED',
      409,
      'the slots of this day would hold 130 animals; Slachthuis Zele takes 100 a day',
    );
    expect(dayCapacityInDetail(error.problem?.detail)).toEqual({
      places: 130,
      site: 'Slachthuis Zele',
      daily: 100,
    });
    const text = describeError(error, nl);
    expect(text).toContain('130 dieren');
    expect(text).toContain('Slachthuis Zele neemt er 100 per dag');
    expect(text).not.toContain('English title');
    expect(describeError(error, en)).toContain('Slachthuis Zele takes 100 a day');
  });

  it('keeps a clear sentence when the detail has no numbers, and explains BELOW_TAKEN', () => {
    const bare = problem('OFFERFEEST.DAY_CAPACITY_EXCEEDED', 409);
    expect(errorText(bare)).toEqual({ key: 'error.dayCapacity' });
    expect(describeError(bare, nl)).toMatch(/^Zo kan het niet: de tijdsloten van die dag/u);
    const below = problem(
      'CAPACITY.BELOW_TAKEN',
      409,
      'Er zijn al 12 plaatsen gegeven dan 10; de capaciteit kan niet zo laag (offerfeest-slot:x).',
    );
    expect(belowTakenInDetail(below.problem?.detail)).toEqual({ taken: 12, capacity: 10 });
    expect(describeError(below, nl)).toContain('al 12 dieren ingeschreven');
  });

  it('leaves other refusals in the server’s words', () => {
    const other = problem('COMMON.CONFLICT', 409, 'the site already has slots in that window');
    expect(errorText(other)).toBeNull();
    expect(describeError(other, nl)).toBe('the site already has slots in that window');
    expect(describeError(new ApiError(0, null, 'offline'), nl)).toBe(nl('error.network'));
  });
});
