import { describe, expect, it } from 'vitest';
import { billStanding, netReceived } from './standing.ts';

describe('billStanding', () => {
  const before = [
    { kind: 'prepayment', amountCents: 20_000 },
    { kind: 'deposit', amountCents: 10_000 },
  ];

  it('shows the balance at check-out while nothing else was paid', () => {
    expect(billStanding(16_286, before)).toMatchObject({ paidCents: 30_000, balanceCents: -13_714 });
  });

  it('comes to zero once the family was paid back', () => {
    const after = [...before, { kind: 'refund', amountCents: -13_714 }];
    expect(billStanding(16_286, after)).toEqual({
      prepaymentCents: 20_000,
      depositCents: 10_000,
      paidLaterCents: 0,
      paidBackCents: 13_714,
      paidCents: 16_286,
      balanceCents: 0,
    });
  });

  it('comes to zero once the family paid the rest, also in parts', () => {
    const after = [...before, { kind: 'final', amountCents: 5_000 }, { kind: 'final', amountCents: 2_590 }];
    expect(billStanding(37_590, after)).toMatchObject({ paidLaterCents: 7_590, balanceCents: 0 });
  });

  it('nets every payment', () => {
    expect(netReceived([...before, { kind: 'deposit_refund', amountCents: -10_000 }])).toBe(20_000);
    expect(netReceived([])).toBe(0);
  });
});
