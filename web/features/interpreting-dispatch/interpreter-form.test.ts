import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  CreateInterpreterSchema,
  UpdateInterpreterSchema,
} from '../../../contracts/interpreting-register.ts';
import { localToInstant } from './exception-time.ts';
import {
  emptyInterpreterForm,
  fromInterpreter,
  parseDecimal,
  parseWindows,
  toCreateBody,
  toUpdateBody,
} from './interpreter-form.ts';
import { dispatchNl } from './messages-nl.ts';
import { dispatchNavEn, dispatchNavNl } from './nav-messages.ts';

const filled = () => ({
  ...emptyInterpreterForm(),
  givenName: 'Amina',
  familyName: 'Test',
  email: 'amina@example.test',
  languages: [{ language: 'ar', variant: 'maghreb', direction: 'both' as const }],
  lat: '51,05',
  lon: '3,72',
  maxTravelKm: '25',
});

describe('interpreter form', () => {
  it('reads weekly windows as typed, and refuses what is not a time range', () => {
    expect(parseWindows('9:00-12:00, 13:00 – 17:30', 2)).toEqual([
      { weekday: 2, from: '09:00', to: '12:00' },
      { weekday: 2, from: '13:00', to: '17:30' },
    ]);
    expect(parseWindows('', 3)).toEqual([]);
    expect(parseWindows('morning', 3)).toBeNull();
    expect(parseWindows('09:00-25:00', 3)).toBeNull();
  });

  it('reads Belgian decimals', () => {
    expect(parseDecimal('51,05')).toBe(51.05);
    expect(parseDecimal(' ')).toBeNull();
    expect(parseDecimal('abc')).toBeNaN();
  });

  it('builds a body the contract accepts, with no gender without consent', () => {
    const values = { ...filled(), gender: 'female' as const };
    const { body, errors } = toCreateBody(values);
    expect(errors).toEqual({});
    expect(body.gender).toBeNull();
    expect(body.genderShared).toBe(false);
    expect(body.home).toEqual({ lat: 51.05, lon: 3.72 });
    expect(body.weeklyAvailability).toHaveLength(5);
    expect(CreateInterpreterSchema.safeParse(body).success).toBe(true);
    const consented = toCreateBody({ ...values, genderConsent: true }).body;
    expect([consented.gender, consented.genderShared]).toEqual(['female', true]);
  });

  it('names unreadable fields: a half-given position, a bad window', () => {
    const windows = [...emptyInterpreterForm().windows];
    windows[2] = 'all day';
    const { errors } = toCreateBody({ ...filled(), lon: '', windows });
    expect(errors).toEqual({ lon: true, 'windows.3': true });
  });

  it('round-trips a stored interpreter into an update the contract accepts', () => {
    const { body } = toCreateBody(filled());
    const stored = {
      ...CreateInterpreterSchema.parse(body),
      id: 'i',
      code: 'T-0001',
      userId: null,
      phone: null,
      status: 'active',
      homePostcode: '9000',
      home: { lat: 51.05, lon: 3.72 },
      maxTravelKm: 25,
      certificationValidUntil: null,
      availabilityExceptions: [],
      gender: null,
      genderShared: false,
      createdAt: '',
      updatedAt: '',
    };
    const values = fromInterpreter(stored);
    expect(values.windows[0]).toBe('09:00-17:00');
    expect(values.lat).toBe('51,05');
    const update = toUpdateBody(values).body;
    expect(UpdateInterpreterSchema.safeParse(update).success).toBe(true);
    expect(update.homePostcode).toBe('9000');
  });

  it('turns a datetime-local value into a Brussels instant', () => {
    expect(localToInstant('2027-01-12T09:00')).toBe('2027-01-12T09:00:00+01:00');
    expect(localToInstant('2027-07-12T09:00')).toBe('2027-07-12T09:00:00+02:00');
    expect(localToInstant('2027-07-12')).toBeNull();
  });
});

describe('dispatch catalogs', () => {
  it('compiles every Dutch message and has an English nav label for each Dutch one', () => {
    for (const [key, message] of Object.entries(dispatchNl)) {
      expect(() => new IntlMessageFormat(message, 'nl-BE'), key).not.toThrow();
    }
    expect(Object.keys(dispatchNavEn).sort()).toEqual(Object.keys(dispatchNavNl).sort());
  });
});
