import { describe, expect, it } from 'vitest';
import type { InterpretingRequestView } from '../../../contracts/interpreting-requests.ts';
import {
  ChangeFormSchema,
  changeFormFrom,
  placeChangeErrors,
  releasesInterpreter,
  toChangeBody,
} from './change-form.ts';

const request = (over: Partial<InterpretingRequestView> = {}): InterpretingRequestView => ({
  id: 'r1',
  reference: 'T-2027-000001',
  status: 'assigned',
  organisationId: 'o1',
  unitId: null,
  requestedBy: null,
  mode: 'on_site',
  language: 'ar',
  variant: null,
  direction: 'both',
  alternativeLanguages: [],
  // 09:00 in Brussels (winter time, UTC+1).
  start: '2027-01-12T08:00:00.000Z',
  end: '2027-01-12T09:00:00.000Z',
  durationMinutes: 60,
  alternativeSlots: [],
  address: 'Kongostraat 42, 9000 Gent',
  room: null,
  accessNotes: null,
  location: null,
  phoneNumber: null,
  videoLink: null,
  sector: 'education',
  conversationType: 'parent_meeting',
  specialism: null,
  sameGender: null,
  participants: 2,
  clientReference: 'K-1',
  preparationNotes: null,
  preferredInterpreterId: null,
  costCentre: null,
  urgent: false,
  priority: 1,
  series: null,
  interpreter: null,
  cancellation: null,
  createdAt: '2027-01-01T00:00:00Z',
  updatedAt: '2027-01-01T00:00:00Z',
  ...over,
});

const parse = (values: ReturnType<typeof changeFormFrom>) => ChangeFormSchema.parse(values);

describe('change form', () => {
  it('starts from the request in Brussels time and sends nothing when nothing changed', () => {
    const values = changeFormFrom(request());
    expect(values).toMatchObject({
      date: '2027-01-12',
      time: '09:00',
      durationMinutes: '60',
      participants: '2',
    });
    expect(toChangeBody(parse(values), request())).toBeNull();
  });

  it('moves one session with a Brussels start and says the interpreter is released', () => {
    const values = { ...changeFormFrom(request()), time: '10:30' };
    const body = toChangeBody(parse(values), request());
    expect(body).toEqual({ start: '2027-01-12T10:30:00+01:00' });
    expect(body && releasesInterpreter(body)).toBe(true);
  });

  it('sets a wall-clock time on the wider scopes of a series, with the scope', () => {
    const r = request({ series: { id: 's', index: 2, count: 10 } });
    const body = toChangeBody(parse({ ...changeFormFrom(r), scope: 'this_and_following', time: '14:00' }), r);
    expect(body).toEqual({ time: '14:00', scope: 'this_and_following' });
  });

  it('sends only changed details; notes and room keep the interpreter, cleared fields become null', () => {
    const r = request({ room: 'B12', preparationNotes: 'oud' });
    const body = toChangeBody(
      parse({ ...changeFormFrom(r), room: '', preparationNotes: 'nieuw', participants: '' }),
      r,
    );
    expect(body).toEqual({ room: null, preparationNotes: 'nieuw', participants: null });
    expect(body && releasesInterpreter(body)).toBe(false);
  });

  it('requires the place of the mode', () => {
    const phone = request({ mode: 'phone', address: null, phoneNumber: '+32 9 123 45 67' });
    const result = ChangeFormSchema.safeParse({ ...changeFormFrom(phone), phoneNumber: ' ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['phoneNumber']);
  });

  it('puts server errors next to their field; the rest goes to the alert', () => {
    const placed = placeChangeErrors([
      { path: 'start', message: 'te vroeg' },
      { path: 'time', message: 'uur' },
      { path: 'address', message: 'adres' },
      { path: 'organisationId', message: 'anders' },
    ]);
    expect(placed).toEqual({ fields: { date: 'te vroeg', time: 'uur', address: 'adres' }, rest: ['anders'] });
  });
});
