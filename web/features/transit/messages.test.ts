import { describe, expect, it } from 'vitest';
import { transitErrors } from '../../../contracts/transit.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { STEP_ACTIONS } from './format.ts';
import { type TransitKey, transitNl } from './messages-nl.ts';

const values = {
  count: 3,
  nights: 2,
  day: 'vrijdag',
  from: 'a',
  to: 'b',
  reference: 'T-1',
  numbers: '1, 2',
  arrival: 'a',
  departure: 'b',
  number: 4,
  cluster: 1,
  state: 's',
  who: 'w',
  caravans: 2,
  vehicles: 1,
  status: 's',
  step: 'Inchecken',
  kwh: 12,
  amount: '€ 1',
  index: 1,
  reason: 'r',
  pitches: 15,
};

describe('transit messages', () => {
  it('format every Dutch message', () => {
    const { t } = createTranslator<TransitKey>('nl', transitNl);
    for (const key of Object.keys(transitNl) as TransitKey[]) {
      const out = t(key, values);
      expect(out, key).not.toBe(key);
      expect(out, key).not.toMatch(/[{}]/u);
    }
  });

  it('have a Dutch sentence for every refusal of the transit API and a label for every step', () => {
    const { maybe } = createTranslator<TransitKey>('nl', transitNl);
    for (const code of Object.keys(transitErrors)) expect(maybe(`error.${code}`), code).toBeDefined();
    for (const step of STEP_ACTIONS) expect(maybe(`action.${step}`), step).toBeDefined();
    expect(maybe('error.TRANSIT.STAY_TOO_LONG')).toMatch(/21 dagen/u);
  });
});
