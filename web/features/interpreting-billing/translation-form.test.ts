import { describe, expect, it } from 'vitest';
import { TranslationUploadFieldsSchema } from '../../../contracts/interpreting-translations.ts';
import { splitRecipients, type TranslationValues, translationFields } from './translation-form.ts';

const today = '2027-01-12';
const base: TranslationValues = {
  targetLanguage: 'ar',
  deadline: '2027-01-20',
  clientReference: ' K-17 ',
  notes: '',
};

describe('translation order form', () => {
  it('builds fields the contract accepts, from Dutch, without empty notes', () => {
    const result = translationFields(base, true, today);
    expect(result).toEqual({
      ok: true,
      fields: { sourceLanguage: 'nl', targetLanguage: 'ar', deadline: '2027-01-20', clientReference: 'K-17' },
    });
    if (result.ok) expect(TranslationUploadFieldsSchema.safeParse(result.fields).success).toBe(true);
  });

  it('names every wrong field: no file, Dutch target, deadline today, a name as reference', () => {
    const result = translationFields(
      { targetLanguage: 'nl', deadline: today, clientReference: 'Jan Peeters', notes: '' },
      false,
      today,
    );
    expect(result).toEqual({ ok: false, invalid: ['file', 'targetLanguage', 'deadline', 'clientReference'] });
  });
});

describe('translators to offer to', () => {
  it('splits ids from codes and drops duplicates', () => {
    const id = '3F2504E0-4F89-11D3-9A0C-0305E82C3301';
    expect(splitRecipients(`T-0042, ${id}\nT-0042; T-0007`)).toEqual({
      ids: [id.toLowerCase()],
      codes: ['T-0042', 'T-0007'],
    });
    expect(splitRecipients('  ')).toEqual({ ids: [], codes: [] });
  });
});
