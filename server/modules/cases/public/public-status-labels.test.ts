import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../../../contracts/case-types.ts';
import { PORTAL_LANGUAGES } from '../../../../contracts/public-forms.ts';
import { CODE_PREFIXES, type PublicCaseType } from './public-code.ts';
import { PUBLIC_STATUS_LABELS, publicNextStep, publicStatusLabel } from './public-status-labels.ts';

const TYPES = Object.keys(CODE_PREFIXES) as PublicCaseType[];

describe('public status labels', () => {
  it('cover every status of the three portal types in the six portal languages', () => {
    for (const type of TYPES) {
      const statuses = Object.keys(CASE_STATUSES[type]);
      expect(Object.keys(PUBLIC_STATUS_LABELS[type]).sort()).toEqual([...statuses].sort());
      for (const status of statuses) {
        for (const language of PORTAL_LANGUAGES) {
          const label = publicStatusLabel(type, status, language);
          expect(label.trim(), `${type}.${status}.${language}`).not.toBe('');
          expect(label).not.toBe(status);
        }
      }
    }
  });

  it('write Arabic in Arabic script, Bulgarian in Cyrillic and Turkish with its own letters', () => {
    for (const type of TYPES) {
      for (const status of Object.keys(CASE_STATUSES[type])) {
        expect(publicStatusLabel(type, status, 'ar')).toMatch(/^[\u0600-\u06FF\s،()A-Z]+$/u);
        expect(publicStatusLabel(type, status, 'bg')).toMatch(/^[\u0400-\u04FF\s,()A-Z]+$/u);
      }
    }
    expect(publicStatusLabel('education_question', 'open', 'tr')).toBe('İşleniyor');
    expect(publicStatusLabel('scholarship', 'waitlisted', 'tr')).toBe('Bekleme listesinde');
  });

  it('tell the next step while a case is open, and nothing once it is closed', () => {
    expect(publicNextStep('guidance', 'registered', false, 'nl')).toContain('twee werkdagen');
    expect(publicNextStep('guidance', 'intake', false, 'en')).toBe(
      'Your counsellor will let you know the next step.',
    );
    expect(publicNextStep('scholarship', 'rejected', true, 'nl')).toBeUndefined();
  });

  it('shows an unknown status by its key rather than nothing', () => {
    expect(publicStatusLabel('guidance', 'some_new_status', 'fr')).toBe('some_new_status');
  });
});
