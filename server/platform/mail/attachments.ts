import { z } from 'zod';
import type { MailAttachment } from './mail.tables.ts';

/**
 * Attachments are stored inline in the outbox row (base64 in jsonb), so they must stay small:
 * an .ics or a one-page PDF, not a document archive.
 */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;
export const MAX_ATTACHMENTS = 5;

/** What a sender passes: text (e.g. an .ics) is taken as UTF-8, binary as bytes. */
export type MailAttachmentInput = {
  filename: string;
  /** e.g. `text/calendar; charset=utf-8; method=PUBLISH`. */
  contentType: string;
  content: string | Uint8Array;
};

// A file name ends up in a MIME header and on the recipient's disk: no paths, no control characters.
const FilenameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\\p{Cc}]/u.test(name) && name !== '.' && name !== '..', 'not a plain file name');
const ContentTypeSchema = z
  .string()
  .trim()
  .max(200)
  .regex(
    /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;\s*[a-z0-9_-]+=("[^"\r\n]*"|[^;\s"]+))*$/i,
  );

export class MailAttachmentError extends Error {
  constructor(message: string) {
    super(`mail attachment: ${message}`);
    this.name = 'MailAttachmentError';
  }
}

/** Checks and encodes attachments for the outbox row. */
export function encodeAttachments(input: readonly MailAttachmentInput[] | undefined): MailAttachment[] {
  if (!input || input.length === 0) return [];
  if (input.length > MAX_ATTACHMENTS) throw new MailAttachmentError(`at most ${MAX_ATTACHMENTS} files`);
  let total = 0;
  return input.map((attachment) => {
    const filename = FilenameSchema.safeParse(attachment.filename);
    if (!filename.success)
      throw new MailAttachmentError(`bad file name ${JSON.stringify(attachment.filename)}`);
    const contentType = ContentTypeSchema.safeParse(attachment.contentType);
    if (!contentType.success) throw new MailAttachmentError(`bad content type for ${filename.data}`);
    const bytes =
      typeof attachment.content === 'string'
        ? Buffer.from(attachment.content, 'utf8')
        : Buffer.from(attachment.content);
    total += bytes.byteLength;
    if (total > MAX_ATTACHMENT_BYTES)
      throw new MailAttachmentError(`more than ${MAX_ATTACHMENT_BYTES} bytes`);
    return { filename: filename.data, contentType: contentType.data, content: bytes.toString('base64') };
  });
}

/** The stored form as nodemailer takes it. */
export function decodeAttachments(
  stored: readonly MailAttachment[],
): { filename: string; content: Buffer; contentType: string }[] {
  return stored.map((attachment) => ({
    filename: attachment.filename,
    contentType: attachment.contentType,
    content: Buffer.from(attachment.content, 'base64'),
  }));
}
