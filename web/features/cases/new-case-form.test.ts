import { describe, expect, it } from 'vitest';
import { CreateCaseSchema } from '../../../contracts/cases.ts';
import { buildCreateCase, EMPTY_CLIENT, newCaseSpecs } from './new-case-form.ts';

const messages = { clientHalf: 'both names', language: 'a code' };

describe('the new case form', () => {
  it('sends a guidance case with a new client and the intake fields', () => {
    const result = buildCreateCase(
      {
        type: 'guidance',
        title: ' Onthaal gezin ',
        client: {
          ...EMPTY_CLIENT,
          givenName: 'Amal',
          familyName: 'Haddad',
          phone: '0470 12 34 56',
          language: 'AR',
        },
        fields: {
          residenceCategory: 'refugee',
          arrivalDate: '2026-09-01',
          'family.children': '3',
          kbiReference: '',
        },
      },
      messages,
    );
    expect(result).toEqual({
      ok: true,
      body: {
        type: 'guidance',
        title: 'Onthaal gezin',
        person: { givenName: 'Amal', familyName: 'Haddad', phone: '0470 12 34 56', preferredLanguage: 'ar' },
        language: 'ar',
        fields: { residenceCategory: 'refugee', arrivalDate: '2026-09-01', family: { children: 3 } },
      },
    });
    if (result.ok) expect(CreateCaseSchema.safeParse(result.body).success).toBe(true);
  });

  it('needs no client and no fields', () => {
    expect(
      buildCreateCase({ type: 'scholarship', title: 'Beurs', client: EMPTY_CLIENT, fields: {} }, messages),
    ).toEqual({
      ok: true,
      body: { type: 'scholarship', title: 'Beurs' },
    });
  });

  it('refuses half a name and a language that is no code, under their fields', () => {
    const result = buildCreateCase(
      {
        type: 'guidance',
        title: 'x',
        client: { ...EMPTY_CLIENT, givenName: 'Amal', language: 'Arabisch' },
        fields: {},
      },
      messages,
    );
    expect(result).toEqual({
      ok: false,
      errors: { 'person.familyName': 'both names', 'person.preferredLanguage': 'a code' },
    });
  });

  it('asks the guidance intake fields but leaves the trajectory to its own section', () => {
    const paths = newCaseSpecs('guidance').map((s) => s.path);
    expect(paths).toEqual(
      expect.arrayContaining(['languages', 'residenceCategory', 'obligation', 'arrivalDate', 'kbiReference']),
    );
    expect(paths.some((p) => p.startsWith('trajectory'))).toBe(false);
  });
});
