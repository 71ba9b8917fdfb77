import { afterAll, beforeAll } from 'vitest';
import { type SmtpSink, startSmtpSink } from '../server/platform/mail/smtp-sink.test-support.ts';
import { createTestApp, type TestApp } from './app.ts';

export type MailApp = { readonly t: TestApp; readonly sink: SmtpSink };

/**
 * The real app whose mail goes out over SMTP to a local sink, started before the file's tests and
 * closed after them: the delivery tests of every module read the messages the sink received.
 * Call it at the top level of a test file; read `t` and `sink` inside the tests.
 */
export function appWithSmtpSink(): MailApp {
  let t: TestApp | undefined;
  let sink: SmtpSink | undefined;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Wegwijs <no-reply@wegwijs.test>' });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the app with its SMTP sink has not started (call at top level)');
    return value;
  };
  return {
    get t() {
      return started(t);
    },
    get sink() {
      return started(sink);
    },
  };
}
