import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app.ts';
import { insertOrganisation, insertUser, signIn } from '../../../../test/factories.ts';
import { charges, interpretingRequests } from '../interpreting.tables.ts';
import { haversineKm } from '../travel.ts';
import { type Caller, caller, insertInterpreter, insertSession } from './billing.test-support.ts';
import { parseCsv } from './csv.ts';
import { formatEuro } from './periods.ts';

type Line = {
  kind: string;
  amountCents: number;
  travelCents: number;
  reference: string | null;
  requestId: string;
};

describe('quarterly invoices', () => {
  let t: TestApp;
  let call: Caller;
  let organisationId: string;
  let emptyOrganisationId: string;
  let interpreterId: string;
  const cookies = { interpreter: '', dispatcher: '', requester: '', otherRequester: '' };
  const ids = { late: '', waived: '', free: '', sessions: [] as string[], nextQuarter: '' };
  let invoice: { id: string; number: string; totalCents: number; lineCount: number; lines: Line[] };

  async function performAndApprove(start: string, minutes: number, km: number) {
    const s = await insertSession(t.platform.database.db, { organisationId, interpreterId, start });
    const end = new Date(new Date(start).getTime() + minutes * 60_000).toISOString();
    const url = `/assignments/${s.assignmentId}/timesheet`;
    const submitted = await call('POST', url, cookies.interpreter, {
      actualStart: start,
      actualEnd: end,
      kilometres: km,
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect((await call('POST', `${url}/approve`, cookies.dispatcher)).statusCode).toBe(200);
    return s.requestId;
  }

  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t.app);
    const db = t.platform.database.db;
    organisationId = (await insertOrganisation(db, { name: 'AZ Sint-Test (synthetisch)' })).id;
    emptyOrganisationId = (await insertOrganisation(db)).id;
    const tolk = await insertUser(db, { roles: ['interpreter'] });
    const dispatcher = await insertUser(db, { roles: ['dispatcher'] });
    const requester = await insertUser(db, { roles: ['requester'], organisationId });
    const otherRequester = await insertUser(db, {
      roles: ['requester'],
      organisationId: emptyOrganisationId,
    });
    interpreterId = await insertInterpreter(db, { userId: tolk.id, homeLat: 51.1, homeLon: 3.8 });
    cookies.interpreter = await signIn(t.app, tolk.email);
    cookies.dispatcher = await signIn(t.app, dispatcher.email);
    cookies.requester = await signIn(t.app, requester.email);
    cookies.otherRequester = await signIn(t.app, otherRequester.email);

    ids.sessions.push(await performAndApprove('2026-01-20T08:00:00Z', 95, 8.4));
    ids.sessions.push(await performAndApprove('2026-02-10T13:00:00Z', 30, 0));
    ids.sessions.push(await performAndApprove('2026-03-31T20:30:00Z', 60, 0)); // 31 March, 22:30 in Brussels
    ids.nextQuarter = await performAndApprove('2026-03-31T22:30:00Z', 60, 0); // 1 April, 00:30 in Brussels
    const cancelled = (start: string, cancellation: Parameters<typeof insertSession>[1]['cancellation']) =>
      insertSession(db, { organisationId, interpreterId, start, cancellation }).then((s) => s.requestId);
    ids.late = await cancelled('2026-02-16T08:00:00Z', { kind: 'late', onTheWay: true });
    ids.waived = await cancelled('2026-02-17T08:00:00Z', { kind: 'late', waived: true });
    ids.free = await cancelled('2026-02-18T08:00:00Z', { kind: 'free' });
  });
  afterAll(() => t.close());

  it('refuses requesters (403), an empty quarter (409) and a malformed quarter (400)', async () => {
    const body = { organisationId, quarter: '2026-Q1' };
    expect((await call('POST', '/invoices', cookies.requester, body)).statusCode).toBe(403);
    const empty = await call('POST', '/invoices', cookies.dispatcher, {
      organisationId: emptyOrganisationId,
      quarter: '2026-Q1',
    });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().code).toBe('INTERPRETING.INVOICE_EMPTY');
    expect(
      (await call('POST', '/invoices', cookies.dispatcher, { organisationId, quarter: '2026-Q5' }))
        .statusCode,
    ).toBe(400);
  });

  it('drafts the quarter: sessions plus the late cancellation at the minimum + travel, and the total adds up', async () => {
    const response = await call('POST', '/invoices', cookies.dispatcher, {
      organisationId,
      quarter: '2026-Q1',
    });
    expect(response.statusCode, response.body).toBe(201);
    invoice = response.json();
    expect(invoice.number).toMatch(/^F-2026-Q1-\d{4}$/);
    expect(invoice.lines.map((l) => l.requestId).sort()).toEqual([...ids.sessions, ids.late].sort());
    expect(invoice.lineCount).toBe(4);
    const sum = invoice.lines.reduce((s, l) => s + l.amountCents + l.travelCents, 0);
    expect(invoice.totalCents).toBe(sum);

    const late = invoice.lines.find((l) => l.kind === 'late_cancellation');
    const km = Math.round(haversineKm({ lat: 51.1, lon: 3.8 }, { lat: 51.0614, lon: 3.7303 }) * 2 * 10) / 10;
    expect(late?.amountCents).toBe(5600);
    expect(late?.travelCents).toBe(Math.round(km * 43.26));
    expect(late?.travelCents).toBeGreaterThan(0);
    // 95 min → 105 billable = €98 + 8.4 km; 30 → 60 min minimum; 60 min: €56 each.
    expect(invoice.lines.filter((l) => l.kind === 'session').map((l) => l.amountCents)).toEqual([
      9800, 5600, 5600,
    ]);

    const statuses = await t.platform.database.db
      .select({ id: interpretingRequests.id, status: interpretingRequests.status })
      .from(interpretingRequests)
      .where(inArray(interpretingRequests.id, [...ids.sessions, ids.late, ids.nextQuarter]));
    const statusOf = (id: string) => statuses.find((s) => s.id === id)?.status;
    for (const id of ids.sessions) expect(statusOf(id)).toBe('invoiced');
    expect(statusOf(ids.late)).toBe('cancelled');
    expect(statusOf(ids.nextQuarter)).toBe('approved');
  });

  it('makes exactly one invoice when many are drafted at once', async () => {
    const raceOrganisationId = (await insertOrganisation(t.platform.database.db)).id;
    const db = t.platform.database.db;
    await insertSession(db, {
      organisationId: raceOrganisationId,
      interpreterId,
      start: '2026-05-04T08:00:00Z',
      cancellation: { kind: 'late' },
    });
    const body = { organisationId: raceOrganisationId, quarter: '2026-Q2' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => call('POST', '/invoices', cookies.dispatcher, body)),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.statusCode === 409))
      expect(a.json().code).toBe('INTERPRETING.INVOICE_EXISTS');
    const listed = await call('GET', `/invoices?organisationId=${raceOrganisationId}`, cookies.dispatcher);
    expect(listed.json().items).toHaveLength(1);
    expect(listed.json().items[0]).toMatchObject({ lineCount: 1, totalCents: 5600 });
  });

  it('refuses a second invoice for the same quarter', async () => {
    const again = await call('POST', '/invoices', cookies.dispatcher, { organisationId, quarter: '2026-Q1' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INTERPRETING.INVOICE_EXISTS');
  });

  it('shows invoices to billing staff and to the own organisation only', async () => {
    const mine = await call(
      'GET',
      `/invoices?organisationId=${organisationId}&quarter=2026-Q1`,
      cookies.requester,
    );
    expect(mine.json().items.map((i: { id: string }) => i.id)).toEqual([invoice.id]);
    expect((await call('GET', '/invoices', cookies.otherRequester)).json().items).toEqual([]);
    expect((await call('GET', `/invoices/${invoice.id}`, cookies.otherRequester)).statusCode).toBe(404);
    expect(
      (await call('GET', `/invoices/${invoice.id}/invoice.pdf`, cookies.otherRequester)).statusCode,
    ).toBe(404);
    expect((await call('GET', `/invoices/${invoice.id}`, cookies.interpreter)).statusCode).toBe(403);
    const staff = await call('GET', `/invoices/${invoice.id}`, cookies.dispatcher);
    expect(staff.json().totalCents).toBe(invoice.totalCents);
  });

  it('prints a Dutch PDF whose text carries the number and the total', async () => {
    const response = await call('GET', `/invoices/${invoice.id}/invoice.pdf`, cookies.requester);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const document = await getDocumentProxy(new Uint8Array(response.rawPayload));
    const { text } = await extractText(document, { mergePages: true });
    expect(text).toContain(invoice.number);
    expect(text).toContain(`Te betalen: ${formatEuro(invoice.totalCents)}`);
    expect(text).toContain('laattijdige annulering');
  });

  it('exports the lines as CSV whose totals add up', async () => {
    const response = await call('GET', `/invoices/${invoice.id}/lines.csv`, cookies.dispatcher);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(response.body);
    expect(rows).toHaveLength(invoice.lineCount);
    const totalColumn = header?.indexOf('Totaal') ?? -1;
    const cents = rows.map((r) => Math.round(Number((r[totalColumn] ?? '').replace(',', '.')) * 100));
    expect(cents.reduce((a, b) => a + b, 0)).toBe(invoice.totalCents);
  });

  it('exports the lines as XLSX with numeric euro cells that sum to the total', async () => {
    const response = await call('GET', `/invoices/${invoice.id}/lines.xlsx`, cookies.dispatcher);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(response.rawPayload).buffer);
    const sheet = workbook.getWorksheet('Factuurlijnen');
    let sum = 0;
    for (let row = 2; row <= invoice.lineCount + 1; row++) {
      const value = sheet?.getRow(row).getCell(9).value;
      expect(typeof value).toBe('number');
      sum += Math.round(Number(value) * 100);
    }
    expect(sum).toBe(invoice.totalCents);
    const totalCell = sheet?.getRow(invoice.lineCount + 2).getCell(9);
    expect(totalCell?.numFmt).toContain('€');
    expect(totalCell?.value).toMatchObject({ formula: `SUM(I2:I${invoice.lineCount + 1})` });
  });

  it('bills the waived late cancellation once it is reinstated, in the next quarter’s invoice', async () => {
    await t.platform.database.db
      .update(interpretingRequests)
      .set({ cancellationWaived: false })
      .where(eq(interpretingRequests.id, ids.waived));
    const q2 = await call('POST', '/invoices', cookies.dispatcher, { organisationId, quarter: '2026-Q2' });
    expect(q2.statusCode, q2.body).toBe(201);
    const lines: Line[] = q2.json().lines;
    // The straggler from Q1 is caught up; the April session is there; the free cancellation never.
    expect(lines.map((l) => l.requestId).sort()).toEqual([ids.nextQuarter, ids.waived].sort());
    expect(q2.json().totalCents).toBe(lines.reduce((s, l) => s + l.amountCents + l.travelCents, 0));
  });

  it('does not bill a late cancellation waived after its charge was written', async () => {
    const db = t.platform.database.db;
    const { requestId } = await insertSession(db, {
      organisationId,
      interpreterId,
      start: '2026-08-03T08:00:00Z',
      cancellation: { kind: 'late' },
    });
    // As if the cancellation had written its charge at once; the waiver comes later.
    await db.insert(charges).values({
      organisationId,
      requestId,
      kind: 'late_cancellation',
      serviceDate: '2026-08-03',
      description: 'Laattijdige annulering',
      amountCents: 5600,
      tariff: {},
    });
    await db
      .update(interpretingRequests)
      .set({ cancellationWaived: true })
      .where(eq(interpretingRequests.id, requestId));
    const q3 = await call('POST', '/invoices', cookies.dispatcher, { organisationId, quarter: '2026-Q3' });
    expect(q3.statusCode).toBe(409);
    expect(q3.json().code).toBe('INTERPRETING.INVOICE_EMPTY');
    const [charge] = await db.select().from(charges).where(eq(charges.requestId, requestId));
    // The refusal rolls the whole draft back, the waiver sync included: the charge is just not invoiced.
    expect(charge?.invoiceId).toBeNull();
  });
});
