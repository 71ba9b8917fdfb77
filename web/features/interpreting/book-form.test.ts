import { describe, expect, it } from 'vitest';
import { InterpretingRequestInputSchema } from '../../../contracts/interpreting.ts';
import { issuesToErrors } from '../../components/ui/form.ts';
import {
  BookFormSchema,
  emptyBookForm,
  fieldOfServerPath,
  placeServerErrors,
  toRequestBody,
} from './book-form.ts';

const filled = {
  ...emptyBookForm('2027-01-12'),
  language: 'ar',
  address: 'Kongostraat 42, 9000 Gent',
  sector: 'education',
  conversationType: 'parent_meeting',
  clientReference: 'K-17',
};

describe('booking form', () => {
  it('turns the form into a body the API contract accepts, with the Brussels offset', () => {
    const parsed = BookFormSchema.parse(filled);
    const body = toRequestBody(parsed);
    expect(body).toMatchObject({
      mode: 'on_site',
      language: 'ar',
      start: '2027-01-12T09:00:00+01:00',
      durationMinutes: 60,
      address: 'Kongostraat 42, 9000 Gent',
      sector: 'education',
      conversationType: 'parent_meeting',
      clientReference: 'K-17',
      alternativeLanguages: [],
    });
    expect(body.recurrence).toBeUndefined();
    expect(InterpretingRequestInputSchema.safeParse(body).success).toBe(true);
  });

  it('sends only the place of the chosen mode, the alternatives once, and a weekly series', () => {
    const parsed = BookFormSchema.parse({
      ...filled,
      mode: 'phone',
      phoneNumber: '+32 9 123 45 67',
      alternative1: 'fr',
      alternative2: 'fr',
      recurrence: 'weekly',
      recurrenceCount: '10',
    });
    const body = toRequestBody(parsed);
    expect(body.address).toBeUndefined();
    expect(body.phoneNumber).toBe('+32 9 123 45 67');
    expect(body.alternativeLanguages).toEqual([{ language: 'fr' }]);
    expect(body.recurrence).toEqual({ frequency: 'weekly', interval: 1, count: 10 });
  });

  it('asks for the place the mode needs, a choice of sector, and a client code that is not a name', () => {
    const result = BookFormSchema.safeParse({
      ...filled,
      address: '',
      sector: '',
      clientReference: 'Jan Peeters',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['address', 'clientReference', 'sector']);
    const messages = issuesToErrors(
      result.error?.issues ?? [],
      { ...filled, address: '', sector: '' },
      (key) => key,
    );
    expect(messages).toMatchObject({ address: 'ui.validation.required', sector: 'ui.validation.required' });
  });

  it('puts server rule errors next to the field they are about', () => {
    expect(fieldOfServerPath('start')).toBe('date');
    expect(fieldOfServerPath('alternativeSlots.0.start')).toBe('date');
    expect(fieldOfServerPath('recurrence.count')).toBe('recurrenceCount');
    expect(fieldOfServerPath('alternativeLanguages.1.language')).toBe('alternative2');
    expect(fieldOfServerPath('conversationType')).toBe('conversationType');
    expect(fieldOfServerPath('unitId')).toBeNull();
    expect(
      placeServerErrors(
        [
          { path: 'start', message: 'too soon' },
          { path: 'start', message: 'second' },
          { path: 'unitId', message: 'unknown unit' },
          { path: 'organisationId', message: 'name one' },
        ],
        ['organisationId'],
      ),
    ).toEqual({ fields: { date: 'too soon' }, rest: ['unknown unit', 'name one'] });
  });
});
