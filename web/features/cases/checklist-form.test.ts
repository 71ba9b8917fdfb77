import { describe, expect, it } from 'vitest';
import { DiplomaRecognitionFieldsSchema } from '../../../contracts/case-types.ts';
import {
  checklistDraft,
  checklistFromDraft,
  checklistState,
  newLine,
  standardItems,
  withStandardItems,
  withStatus,
} from './checklist-form.ts';

const TODAY = '2026-11-27';

describe('the diploma checklist', () => {
  it('reads a stored checklist, old lines without dates included', () => {
    const lines = checklistDraft([
      { item: 'Paspoort', status: 'received' },
      { item: 'Puntenlijsten', status: 'missing', requestedOn: '2026-11-01', note: 'via school' },
      'not a line',
    ]);
    expect(lines.map((l) => [l.item, l.status, l.requestedOn, l.note])).toEqual([
      ['Paspoort', 'received', '', ''],
      ['Puntenlijsten', 'missing', '2026-11-01', 'via school'],
    ]);
  });

  it('adds the standard NARIC documents the type and exemption ask for, once', () => {
    expect(standardItems({ recognitionType: 'level', exemption: 'none' })).not.toContain('Studieprogramma');
    const refugee = standardItems({ recognitionType: 'specific', exemption: 'refugee' });
    expect(refugee).toEqual(
      expect.arrayContaining([
        'Studieprogramma',
        'Stagebewijs',
        'Bewijs vrijstelling kosten',
        'Fiche vluchtelingen',
      ]),
    );
    let n = 0;
    const lines = withStandardItems([newLine('a', 'kopie DIPLOMA')], { exemption: 'none' }, () => `n${n++}`);
    expect(lines.filter((l) => l.item.toLowerCase() === 'kopie diploma')).toHaveLength(1);
    expect(lines).toHaveLength(6);
    expect(withStandardItems(lines, { exemption: 'none' }, () => 'x')).toHaveLength(6);
  });

  it('dates a document received today, and forgets the date when it is missing again', () => {
    const received = withStatus(newLine('a', 'CV'), 'received', TODAY);
    expect(received.receivedOn).toBe(TODAY);
    expect(withStatus({ ...received, receivedOn: '2026-11-02' }, 'received', TODAY).receivedOn).toBe(
      '2026-11-02',
    );
    expect(withStatus(received, 'missing', TODAY).receivedOn).toBe('');
  });

  it('writes lines the contract accepts, and refuses empty or repeated names and impossible dates', () => {
    const good = checklistFromDraft(
      [
        {
          ...newLine('a', 'Kopie diploma'),
          status: 'received',
          requestedOn: '2026-10-01',
          receivedOn: '2026-10-10',
        },
        { ...newLine('b', 'Stagebewijs'), status: 'not_needed', note: '  ' },
      ],
      'bad',
      TODAY,
    );
    expect(good).toEqual({
      ok: true,
      fields: {
        checklist: [
          { item: 'Kopie diploma', status: 'received', requestedOn: '2026-10-01', receivedOn: '2026-10-10' },
          { item: 'Stagebewijs', status: 'not_needed' },
        ],
      },
    });
    if (good.ok) expect(DiplomaRecognitionFieldsSchema.safeParse(good.fields).success).toBe(true);
    const bad = checklistFromDraft(
      [
        newLine('a', ' '),
        { ...newLine('b', 'CV'), status: 'received', requestedOn: '2026-11-10', receivedOn: '2026-11-01' },
        { ...newLine('c', 'cv'), receivedOn: '2026-11-01' },
        { ...newLine('d', 'Thesis'), status: 'received', receivedOn: '2026-12-01' },
      ],
      'bad',
      TODAY,
    );
    expect(bad).toEqual({
      ok: false,
      errors: {
        'checklist.0.item': 'bad',
        'checklist.1.receivedOn': 'bad',
        'checklist.2.item': 'bad',
        'checklist.2.receivedOn': 'bad',
        'checklist.3.receivedOn': 'bad',
      },
    });
  });

  it('names what is missing and counts the days to the NARIC deadlines the server derived', () => {
    const lines = [
      { ...newLine('a', 'Kopie diploma'), status: 'received' },
      { ...newLine('b', 'Stagebewijs'), status: 'not_needed' },
      { ...newLine('c', 'Puntenlijsten'), status: 'translation_needed' },
      newLine('d', 'CV'),
    ];
    const state = checklistState(lines, { documentsDueOn: '2026-12-07', decisionDueOn: null }, TODAY);
    expect(state).toEqual({
      total: 4,
      received: 1,
      notNeeded: 1,
      outstanding: ['Puntenlijsten', 'CV'],
      documentsDue: { on: '2026-12-07', daysLeft: 10 },
      decisionDue: null,
    });
    expect(checklistState([], { decisionDueOn: '2026-11-20' }, TODAY).decisionDue?.daysLeft).toBe(-7);
  });
});
