import { describe, expect, it } from 'vitest';
import type { Problem, ProblemFacts } from '../../../contracts/problem.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { ApiError } from '../../lib/api-client.ts';
import { describeError, errorText } from './errors.ts';
import { offerfeestEn } from './messages-en.ts';
import { type OfferfeestKey, offerfeestNl } from './messages-nl.ts';

const problem = (code: string, status: number, detail?: string, facts?: ProblemFacts): ApiError => {
  const body: Problem = { type: 'about:blank', title: 'English title', status, code, requestId: 'r', detail };
  return new ApiError(status, facts ? { ...body, facts } : body, 'failed');
};
const nl = createTranslator<OfferfeestKey>('nl', offerfeestNl).t;
const en = createTranslator<OfferfeestKey>('en', offerfeestEn).t;

describe('refusals on the Offerfeest staff pages', () => {
  it('says in Dutch why a site’s day cannot hold the slots, with the numbers of the facts', () => {
    // Detail and facts as server/modules/offerfeest/editions/site-day.ts sends them.
    const error = problem(
      'OFFERFEEST.DAY_CAPACITY_EXCEEDED',
      409,
      'the slots of this day would hold 130 animals; Slachthuis Zele takes 100 a day',
      { places: 130, site: 'Slachthuis Zele', daily: 100 },
    );
    expect(errorText(error)).toEqual({
      key: 'error.dayCapacityNumbers',
      values: { places: 130, site: 'Slachthuis Zele', daily: 100 },
    });
    const text = describeError(error, nl);
    expect(text).toContain('130 dieren');
    expect(text).toContain('Slachthuis Zele neemt er 100 per dag');
    expect(text).not.toContain('English title');
    expect(describeError(error, en)).toContain('Slachthuis Zele takes 100 a day');
  });

  it('reads the numbers from the facts only, never from the detail', () => {
    // A detail with numbers but no facts (an older server, reworded text): the sentence without numbers.
    const wordsOnly = problem(
      'OFFERFEEST.DAY_CAPACITY_EXCEEDED',
      409,
      'the slots of this day would hold 130 animals; Slachthuis Zele takes 100 a day',
    );
    expect(errorText(wordsOnly)).toEqual({ key: 'error.dayCapacity' });
    // A fact of the wrong type or a missing one counts as unknown.
    const wrongType = problem('OFFERFEEST.DAY_CAPACITY_EXCEEDED', 409, undefined, {
      places: '130',
      site: 'Zele',
      daily: 100,
    });
    expect(errorText(wrongType)).toEqual({ key: 'error.dayCapacity' });
  });

  it('keeps a clear sentence without facts, and explains BELOW_TAKEN with its facts', () => {
    const bare = problem('OFFERFEEST.DAY_CAPACITY_EXCEEDED', 409);
    expect(errorText(bare)).toEqual({ key: 'error.dayCapacity' });
    expect(describeError(bare, nl)).toMatch(/^Zo kan het niet: de tijdsloten van die dag/u);
    const below = problem(
      'CAPACITY.BELOW_TAKEN',
      409,
      'Er zijn al 12 plaatsen gegeven dan 10; de capaciteit kan niet zo laag (offerfeest-slot:x).',
      { key: 'offerfeest-slot:x', capacity: 10, taken: 12 },
    );
    expect(errorText(below)).toEqual({ key: 'error.belowTakenNumbers', values: { taken: 12, capacity: 10 } });
    expect(describeError(below, nl)).toContain('al 12 dieren ingeschreven');
    // Refused by the CHECK before the pool was read: no `taken`, so the sentence without numbers.
    const unread = problem('CAPACITY.BELOW_TAKEN', 409, undefined, {
      key: 'offerfeest-slot:x',
      capacity: 10,
    });
    expect(errorText(unread)).toEqual({ key: 'error.belowTaken' });
  });

  it('leaves other refusals in the server’s words', () => {
    const other = problem('COMMON.CONFLICT', 409, 'the site already has slots in that window');
    expect(errorText(other)).toBeNull();
    expect(describeError(other, nl)).toBe('the site already has slots in that window');
    expect(describeError(new ApiError(0, null, 'offline'), nl)).toBe(nl('error.network'));
  });
});
