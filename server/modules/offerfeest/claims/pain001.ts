import { toSepaName, toSepaText } from './sepa-text.ts';

/**
 * A SEPA credit transfer initiation (ISO 20022 pain.001.001.03, the version Belgian banks take
 * under the Febelfin guidelines): one group header, one payment information block (one debit of
 * the agency's account, booked as one batch) and one transaction per claim. Pure: the caller
 * supplies ids, dates and amounts.
 */
export const PAIN_001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';

export type Debtor = { name: string; iban: string; bic: string };
export type Transfer = {
  /** The claim reference: EndToEndId, returned on the claimant's statement. */
  reference: string;
  amountCents: number;
  creditorName: string;
  creditorIban: string;
  remittance: string;
};
export type PaymentFile = {
  messageId: string;
  paymentInfoId: string;
  /** GrpHdr/CreDtTm: local time without a zone, as the Febelfin examples write it. */
  createdAt: string;
  executionDate: string;
  initiatingParty: string;
  debtor: Debtor;
  transfers: readonly Transfer[];
};

/** Cents as the schema's decimal with exactly two fraction digits: 12345 → "123.45". */
export function formatAmount(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new Error(`not an amount in cents: ${cents}`);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/'/gu, '&apos;');
}

function element(name: string, content: string, attributes = ''): string {
  return `<${name}${attributes}>${content}</${name}>`;
}

const text = (name: string, value: string) => element(name, escapeXml(value));

function sepaName(name: string): string {
  // Submission refuses names without Latin letters, so this only guards against a bad caller.
  const latin = toSepaName(name);
  if (!latin) throw new Error('a SEPA name needs Latin letters');
  return latin;
}

function transaction(transfer: Transfer): string {
  return element(
    'CdtTrfTxInf',
    element('PmtId', text('EndToEndId', toSepaText(transfer.reference, 35))) +
      element('Amt', element('InstdAmt', formatAmount(transfer.amountCents), ' Ccy="EUR"')) +
      element('Cdtr', text('Nm', sepaName(transfer.creditorName))) +
      element('CdtrAcct', element('Id', text('IBAN', transfer.creditorIban))) +
      element('RmtInf', text('Ustrd', toSepaText(transfer.remittance, 140))),
  );
}

/** Number of transactions and their sum, as both GrpHdr and PmtInf state them. */
export function totals(transfers: readonly Transfer[]): { count: number; totalCents: number } {
  return { count: transfers.length, totalCents: transfers.reduce((sum, t) => sum + t.amountCents, 0) };
}

/** The pain.001.001.03 document, UTF-8, without insignificant whitespace. */
export function buildPain001(file: PaymentFile): string {
  const { count, totalCents } = totals(file.transfers);
  const sums = text('NbOfTxs', String(count)) + text('CtrlSum', formatAmount(totalCents));
  const header = element(
    'GrpHdr',
    text('MsgId', file.messageId) +
      text('CreDtTm', file.createdAt) +
      sums +
      element('InitgPty', text('Nm', sepaName(file.initiatingParty))),
  );
  const payment = element(
    'PmtInf',
    text('PmtInfId', file.paymentInfoId) +
      text('PmtMtd', 'TRF') +
      text('BtchBookg', 'true') +
      sums +
      element('PmtTpInf', element('SvcLvl', text('Cd', 'SEPA'))) +
      text('ReqdExctnDt', file.executionDate) +
      element('Dbtr', text('Nm', sepaName(file.debtor.name))) +
      element('DbtrAcct', element('Id', text('IBAN', file.debtor.iban))) +
      element('DbtrAgt', element('FinInstnId', text('BIC', file.debtor.bic))) +
      text('ChrgBr', 'SLEV') +
      file.transfers.map(transaction).join(''),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(
    'Document',
    element('CstmrCdtTrfInitn', header + payment),
    ` xmlns="${PAIN_001_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
  )}\n`;
}
