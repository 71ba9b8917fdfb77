import ExcelJS from 'exceljs';
import type { InvoiceLine, InvoiceOut } from '../../../../contracts/interpreting-billing.ts';
import { renderPdf, type TableCell } from '../../../platform/pdf/index.ts';
import { brusselsDate } from '../brussels-time.ts';
import { toCsv } from './csv.ts';
import { belgianDate, decimalComma, formatEuro } from './periods.ts';
import { MODE_LABELS_NL } from './shape.ts';
import { VAT_EXEMPT_NOTE_NL } from './vat.ts';

/** The invoice in Dutch: as PDF, and its lines as CSV and XLSX. */

function lineService(line: InvoiceLine): string {
  const mode = line.mode ? (MODE_LABELS_NL[line.mode] ?? line.mode) : line.description;
  return line.kind === 'late_cancellation' ? `${mode} — laattijdige annulering` : mode;
}

const lineTotal = (line: InvoiceLine) => line.amountCents + line.travelCents;

const right = (text: string): TableCell => ({ text, alignment: 'right' });

function pdfTable(invoice: InvoiceOut): TableCell[][] {
  const header: TableCell[] = [
    'Datum',
    'Referentie',
    'Prestatie',
    'Taal',
    'Minuten',
    'Bedrag',
    'Verplaatsing',
  ].map((text, i) => ({ text, bold: true, alignment: i >= 4 ? 'right' : 'left' }));
  const rows = invoice.lines.map((line): TableCell[] => [
    belgianDate(line.serviceDate),
    line.reference ?? '',
    lineService(line),
    line.language ?? '',
    right(line.billableMinutes === null ? '' : String(line.billableMinutes)),
    right(formatEuro(line.amountCents)),
    right(line.travelCents ? formatEuro(line.travelCents) : ''),
  ]);
  const sumRow = (label: string, cents: number, bold = false): TableCell[] => [
    { text: label, bold, colSpan: 5 },
    '',
    '',
    '',
    '',
    { text: formatEuro(cents), bold, alignment: 'right', colSpan: 2 },
    '',
  ];
  return [
    header,
    ...rows,
    sumRow('Totaal excl. btw', invoice.netCents, true),
    ...vatLines(invoice).map(([label, cents]) => sumRow(label, cents)),
    sumRow('Totaal incl. btw', invoice.totalCents, true),
  ];
}

const percentText = (percent: number) => `${String(percent).replace('.', ',')} %`;

/** One line per VAT rate ("Btw 21 % op € 56,00"); a 0 % rate says it is exempt. */
export function vatLines(invoice: InvoiceOut): [string, number][] {
  const rates = invoice.vatRates.length ? invoice.vatRates : [{ percent: 0, baseCents: 0, vatCents: 0 }];
  return rates.map((rate) => [
    rate.percent === 0
      ? `Btw 0 % — ${VAT_EXEMPT_NOTE_NL}`
      : `Btw ${percentText(rate.percent)} op ${formatEuro(rate.baseCents)}`,
    rate.vatCents,
  ]);
}

export function invoicePdf(invoice: InvoiceOut, agencyName: string): Promise<Buffer> {
  return renderPdf({
    info: { title: `Factuur ${invoice.number}`, author: agencyName },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { fontSize: 9 },
    footer: (page, pages) => ({ text: `Pagina ${page} van ${pages}`, alignment: 'center', fontSize: 8 }),
    content: [
      { text: agencyName, fontSize: 16, bold: true },
      { text: 'Sociaal tolken en vertalen', margin: [0, 0, 0, 16] },
      { text: `Factuur ${invoice.number}`, fontSize: 13, bold: true },
      {
        margin: [0, 6, 0, 14],
        table: {
          body: [
            ['Klant', invoice.organisationName],
            [
              'Periode',
              `${belgianDate(invoice.periodStart)} – ${belgianDate(invoice.periodEnd)} (${invoice.quarter})`,
            ],
            ['Factuurdatum', belgianDate(brusselsDate(new Date(invoice.createdAt)))],
            ['Aantal prestaties', String(invoice.lineCount)],
          ],
        },
        layout: 'noBorders',
      },
      {
        table: { headerRows: 1, widths: [52, 70, '*', 34, 40, 60, 60], body: pdfTable(invoice) },
        layout: 'lightHorizontalLines',
      },
      {
        text: `Te betalen: ${formatEuro(invoice.totalCents)}`,
        bold: true,
        alignment: 'right',
        margin: [0, 12, 0, 0],
      },
    ],
  });
}

const CSV_HEADER = [
  'Datum',
  'Referentie',
  'Omschrijving',
  'Modus',
  'Taal',
  'Minuten',
  'Km',
  'Bedrag',
  'Verplaatsing',
  'Totaal',
  'Kostenplaats',
  'Btw %',
];

/**
 * One row per line, net amounts (the "Totaal" column sums to the invoice's net; VAT is per rate on
 * the invoice, see `vatLines`); amounts with a decimal comma, dates ISO 8601 (see csv.ts for the format). */
export function invoiceCsv(invoice: InvoiceOut): Buffer {
  const rows = invoice.lines.map((line) => [
    line.serviceDate,
    line.reference ?? '',
    line.description,
    line.mode ?? '',
    line.language ?? '',
    line.billableMinutes === null ? '' : String(line.billableMinutes),
    line.kilometres === null ? '' : String(line.kilometres).replace('.', ','),
    decimalComma(line.amountCents),
    decimalComma(line.travelCents),
    decimalComma(lineTotal(line)),
    line.costCentre ?? '',
    String(line.vatPercent).replace('.', ','),
  ]);
  return toCsv([CSV_HEADER, ...rows]);
}

const EURO_FORMAT = '"€" #,##0.00';

/** Numeric cells in euros with a euro format, a date format on dates, and a SUM row at the bottom. */
export async function invoiceXlsx(invoice: InvoiceOut, agencyName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = agencyName;
  const sheet = workbook.addWorksheet('Factuurlijnen');
  sheet.columns = [
    { header: 'Datum', key: 'date', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Referentie', key: 'reference', width: 16 },
    { header: 'Omschrijving', key: 'description', width: 44 },
    { header: 'Taal', key: 'language', width: 8 },
    { header: 'Minuten', key: 'minutes', width: 10 },
    { header: 'Km', key: 'km', width: 8 },
    { header: 'Bedrag', key: 'amount', width: 12, style: { numFmt: EURO_FORMAT } },
    { header: 'Verplaatsing', key: 'travel', width: 13, style: { numFmt: EURO_FORMAT } },
    { header: 'Totaal', key: 'total', width: 12, style: { numFmt: EURO_FORMAT } },
    { header: 'Kostenplaats', key: 'costCentre', width: 14 },
    { header: 'Btw %', key: 'vat', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const line of invoice.lines) {
    sheet.addRow({
      date: new Date(`${line.serviceDate}T00:00:00Z`),
      reference: line.reference ?? '',
      description: line.description,
      language: line.language ?? '',
      minutes: line.billableMinutes,
      km: line.kilometres,
      amount: line.amountCents / 100,
      travel: line.travelCents / 100,
      total: lineTotal(line) / 100,
      costCentre: line.costCentre ?? '',
      vat: line.vatPercent,
    });
  }
  const last = invoice.lines.length + 1;
  const totalRow = sheet.addRow({ description: `Totaal excl. btw ${invoice.number}` });
  totalRow.font = { bold: true };
  totalRow.getCell('total').value = { formula: `SUM(I2:I${last})`, result: invoice.netCents / 100 };
  for (const [label, cents] of vatLines(invoice)) sheet.addRow({ description: label, total: cents / 100 });
  const payRow = sheet.addRow({ description: 'Totaal incl. btw' });
  payRow.font = { bold: true };
  payRow.getCell('total').value = {
    formula: `SUM(I${last + 1}:I${sheet.rowCount - 1})`,
    result: invoice.totalCents / 100,
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
