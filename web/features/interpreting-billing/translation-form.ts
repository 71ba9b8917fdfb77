/** The translation order form and the dispatcher's list of translators: pure, so it is tested alone. */

export type TranslationValues = {
  targetLanguage: string;
  deadline: string;
  clientReference: string;
  notes: string;
};

export type TranslationField = keyof TranslationValues | 'file';
export type TranslationFields = Record<string, string>;

const CLIENT_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The multipart text fields, or the fields that are wrong. The source is always Dutch here (a
 * requester has a Dutch document translated); the server checks everything again.
 */
export function translationFields(
  values: TranslationValues,
  hasFile: boolean,
  today: string,
): { ok: true; fields: TranslationFields } | { ok: false; invalid: TranslationField[] } {
  const invalid: TranslationField[] = [];
  if (!hasFile) invalid.push('file');
  if (!values.targetLanguage || values.targetLanguage === 'nl') invalid.push('targetLanguage');
  if (!DAY.test(values.deadline) || values.deadline <= today) invalid.push('deadline');
  const clientReference = values.clientReference.trim();
  if (clientReference && !CLIENT_REFERENCE.test(clientReference)) invalid.push('clientReference');
  if (values.notes.length > 2000) invalid.push('notes');
  if (invalid.length) return { ok: false, invalid };
  const fields: TranslationFields = {
    sourceLanguage: 'nl',
    targetLanguage: values.targetLanguage,
    deadline: values.deadline,
  };
  if (clientReference) fields.clientReference = clientReference;
  if (values.notes.trim()) fields.notes = values.notes.trim();
  return { ok: true, fields };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "T-0042, 3f…-uuid T-0007" → ids as given and codes to look up; duplicates once. */
export function splitRecipients(input: string): { ids: string[]; codes: string[] } {
  const tokens = [...new Set(input.split(/[\s,;]+/).filter(Boolean))];
  return {
    ids: tokens.filter((t) => UUID.test(t)).map((t) => t.toLowerCase()),
    codes: tokens.filter((t) => !UUID.test(t)),
  };
}
