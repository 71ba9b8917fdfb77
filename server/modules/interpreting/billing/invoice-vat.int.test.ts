import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import { systemContext } from '../../../platform/context.ts';
import { charges } from '../interpreting.tables.ts';
import { type Caller, caller, insertInterpreter, insertSession } from './billing.test-support.ts';
import { billingParamDefaults, TARIFF_KEY } from './billing-params.ts';
import { parseCsv } from './csv.ts';
import { formatEuro } from './periods.ts';

type Invoice = {
  id: string;
  totalCents: number;
  netCents: number;
  vatCents: number;
  vatRates: { percent: number; baseCents: number; vatCents: number }[];
  lines: { vatPercent: number; amountCents: number; travelCents: number }[];
};

describe('invoice VAT with a non-zero rate', () => {
  let t: TestApp;
  let call: Caller;
  let organisationId: string;
  const cookies = { interpreter: '', dispatcher: '' };
  let invoice: Invoice;

  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t.app);
    const db = t.platform.database.db;
    // A synthetic tariff from 2026 with 21 % VAT: the 2024 rates otherwise.
    const current = billingParamDefaults.at(-1)?.value as Record<string, unknown>;
    await t.platform.params.set(db, systemContext('test'), {
      key: TARIFF_KEY,
      value: { ...current, vatPercent: 21 },
      validFrom: '2026-01-01',
    });
    organisationId = (await insertOrganisation(db, { name: 'OCMW Btw-test (synthetisch)' })).id;
    const tolk = await insertUser(db, { roles: ['interpreter'] });
    const dispatcher = await insertUser(db, { roles: ['dispatcher'] });
    const interpreterId = await insertInterpreter(db, { userId: tolk.id });
    cookies.interpreter = await signIn(t.app, tolk.email);
    cookies.dispatcher = await signIn(t.app, dispatcher.email);

    // A performed hour on site (€56), a late phone cancellation (15 min = €14), and a charge
    // written without a rate in its snapshot (€10), which takes the rate of its service day.
    const s = await insertSession(db, { organisationId, interpreterId, start: '2026-01-12T08:00:00Z' });
    const url = `/assignments/${s.assignmentId}/timesheet`;
    const body = { actualStart: '2026-01-12T09:00:00+01:00', actualEnd: '2026-01-12T10:00:00+01:00' };
    expect((await call('POST', url, cookies.interpreter, body)).statusCode).toBe(201);
    expect((await call('POST', `${url}/approve`, cookies.dispatcher)).statusCode).toBe(200);
    await insertSession(db, {
      organisationId,
      interpreterId,
      start: '2026-02-16T08:00:00Z',
      mode: 'phone',
      cancellation: { kind: 'late' },
    });
    await db.insert(charges).values({
      organisationId,
      kind: 'translation',
      serviceDate: '2026-03-01',
      description: 'Vertaling (synthetisch)',
      amountCents: 1000,
      tariff: { basis: 'accepted_quote' },
    });
    const drafted = await call('POST', '/invoices', cookies.dispatcher, {
      organisationId,
      quarter: '2026-Q1',
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    invoice = drafted.json();
  });
  afterAll(() => t.close());

  it('adds 21 % on the net, once per rate, and the stored total is what is paid', async () => {
    expect(invoice.lines.map((l) => l.vatPercent)).toEqual([21, 21, 21]);
    expect(invoice.netCents).toBe(5600 + 1400 + 1000);
    expect(invoice.vatRates).toEqual([{ percent: 21, baseCents: 8000, vatCents: 1680 }]);
    expect(invoice.vatCents).toBe(1680);
    expect(invoice.totalCents).toBe(9680);
    const listed = await call('GET', `/invoices?organisationId=${organisationId}`, cookies.dispatcher);
    expect(listed.json().items[0].totalCents).toBe(9680);
    // The rate is now frozen on every charge: a later tariff edit cannot change this invoice.
    const rows = await t.platform.database.db.select({ tariff: charges.tariff }).from(charges);
    expect(rows.every((r) => (r.tariff as { vatPercent?: number }).vatPercent === 21)).toBe(true);
  });

  it('prints net, VAT and total on the PDF', async () => {
    const response = await call('GET', `/invoices/${invoice.id}/invoice.pdf`, cookies.dispatcher);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(response.rawPayload)), {
      mergePages: true,
    });
    expect(text).toContain('Totaal excl. btw');
    expect(text).toContain(`Btw 21 % op ${formatEuro(8000)}`);
    expect(text).toContain(formatEuro(1680));
    expect(text).toContain(`Te betalen: ${formatEuro(9680)}`);
  });

  it('gives each CSV line its rate, and the XLSX net, VAT and total rows', async () => {
    const csv = await call('GET', `/invoices/${invoice.id}/lines.csv`, cookies.dispatcher);
    const [header, ...rows] = parseCsv(csv.body);
    const rate = header?.indexOf('Btw %') ?? -1;
    expect(rows.map((r) => r[rate])).toEqual(['21', '21', '21']);

    const xlsx = await call('GET', `/invoices/${invoice.id}/lines.xlsx`, cookies.dispatcher);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.rawPayload).buffer);
    const sheet = workbook.getWorksheet('Factuurlijnen');
    const last = sheet?.rowCount ?? 0;
    const cell = (row: number) => sheet?.getRow(row).getCell(9).value as { result?: number } | number;
    expect(cell(last - 2)).toMatchObject({ result: 80 });
    expect(cell(last - 1)).toBe(16.8);
    expect(cell(last)).toMatchObject({ formula: `SUM(I${last - 2}:I${last - 1})`, result: 96.8 });
  });
});
