import { describe, expect, it } from 'vitest';
import { CreateAppointmentSchema } from '../../../contracts/case-work.ts';
import { buildAppointment, EMPTY_APPOINTMENT } from './appointment-form.ts';

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
});
