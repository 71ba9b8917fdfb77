import { describe, expect, it } from 'vitest';
import { cutoffDay, keepCountedFields } from './anonymise.ts';

describe('retention rules', () => {
  it('counts the retention period in calendar months back from today', () => {
    expect(cutoffDay('guidance', '2027-06-15')).toBe('2022-06-15'); // 60 months
    expect(cutoffDay('education_question', '2027-06-15')).toBe('2025-06-15'); // 24 months
    expect(cutoffDay('diploma_recognition', '2027-02-28')).toBe('2024-02-28'); // 36 months
    expect(cutoffDay('scholarship', '2027-03-31')).toBe('2020-03-31'); // 84 months
    // A month without that day clamps to its last day.
    expect(cutoffDay('education_question', '2026-02-28')).toBe('2024-02-28');
    expect(cutoffDay('diploma_recognition', '2027-05-31')).toBe('2024-05-31');
  });

  it('keeps only the fields the reports count', () => {
    const fields = {
      goal: 'work',
      recognitionType: 'level',
      decision: 'positive',
      diploma: { level: 'master', country: 'Syrië' },
      naricFileNumber: 'N-123',
      checklist: [{ item: 'Paspoort', status: 'received' }],
    };
    expect(keepCountedFields('diploma_recognition', fields)).toEqual({
      goal: 'work',
      recognitionType: 'level',
      decision: 'positive',
      diploma: { level: 'master', country: 'Syrië' },
    });
    expect(keepCountedFields('guidance', { needs: ['x'], kbiReference: 'K1' })).toEqual({});
  });
});
