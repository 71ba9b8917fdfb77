import type { TransitBillLine } from '../../../../contracts/transit.ts';
import {
  type Content,
  renderPdf,
  type TableCell,
  type TDocumentDefinitions,
} from '../../../platform/pdf/index.ts';
import { dayNl, decimal, euro } from './money.ts';

/** The receipt and the final bill of the transit site, in Dutch, as PDF. */

export type StayFacts = {
  reference: string;
  headOfFamily: string | null;
  arrival: string;
  departure: string;
  caravans: number;
};

export type ReceiptFacts = {
  receiptNumber: string;
  kind: string;
  method: string;
  amountCents: number;
  /** Brussels day the money changed hands. */
  day: string;
};

export type BillFacts = {
  number: string;
  day: string;
  lines: TransitBillLine[];
  totalCents: number;
  prepaymentCents: number;
  depositCents: number;
  /** Paid by the family after the bill, and paid back to it (positive); see standing.ts. */
  paidLaterCents: number;
  paidBackCents: number;
  paidCents: number;
  balanceCents: number;
};

const KIND_NL: Record<string, string> = {
  prepayment: 'Voorschot',
  deposit: 'Waarborg',
  final: 'Eindafrekening',
  deposit_refund: 'Terugbetaling waarborg',
  refund: 'Terugbetaling',
};
const METHOD_NL: Record<string, string> = {
  cash: 'contant',
  card: 'betaalkaart',
  transfer: 'overschrijving',
};

const right = (text: string, bold = false): TableCell => ({ text, alignment: 'right', bold });

function header(brand: string, title: string, stay: StayFacts): Content[] {
  return [
    { text: brand, fontSize: 15, bold: true },
    { text: 'Doortrekkersterrein', margin: [0, 0, 0, 14] },
    { text: title, fontSize: 13, bold: true, margin: [0, 0, 0, 6] },
    {
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
      table: {
        body: [
          ['Reservatie', stay.reference],
          ['Gezinshoofd', stay.headOfFamily ?? '—'],
          ['Verblijf', `${dayNl(stay.arrival)} – ${dayNl(stay.departure)}`],
          ['Woonwagens', String(stay.caravans)],
        ],
      },
    },
  ];
}

function document(title: string, brand: string, content: Content[]): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title, author: brand },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { fontSize: 10 },
    content,
  };
  return renderPdf(definition);
}

export function receiptPdf(receipt: ReceiptFacts, stay: StayFacts, brand: string): Promise<Buffer> {
  const paidBack = receipt.amountCents < 0;
  const title = `Ontvangstbewijs ${receipt.receiptNumber}`;
  return document(title, brand, [
    ...header(brand, title, stay),
    {
      layout: 'lightHorizontalLines',
      table: {
        widths: ['*', 120],
        body: [
          ['Datum', dayNl(receipt.day)],
          ['Betreft', KIND_NL[receipt.kind] ?? receipt.kind],
          ['Wijze', METHOD_NL[receipt.method] ?? receipt.method],
          [
            { text: paidBack ? 'Terugbetaald' : 'Ontvangen', bold: true },
            right(euro(Math.abs(receipt.amountCents)), true),
          ],
        ],
      },
    },
    { text: `Voor ${brand}, de terreintoezichter`, margin: [0, 24, 0, 0] },
  ]);
}

function lineRow(line: TransitBillLine): TableCell[] {
  return [
    line.description,
    right(decimal(line.quantity)),
    right(euro(line.unitCents)),
    right(euro(line.amountCents)),
  ];
}

function sumRow(label: string, cents: number, bold = false): TableCell[] {
  return [{ text: label, bold, colSpan: 3 }, '', '', right(euro(cents), bold)];
}

export function billPdf(bill: BillFacts, stay: StayFacts, brand: string): Promise<Buffer> {
  const title = `Eindafrekening ${bill.number}`;
  const balance: TableCell[] =
    bill.balanceCents < 0
      ? sumRow('Terug te betalen aan het gezin', -bill.balanceCents, true)
      : sumRow(bill.balanceCents === 0 ? 'Saldo (vereffend)' : 'Saldo te betalen', bill.balanceCents, true);
  const later: TableCell[][] = [
    ...(bill.paidLaterCents !== 0 ? [sumRow('Betaald bij de afrekening', -bill.paidLaterCents)] : []),
    ...(bill.paidBackCents !== 0 ? [sumRow('Terugbetaald aan het gezin', bill.paidBackCents)] : []),
  ];
  const body: TableCell[][] = [
    ['Omschrijving', 'Aantal', 'Eenheidsprijs', 'Bedrag'].map((text, i) => ({
      text,
      bold: true,
      alignment: i === 0 ? 'left' : 'right',
    })),
    ...bill.lines.map(lineRow),
    sumRow('Totaal', bill.totalCents, true),
    sumRow('Voorschot ontvangen', -bill.prepaymentCents),
    sumRow('Waarborg ontvangen', -bill.depositCents),
    ...later,
    balance,
  ];
  return document(title, brand, [
    ...header(brand, title, stay),
    { text: `Datum: ${dayNl(bill.day)}`, margin: [0, 0, 0, 8] },
    { layout: 'lightHorizontalLines', table: { headerRows: 1, widths: ['*', 50, 70, 70], body } },
    {
      text: 'Nachten worden aangerekend (aankomstdag tot de dag vóór vertrek); elektriciteit volgens meterstand.',
      fontSize: 8,
      margin: [0, 12, 0, 0],
    },
  ]);
}
