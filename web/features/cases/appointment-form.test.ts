import { describe, expect, it } from 'vitest';
import {
  type CaseAppointment,
  CreateAppointmentSchema,
  RequestAppointmentInterpreterSchema,
  UpdateAppointmentSchema,
} from '../../../contracts/case-work.ts';
import {
  buildAppointment,
  buildInterpreterRequest,
  buildMove,
  EMPTY_APPOINTMENT,
  mayAskInterpreter,
  moveDraft,
} from './appointment-form.ts';

const messages = { time: 'time', minutes: 'minutes', language: 'language', location: 'location' };

describe('the appointment form', () => {
  it('books Brussels wall-clock time, in winter and in summer', () => {
    const winter = buildAppointment(
      { ...EMPTY_APPOINTMENT, date: '2027-01-12', time: '09:30', minutes: '45' },
      messages,
    );
    expect(winter).toEqual({
      ok: true,
      body: {
        startsAt: '2027-01-12T09:30:00+01:00',
        endsAt: '2027-01-12T10:15:00+01:00',
        modality: 'on_site',
      },
    });
    const summer = buildAppointment({ ...EMPTY_APPOINTMENT, date: '2027-06-01', time: '14:00' }, messages);
    expect(summer.ok && summer.body.endsAt).toBe('2027-06-01T15:00:00+02:00');
    if (winter.ok) expect(CreateAppointmentSchema.safeParse(winter.body).success).toBe(true);
  });

  it('asks an interpreter in the client language, with the place', () => {
    const result = buildAppointment(
      {
        ...EMPTY_APPOINTMENT,
        date: '2027-01-12',
        time: '10:00',
        location: ' Onthaalbureau, Kongostraat 42 ',
        interpreter: true,
        language: 'AR',
      },
      messages,
    );
    expect(result.ok && result.body).toMatchObject({
      location: 'Onthaalbureau, Kongostraat 42',
      interpreter: { language: 'ar' },
    });
  });

  it('refuses a missing time, a bad duration, and an interpreter without language or place', () => {
    expect(
      buildAppointment(
        { ...EMPTY_APPOINTMENT, date: '2027-01-12', minutes: '0', interpreter: true },
        messages,
      ),
    ).toEqual({
      ok: false,
      errors: { time: 'time', minutes: 'minutes', language: 'language', location: 'location' },
    });
    expect(buildAppointment(EMPTY_APPOINTMENT, messages)).toEqual({ ok: false, errors: { date: 'time' } });
  });

  it('asks the number by phone and the link by video when an interpreter is needed', () => {
    const phone = {
      ...EMPTY_APPOINTMENT,
      date: '2027-01-12',
      time: '10:00',
      interpreter: true,
      language: 'ar',
    };
    expect(buildAppointment({ ...phone, modality: 'phone' }, messages)).toEqual({
      ok: false,
      errors: { phoneNumber: 'location' },
    });
    const called = buildAppointment(
      { ...phone, modality: 'phone', phoneNumber: ' +32 9 123 45 67 ' },
      messages,
    );
    expect(called.ok && called.body.interpreter).toEqual({ language: 'ar', phoneNumber: '+32 9 123 45 67' });
    if (called.ok) expect(CreateAppointmentSchema.safeParse(called.body).success).toBe(true);
    expect(buildAppointment({ ...phone, modality: 'video', videoLink: 'http://x' }, messages)).toEqual({
      ok: false,
      errors: { videoLink: 'location' },
    });
  });

  it('moves from the appointment as it stands, to phone with the number the interpreter calls', () => {
    const appointment: CaseAppointment = {
      id: 'a',
      caseId: 'c',
      startsAt: '2027-01-12T09:30:00.000Z',
      endsAt: '2027-01-12T10:15:00.000Z',
      location: 'Kongostraat 42',
      modality: 'on_site',
      counsellor: null,
      status: 'planned',
      sequence: 0,
      notes: null,
      interpretingRequestId: 'r',
      interpreter: {
        requestId: 'r',
        reference: 'T-2027-000001',
        status: 'assigned',
        cancellation: null,
        interpreter: null,
      },
      icsUrl: '/x.ics',
      createdAt: '2027-01-01T00:00:00.000Z',
    };
    const draft = moveDraft(appointment);
    expect(draft).toMatchObject({ date: '2027-01-12', time: '10:30', minutes: '45', interpreter: true });
    const moved = buildMove(
      { ...draft, time: '14:00', modality: 'phone', phoneNumber: '09 123 45 67' },
      messages,
    );
    expect(moved).toEqual({
      ok: true,
      body: {
        startsAt: '2027-01-12T14:00:00+01:00',
        endsAt: '2027-01-12T14:45:00+01:00',
        modality: 'phone',
        location: 'Kongostraat 42',
        interpreter: { phoneNumber: '09 123 45 67' },
      },
    });
    if (moved.ok) expect(UpdateAppointmentSchema.safeParse(moved.body).success).toBe(true);
    expect(buildMove({ ...draft, time: '' }, messages)).toEqual({ ok: false, errors: { time: 'time' } });
  });

  it('offers "Tolk aanvragen" only on a planned appointment still ahead without an interpreter', () => {
    const now = new Date('2027-01-10T12:00:00Z');
    const planned = {
      status: 'planned',
      interpreter: null,
      startsAt: '2027-01-12T09:30:00.000Z',
    } as const satisfies Partial<CaseAppointment>;
    const ask = (a: Partial<CaseAppointment>) =>
      mayAskInterpreter({ ...planned, ...a } as CaseAppointment, now);
    expect(ask({})).toBe(true);
    expect(ask({ status: 'cancelled' })).toBe(false);
    expect(ask({ status: 'done' })).toBe(false);
    expect(ask({ startsAt: '2027-01-09T09:30:00.000Z' })).toBe(false);
    expect(
      ask({
        interpreter: {
          requestId: 'r',
          reference: 'T',
          status: 'submitted',
          cancellation: null,
          interpreter: null,
        },
      }),
    ).toBe(false);
  });

  it('asks an interpreter for an appointment already planned: the language, and the number by phone', () => {
    const words = { language: 'language', location: 'location', noPlace: 'noPlace' };
    const draft = { language: ' PRS ', phoneNumber: '', videoLink: '' };
    const onSite = buildInterpreterRequest(draft, { modality: 'on_site', location: 'Kongostraat 42' }, words);
    expect(onSite).toEqual({ ok: true, body: { language: 'prs' } });
    if (onSite.ok) expect(RequestAppointmentInterpreterSchema.safeParse(onSite.body).success).toBe(true);
    expect(buildInterpreterRequest(draft, { modality: 'on_site', location: null }, words)).toEqual({
      ok: false,
      errors: { location: 'noPlace' },
    });
    expect(
      buildInterpreterRequest(
        { ...draft, language: 'Arabisch' },
        { modality: 'video', location: null },
        words,
      ),
    ).toEqual({ ok: false, errors: { language: 'language', videoLink: 'location' } });
    const phoned = buildInterpreterRequest(
      { ...draft, phoneNumber: ' 09 123 45 67 ' },
      { modality: 'phone', location: null },
      words,
    );
    expect(phoned).toEqual({ ok: true, body: { language: 'prs', phoneNumber: '09 123 45 67' } });
  });
});
