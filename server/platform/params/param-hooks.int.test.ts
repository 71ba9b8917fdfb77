import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testEngine } from '../../../test/database.ts';
import { auditLog } from '../audit/audit.tables.ts';
import { systemContext } from '../context.ts';
import { isAppError } from '../http/app-error.ts';
import { today } from './day.ts';
import { onParamChange, type ParamChange } from './param-hooks.ts';

const codeOf = (error: unknown) => (isAppError(error) ? error.code : String(error));

/** Hooks on a parameter change, and shortening a value (the transit site's caps use both). */
describe(`parameters: change hooks and shortening (${testEngine()})`, () => {
  let t: TestApp;
  const seen: { change: ParamChange; values: unknown[] }[] = [];
  let refuse = false;

  beforeAll(async () => {
    t = await createTestApp();
    onParamChange('test.hooked', async (tx, change, params) => {
      // The hook reads inside the change's transaction and sees the change itself.
      const values = (await params.list(change.key, tx)).map((p) => [p.validFrom, p.validTo, p.value]);
      seen.push({ change, values });
      if (refuse) throw new Error('refused by the hook');
    });
  });
  afterAll(() => t.close());

  /** A day relative to today, as `YYYY-MM-DD` (noon UTC, so no daylight-saving edge). */
  const day = (days: number) =>
    new Date(Date.parse(`${today()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const params = () => t.platform.params;
  const database = () => t.platform.database.db;

  it('runs the hook inside set, shorten and remove, with the days that changed', async () => {
    const ctx = systemContext('param-hooks test');
    const first = await params().set(database(), ctx, { key: 'test.hooked', value: 1, validFrom: day(-10) });
    const planned = await params().set(database(), ctx, { key: 'test.hooked', value: 2, validFrom: day(20) });
    const shortened = await params().shorten(database(), ctx, planned.id, day(30));
    expect(shortened).toMatchObject({ validFrom: day(20), validTo: day(30) });
    await params().remove(database(), ctx, planned.id);
    expect(seen.map((s) => s.change)).toEqual([
      { key: 'test.hooked', fromDay: day(-10), toDay: null },
      { key: 'test.hooked', fromDay: day(20), toDay: null },
      { key: 'test.hooked', fromDay: day(30), toDay: null },
      { key: 'test.hooked', fromDay: day(20), toDay: day(30) },
    ]);
    expect(seen[1]?.values).toEqual([
      [day(-10), day(20), 1],
      [day(20), null, 2],
    ]);
    // After the removal the first value runs on again, and the hook saw that too.
    expect(seen[3]?.values).toEqual([[day(-10), day(30), 1]]);
    expect((await params().list('test.hooked')).map((p) => p.id)).toEqual([first.id]);
  });

  it('rolls the change back when a hook refuses it', async () => {
    const before = await params().list('test.hooked');
    refuse = true;
    try {
      const change = params().set(database(), systemContext('param-hooks test'), {
        key: 'test.hooked',
        value: 3,
        validFrom: day(40),
      });
      await expect(change).rejects.toThrow('refused by the hook');
    } finally {
      refuse = false;
    }
    expect(await params().list('test.hooked')).toEqual(before);
    const audits = await database()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'parameter'), eq(auditLog.action, 'parameter.created')));
    expect(audits.filter((a) => (a.after as { value?: unknown } | null)?.value === 3)).toEqual([]);
  });

  it('shortens only to a day still to come, inside the value; it audits before and after', async () => {
    const ctx = systemContext('param-hooks test');
    const value = await params().set(database(), ctx, {
      key: 'test.shorten',
      value: 'x',
      validFrom: day(-5),
    });
    const fail = (validTo: string) => params().shorten(database(), ctx, value.id, validTo).catch(codeOf);
    expect(await fail(day(-1))).toBe('COMMON.VALIDATION_FAILED');
    expect(await fail(day(-5))).toBe('COMMON.VALIDATION_FAILED');
    expect(await fail('2027-02-30')).toBe('COMMON.VALIDATION_FAILED');
    expect(await params().shorten(database(), ctx, crypto.randomUUID(), day(3)).catch(codeOf)).toBe(
      'PARAMS.NOT_FOUND',
    );
    expect(await params().shorten(database(), ctx, value.id, day(10))).toMatchObject({ validTo: day(10) });
    expect(await fail(day(10))).toBe('COMMON.VALIDATION_FAILED');
    expect(await params().shorten(database(), ctx, value.id, day(0))).toMatchObject({ validTo: day(0) });
    expect(await params().get('test.shorten', day(-1))).toBe('x');
    expect(await params().get('test.shorten', day(0)).catch(codeOf)).toBe('PARAMS.NOT_SET');
    const audits = await database()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, value.id), eq(auditLog.action, 'parameter.shortened')));
    expect(audits.map((a) => (a.after as { validTo: string }).validTo).sort()).toEqual([day(0), day(10)]);
  });
});
