import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { type AuditRow, iterateAudit, recordAudit } from '../../server/platform/audit/index.ts';
import { systemContext } from '../../server/platform/context.ts';
import { type CliCommand, EXIT_OK, parseOptions, UsageError } from '../runner.ts';

const COLUMNS = [
  'id',
  'at',
  'actorId',
  'actorLabel',
  'action',
  'entity',
  'entityId',
  'before',
  'after',
  'requestId',
] as const;
type Row = AuditRow;

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  entity: { type: 'string' },
  format: { type: 'string', default: 'jsonl' },
  out: { type: 'string' },
} as const;

const Moment = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

function moment(value: string | undefined, flag: string): Date | undefined {
  if (value === undefined) return undefined;
  if (!Moment.safeParse(value).success) {
    throw new UsageError(
      `--${flag} must be an ISO 8601 time such as 2026-03-01T00:00:00+01:00, or a day (UTC)`,
    );
  }
  return new Date(value);
}

function jsonl(row: Row): string {
  const entry = Object.fromEntries(COLUMNS.map((column) => [column, row[column]]));
  return `${JSON.stringify({ ...entry, at: row.at.toISOString() })}\n`;
}

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet shows the text instead of running it. */
function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : value instanceof Date
        ? value.toISOString()
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const csv = (row: Row) => `${COLUMNS.map((column) => csvCell(row[column])).join(',')}\r\n`;

async function* lines(rows: AsyncIterable<Row>, format: 'jsonl' | 'csv', counter: { rows: number }) {
  if (format === 'csv') yield `${COLUMNS.join(',')}\r\n`;
  for await (const row of rows) {
    counter.rows++;
    yield format === 'csv' ? csv(row) : jsonl(row);
  }
}

export const exportAuditCommand: CliCommand = {
  name: 'export-audit',
  summary: 'Stream the audit log, oldest first, as JSON Lines (default) or CSV',
  usage:
    'npm run cli -- export-audit [--from <ISO time>] [--to <ISO time>] [--entity <entity>] ' +
    '[--format jsonl|csv] [--out <file>]',
  async run(args, ctx) {
    const values = parseOptions(args, OPTIONS);
    if (values.format !== 'jsonl' && values.format !== 'csv')
      throw new UsageError('--format must be jsonl or csv');
    const from = moment(values.from, 'from');
    const to = moment(values.to, 'to');

    const database = await ctx.openDatabase();
    try {
      const counter = { rows: 0 };
      const source = Readable.from(
        lines(iterateAudit(database.db, { from, to, entity: values.entity }), values.format, counter),
      );
      if (values.out) {
        // Opened first, so a bad path fails before any row is read.
        const file = createWriteStream(values.out);
        await once(file, 'open');
        await pipeline(source, file);
      } else {
        await pipeline(source, ctx.io.stdout, { end: false });
      }
      const total = counter.rows;
      // The log holds personal data: taking it out of the system is itself on the record.
      const filter = { from: values.from ?? null, to: values.to ?? null, entity: values.entity ?? null };
      await recordAudit(database.db, systemContext('cli:export-audit'), {
        action: 'audit.exported',
        entity: 'audit_log',
        after: { rows: total, format: values.format, out: values.out ?? 'stdout', filter },
      });
      ctx.say(`Exported ${total} audit rows${values.out ? ` to ${values.out}` : ''}.`);
    } finally {
      await database.close();
    }
    return EXIT_OK;
  },
};
