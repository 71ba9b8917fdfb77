import { describe, expect, it } from 'vitest';
import { checkClaim, claimBody, emptyClaim } from './claim-form.ts';
import { checkRegistration, emptyRegistration, registrationBody } from './register-form.ts';

const SLOT = '1b1f8c4e-5a4b-4a57-9f1e-0a0f4e0c1b2a';

describe('the registration form before sending', () => {
  it('lists what is missing, in the order of the form', () => {
    expect(Object.keys(checkRegistration(emptyRegistration))).toEqual([
      'slotId',
      'name',
      'phone',
      'nationalRegisterNumber',
      'herdNumber',
    ]);
  });

  it('refuses a wrong national register number and herd number, and sends clean values', () => {
    const draft = {
      ...emptyRegistration,
      slotId: SLOT,
      name: ' Amina El Idrissi ',
      phone: '0470 12 34 56',
      nationalRegisterNumber: '85.07.30-033.29',
      herdNumber: 'BE1234',
      animals: '2',
    };
    expect(checkRegistration(draft)).toEqual({
      nationalRegisterNumber: 'nrnInvalid',
      herdNumber: 'herdInvalid',
    });
    const good = { ...draft, nationalRegisterNumber: '85.07.30-033.28', herdNumber: 'be 1234 5678' };
    expect(checkRegistration(good)).toEqual({});
    expect(registrationBody(good, 'ar')).toEqual({
      slotId: SLOT,
      name: 'Amina El Idrissi',
      phone: '0470 12 34 56',
      language: 'ar',
      nationalRegisterNumber: '85.07.30-033.28',
      species: 'sheep',
      animals: 2,
      herdNumber: 'BE12345678',
    });
  });
});

describe('the reimbursement claim before sending', () => {
  it('asks for the invoice, a valid IBAN and a Ghent postcode', () => {
    const draft = {
      ...emptyClaim,
      name: 'Youssef Amrani',
      address: 'Sleepstraat 1',
      postcode: '1000',
      email: 'y@example.test',
      nationalRegisterNumber: '85073003328',
      iban: 'BE68 5390 0754 7035',
      slaughterhouse: 'Slachthuis Zele',
      invoiceDate: '2026-05-28',
      invoiceAmount: '85,50',
    };
    expect(checkClaim(draft, null)).toEqual({
      postcode: 'postcodeInvalid',
      iban: 'ibanInvalid',
      invoice: 'invoiceMissing',
    });
    const good = { ...draft, postcode: '9000', iban: 'BE68 5390 0754 7034' };
    const file = new File(['%PDF-1.4'], 'factuur.pdf', { type: 'application/pdf' });
    expect(checkClaim(good, file)).toEqual({});
    expect(claimBody(good, 'tr')).toMatchObject({
      iban: 'BE68539007547034',
      invoiceCents: 8550,
      language: 'tr',
    });
    expect(claimBody(good, 'tr').phone).toBeUndefined();
  });
});
