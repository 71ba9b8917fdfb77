import { CASE_FIELD_SCHEMAS, type CaseType } from '../../../contracts/case-types.ts';
import type { CreateCase } from '../../../contracts/cases.ts';
import { type FieldSpec, fieldSpecs, fieldsFromDraft } from './field-specs.ts';

export type ClientDraft = {
  givenName: string;
  familyName: string;
  phone: string;
  email: string;
  language: string;
};
export type NewCaseDraft = {
  type: CaseType;
  title: string;
  client: ClientDraft;
  fields: Record<string, string>;
};

export const EMPTY_CLIENT: ClientDraft = {
  givenName: '',
  familyName: '',
  phone: '',
  email: '',
  language: '',
};

/** The fields a new case of this type asks for: all of the type's own, except the trajectory plan. */
export function newCaseSpecs(type: CaseType): FieldSpec[] {
  return fieldSpecs(CASE_FIELD_SCHEMAS[type]);
}

export type BuildResult = { ok: true; body: CreateCase } | { ok: false; errors: Record<string, string> };

const LANGUAGE = /^[a-z]{2,3}$/u;

/**
 * The POST /api/cases body of the form: the client as a new person when named (both names, or
 * neither), her language also as the case's language, and only the type fields filled in.
 */
export function buildCreateCase(
  draft: NewCaseDraft,
  messages: { clientHalf: string; language: string },
): BuildResult {
  const c = draft.client;
  const given = c.givenName.trim();
  const family = c.familyName.trim();
  const language = c.language.trim().toLowerCase();
  const errors: Record<string, string> = {};
  if (Boolean(given) !== Boolean(family))
    errors[given ? 'person.familyName' : 'person.givenName'] = messages.clientHalf;
  if (language && !LANGUAGE.test(language)) errors['person.preferredLanguage'] = messages.language;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const body: CreateCase = { type: draft.type, title: draft.title.trim() };
  if (given && family) {
    body.person = {
      givenName: given,
      familyName: family,
      ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
      ...(c.email.trim() ? { email: c.email.trim() } : {}),
      ...(language ? { preferredLanguage: language } : {}),
    };
  }
  if (language) body.language = language;
  const fields = fieldsFromDraft(newCaseSpecs(draft.type), draft.fields);
  if (Object.keys(fields).length > 0) body.fields = fields;
  return { ok: true, body };
}
