import { describe, expect, it } from 'vitest';
import {
  CASE_FIELD_SCHEMAS,
  EducationQuestionFieldsSchema,
  GuidanceFieldsSchema,
  ScholarshipFieldsSchema,
} from '../../../contracts/case-types.ts';
import { draftFromFields, fieldSpecs, fieldsFromDraft, fieldsPatch } from './field-specs.ts';

describe('case field specs from the contract schemas', () => {
  const guidance = fieldSpecs(GuidanceFieldsSchema);
  const byPath = (path: string) => guidance.find((s) => s.path === path);

  it('reads the kind of each guidance field and flattens nested groups', () => {
    expect(byPath('residenceCategory')).toMatchObject({ kind: 'enum' });
    expect(byPath('arrivalDate')).toEqual({ kind: 'date', path: 'arrivalDate' });
    expect(byPath('languages')).toEqual({ kind: 'list', path: 'languages' });
    expect(byPath('family.partner')).toEqual({ kind: 'boolean', path: 'family.partner' });
    expect(byPath('family.children')).toEqual({ kind: 'number', integer: true, path: 'family.children' });
    expect(byPath('kbiReference')).toEqual({ kind: 'text', multiline: false, path: 'kbiReference' });
    // The trajectory has its own section.
    expect(byPath('trajectory')).toBeUndefined();
  });

  it('tells decimals from whole numbers, long text from short, enum lists from text lists', () => {
    const scholarship = fieldSpecs(ScholarshipFieldsSchema);
    expect(scholarship.find((s) => s.path === 'resultOutOf20')).toMatchObject({ integer: false });
    expect(scholarship.find((s) => s.path === 'motivation')).toMatchObject({ kind: 'text', multiline: true });
    const question = fieldSpecs(EducationQuestionFieldsSchema);
    expect(question.find((s) => s.path === 'question')).toMatchObject({ kind: 'text', multiline: true });
  });

  it('gives every type at least one field', () => {
    for (const schema of Object.values(CASE_FIELD_SCHEMAS))
      expect(fieldSpecs(schema).length).toBeGreaterThan(3);
  });

  it('turns the form texts into fields the schema accepts, leaving empty ones out', () => {
    const draft = {
      ...draftFromFields(guidance, {}),
      languages: 'ar\nfr',
      residenceCategory: 'refugee',
      arrivalDate: '2026-03-01',
      'family.partner': 'true',
      'family.children': '2',
      needs: 'huisvesting; werk',
      kbiReference: '  ',
    };
    const fields = fieldsFromDraft(guidance, draft);
    expect(fields).toEqual({
      languages: ['ar', 'fr'],
      residenceCategory: 'refugee',
      arrivalDate: '2026-03-01',
      family: { partner: true, children: 2 },
      needs: ['huisvesting', 'werk'],
    });
    expect(GuidanceFieldsSchema.safeParse(fields).success).toBe(true);
  });

  it('shows stored fields back in the form', () => {
    const draft = draftFromFields(guidance, { languages: ['ar', 'fr'], family: { partner: false } });
    expect(draft.languages).toBe('ar\nfr');
    expect(draft['family.partner']).toBe('false');
    expect(draft['family.children']).toBe('');
  });

  it('removes a stored field the form left empty, and keeps fields the form does not show', () => {
    const stored = {
      kbiReference: 'KBI-1',
      family: { children: 2 },
      arrivalDate: '2026-01-01',
      trajectory: {},
    };
    const draft = { ...draftFromFields(guidance, stored), kbiReference: '', 'family.children': '' };
    expect(fieldsPatch(guidance, draft, stored)).toEqual({
      arrivalDate: '2026-01-01',
      kbiReference: null,
      family: null,
    });
  });
});
