import { describe, expect, it } from 'vitest';
import { derivedEntries, formatDate, statusOptions } from './case-format.ts';
import { casesTranslator } from './i18n.ts';
import { fromSavedQuery, NO_FILTERS, toListQuery, toSavedQuery, withType } from './list-filters.ts';

describe('case formatting', () => {
  it('shows a bare day without shifting it by a time zone', () => {
    expect(formatDate('2026-03-01')).toBe('1 mrt 2026');
    expect(formatDate('')).toBe('');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('lists the statuses of one type, or of all types once each', () => {
    const guidance = statusOptions('guidance').map((o) => o.value);
    expect(guidance).toEqual([
      'registered',
      'intake',
      'contract_signed',
      'trajectory',
      'certified',
      'stopped',
      'breach_reported',
    ]);
    const all = statusOptions('').map((o) => o.value);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('positive');
  });

  it('writes the derived facts as Dutch sentences and leaves empty ones out', () => {
    const entries = derivedEntries(
      {
        partsDone: 2,
        partsTotal: 4,
        compulsorySchooling: { from: '2026-05-01', applies: false },
        decisionDueOn: '2026-07-30',
        missingDocuments: [],
        documentsDueOn: null,
      },
      casesTranslator,
    );
    expect(entries).toEqual([
      { label: 'Traject', text: '2 van 4 onderdelen behaald of vrijgesteld' },
      { label: 'Leerplicht vanaf', text: '1 mei 2026 (leerplicht niet van toepassing op deze leeftijd)' },
      { label: 'Beslissing NARIC verwacht uiterlijk', text: '30 jul 2026' },
    ]);
  });
});

describe('case list filters', () => {
  it('sends only the filters that are set', () => {
    expect(toListQuery(NO_FILTERS, 0)).toEqual({ open: 'true', limit: 25, offset: 0 });
    const filters = {
      ...NO_FILTERS,
      q: ' D-2026 ',
      type: 'guidance' as const,
      assignee: 'me' as const,
      overdue: true,
    };
    expect(toSavedQuery(filters)).toEqual({
      q: 'D-2026',
      type: 'guidance',
      assignee: 'me',
      open: 'true',
      overdue: 'true',
    });
  });

  it('restores the controls from a saved filter', () => {
    const saved = toSavedQuery({ ...NO_FILTERS, scope: 'team', status: 'intake', open: '' });
    expect(fromSavedQuery(saved)).toEqual({ ...NO_FILTERS, scope: 'team', status: 'intake', open: '' });
    expect(fromSavedQuery({ assignee: 'someone-else' }).assignee).toBe('');
  });

  it('drops a status the new type does not have', () => {
    const filters = { ...NO_FILTERS, status: 'intake' };
    expect(withType(filters, 'scholarship', ['submitted']).status).toBe('');
    expect(withType(filters, 'guidance', ['intake']).status).toBe('intake');
  });
});
