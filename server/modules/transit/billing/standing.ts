/**
 * Where a stay's money stands now: the final bill's total against every payment made so far. The
 * bill row keeps what was received when it was made (check-out); the page and the PDF show this
 * instead, so after the settlement the family sees a balance of € 0,00 and how it was settled.
 */
export type PaymentLike = { kind: string; amountCents: number };

export type BillStanding = {
  prepaymentCents: number;
  depositCents: number;
  /** Paid by the family after the bill (the settlement, a part payment). */
  paidLaterCents: number;
  /** Paid back to the family (refunds, the deposit's return, a negative settlement), as a positive sum. */
  paidBackCents: number;
  /** Net received: prepayment + deposit + paid later − paid back. */
  paidCents: number;
  /** total − net received: positive is still due, negative is still to pay back. */
  balanceCents: number;
};

export function netReceived(payments: readonly PaymentLike[]): number {
  return payments.reduce((sum, payment) => sum + payment.amountCents, 0);
}

export function billStanding(totalCents: number, payments: readonly PaymentLike[]): BillStanding {
  const sumOf = (keep: (p: PaymentLike) => boolean) =>
    payments.filter(keep).reduce((sum, p) => sum + p.amountCents, 0);
  const prepaymentCents = sumOf((p) => p.kind === 'prepayment');
  const depositCents = sumOf((p) => p.kind === 'deposit');
  const later = (p: PaymentLike) => p.kind !== 'prepayment' && p.kind !== 'deposit';
  const paidLaterCents = sumOf((p) => later(p) && p.amountCents > 0);
  const paidBackCents = -sumOf((p) => later(p) && p.amountCents < 0);
  const paidCents = netReceived(payments);
  return {
    prepaymentCents,
    depositCents,
    paidLaterCents,
    paidBackCents,
    paidCents,
    balanceCents: totalCents - paidCents,
  };
}
