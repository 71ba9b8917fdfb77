import { describe, expect, it } from 'vitest';
import { DEMO_DEBTOR } from './debtor-param.ts';
import { canValidatePain001, elementTexts, validatePain001 } from './pain001.test-support.ts';
import { buildPain001, formatAmount, PAIN_001_NAMESPACE, type PaymentFile } from './pain001.ts';

const file: PaymentFile = {
  messageId: 'OFF-2026-20260601-0A1B2C3D4E5F',
  paymentInfoId: 'OFF-2026-20260601-0A1B2C3D4E5F-1',
  createdAt: '2026-06-01T10:15:00',
  executionDate: '2026-06-02',
  initiatingParty: 'Stad Gent',
  debtor: DEMO_DEBTOR,
  transfers: [
    {
      reference: 'OFC-2026-0001',
      amountCents: 15_000,
      creditorName: 'Yusuf Yıldız & Söhne <BV>',
      creditorIban: 'BE71096123456769',
      remittance: 'Offerfeest 2026 OFC-2026-0001',
    },
    {
      reference: 'OFC-2026-0002',
      amountCents: 8_005,
      creditorName: 'Zoë Ñúñez-Çelik',
      creditorIban: 'BE68539007547034',
      remittance: 'Offerfeest 2026 OFC-2026-0002',
    },
    {
      reference: 'OFC-2026-0003',
      amountCents: 7,
      creditorName: 'A'.repeat(90),
      creditorIban: 'NL91ABNA0417164300',
      remittance: 'Offerfeest 2026 OFC-2026-0003',
    },
  ],
};

describe('buildPain001', () => {
  const xml = buildPain001(file);

  it('writes the namespace, the totals twice and one transaction per claim with two-decimal amounts', () => {
    expect(xml).toContain(`xmlns="${PAIN_001_NAMESPACE}"`);
    expect(elementTexts(xml, 'NbOfTxs')).toEqual(['3', '3']);
    expect(elementTexts(xml, 'CtrlSum')).toEqual(['230.12', '230.12']);
    expect(elementTexts(xml, 'InstdAmt')).toEqual(['150.00', '80.05', '0.07']);
    expect(elementTexts(xml, 'EndToEndId')).toEqual(['OFC-2026-0001', 'OFC-2026-0002', 'OFC-2026-0003']);
    expect(xml).toContain('<InstdAmt Ccy="EUR">');
  });

  it('keeps names in the SEPA Latin set, at most 70 characters', () => {
    const names = elementTexts(xml, 'Nm');
    expect(names).toContain('Yusuf Yildiz Sohne BV');
    expect(names).toContain('Zoe Nunez-Celik');
    expect(names.every((name) => name.length <= 70 && /^[a-zA-Z0-9/\-?:().,'+ ]+$/u.test(name))).toBe(true);
  });

  it('validates against the ISO 20022 pain.001.001.03 schema; a broken file does not', () => {
    if (!canValidatePain001()) return;
    const result = validatePain001(xml);
    expect(result.messages).toContain('validates');
    expect(result.status).toBe(0);
    const broken = validatePain001(xml.replace('<ChrgBr>SLEV</ChrgBr>', '<ChrgBr>SEPA</ChrgBr>'));
    expect(broken.status).not.toBe(0);
  });

  it('formats cents exactly and refuses what is not an amount', () => {
    expect([formatAmount(0), formatAmount(5), formatAmount(123_456)]).toEqual(['0.00', '0.05', '1234.56']);
    expect(() => formatAmount(1.5)).toThrow();
    expect(() => formatAmount(-1)).toThrow();
  });
});
