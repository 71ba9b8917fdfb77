import { describe, expect, it } from 'vitest';
import {
  EducationQuestionFormSchema,
  GuidanceAppointmentFormSchema,
  SCHOLARSHIP_FILE_TYPES,
  SCHOLARSHIP_MAX_FILES,
  ScholarshipApplicationFormSchema,
} from '../../../contracts/public-forms.ts';
import { ApiError } from '../../lib/api-client.ts';
import { checkEducationQuestion, educationQuestionBody } from './education-question-page.tsx';
import {
  checkEmail,
  checkFiles,
  checkPastDate,
  checkPhone,
  checkText,
  checkWholeNumber,
  compact,
  euroToCents,
  FILE_LIMITS,
  FILE_TYPES,
  fromServer,
  normaliseCode,
  todayIso,
  translateServerMessage,
} from './form-rules.ts';
import { formatDay, formatEuro } from './format.ts';
import {
  checkGuidanceAppointment,
  guidanceAppointmentBody,
  weekdayName,
} from './guidance-appointment-page.tsx';
import { scholarshipData } from './scholarship-form.tsx';
import { explainFailure } from './use-send.ts';

const problem = (errors: { path: string; message: string }[], status = 422) =>
  new ApiError(
    status,
    { type: 'about:blank', title: 'Invalid', status, code: 'VALIDATION.FAILED', requestId: 'r', errors },
    'x',
  );

describe('checks before sending', () => {
  it('requires text, and limits its length', () => {
    expect(checkText('  ', 10, true)).toEqual({ key: 'required' });
    expect(checkText('', 10, false)).toBeUndefined();
    expect(checkText('x'.repeat(11), 10, true)).toEqual({ key: 'tooLong', values: { max: 10 } });
    expect(checkText(' ok ', 2, true)).toBeUndefined();
  });

  it('knows an e-mail address when it sees one', () => {
    expect(checkEmail('')).toEqual({ key: 'required' });
    expect(checkEmail('ayse@example')).toEqual({ key: 'emailInvalid' });
    expect(checkEmail('ayse example.be')).toEqual({ key: 'emailInvalid' });
    expect(checkEmail(' ayse.yilmaz@example.be ')).toBeUndefined();
  });

  it('takes optional dates in the past only', () => {
    expect(checkPastDate('', '2026-11-27')).toBeUndefined();
    expect(checkPastDate('2016-02-30x', '2026-11-27')).toEqual({ key: 'dateInvalid' });
    expect(checkPastDate('2027-01-01', '2026-11-27')).toEqual({ key: 'dateFuture' });
    expect(checkPastDate('2026-11-27', '2026-11-27')).toBeUndefined();
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('checks numbers and files', () => {
    expect(checkWholeNumber('', 1, 30)).toBeUndefined();
    expect(checkWholeNumber('2.5', 1, 30)).toEqual({ key: 'scNumber' });
    expect(checkWholeNumber('0', 1, 30)).toEqual({ key: 'scNumber' });
    expect(checkWholeNumber('4', 1, 30)).toBeUndefined();
    const pdf = { name: 'loon.pdf', size: 1000, type: 'application/pdf' };
    expect(checkFiles([pdf])).toBeUndefined();
    expect(checkFiles([])).toEqual({ key: 'scFilesRequired' });
    expect(checkFiles([{ ...pdf, name: 'x.exe', type: 'application/x-msdownload' }])).toEqual({
      key: 'scFileType',
      values: { name: 'x.exe' },
    });
    expect(checkFiles([{ ...pdf, size: 21 * 1024 * 1024 }])?.key).toBe('scFileTooBig');
    expect(checkFiles([pdf, pdf, pdf], { maxFiles: 2, maxBytes: 10_000 })).toEqual({
      key: 'scFileCount',
      values: { max: 2 },
    });
  });

  it('checks the whole education question at once', () => {
    const problems = checkEducationQuestion(
      {
        name: '',
        email: 'x',
        phone: '',
        childBirthDate: '2030-01-01',
        registeredInBelgiumOn: '',
        question: 'Waar?',
      },
      '2026-11-27',
    );
    expect(Object.keys(problems).sort()).toEqual(['childBirthDate', 'email', 'name']);
    expect(checkText('A', 200, true, 2)).toEqual({ key: 'tooShort' });
  });

  it('asks for an e-mail address or a phone number for an appointment, either will do', () => {
    const base = { name: 'Ivan Petrov', email: '', phone: '', message: 'Werk' };
    expect(checkGuidanceAppointment(base)).toEqual({ email: { key: 'gaContactMissing' } });
    expect(checkGuidanceAppointment({ ...base, phone: '0470 12 34 56' })).toEqual({});
    expect(checkGuidanceAppointment({ ...base, email: 'ivan@' })).toEqual({ email: { key: 'emailInvalid' } });
  });
});

describe('what is sent', () => {
  it('leaves empty fields out and trims the rest', () => {
    expect(compact({ name: ' Ayşe ', phone: '', question: 'Okul?' })).toEqual({
      name: 'Ayşe',
      question: 'Okul?',
    });
  });

  it('sends the scholarship answers typed as the contract wants them', () => {
    const data = scholarshipData(
      {
        name: ' Ana ',
        email: 'ana@example.be',
        phone: '',
        course: 'Nederlands niveau 3',
        monthlyIncome: '1450,50',
        householdSize: '3',
        motivation: 'Werk',
      },
      { domicileGhent: true, livingWage: false },
      '0d4c6f1e-5a7b-4c2d-9e8f-1a2b3c4d5e6f',
      'bg',
    );
    expect(data).toEqual({
      name: 'Ana',
      email: 'ana@example.be',
      language: 'bg',
      callId: '0d4c6f1e-5a7b-4c2d-9e8f-1a2b3c4d5e6f',
      course: 'Nederlands niveau 3',
      motivation: 'Werk',
      domicileGhent: true,
      livingWage: false,
      monthlyIncomeCents: 145050,
      householdSize: 3,
    });
    expect(ScholarshipApplicationFormSchema.safeParse(data).success).toBe(true);
    expect(euroToCents('')).toBeUndefined();
    expect(euroToCents('-3')).toBeUndefined();
  });

  it('sends the education question and the appointment as the contract wants them', () => {
    const question = educationQuestionBody(
      {
        name: 'Ayşe Yılmaz',
        email: 'ayse@example.be',
        phone: '',
        childBirthDate: '2015-04-02',
        registeredInBelgiumOn: '',
        question: 'Okul?',
      },
      'tr',
      true,
    );
    expect(question).toEqual({
      name: 'Ayşe Yılmaz',
      email: 'ayse@example.be',
      question: 'Okul?',
      childBirthDate: '2015-04-02',
      language: 'tr',
      interpreterNeeded: true,
    });
    expect(EducationQuestionFormSchema.safeParse(question).success).toBe(true);
    const appointment = guidanceAppointmentBody(
      { name: 'Ivan Petrov', email: '', phone: '+32 470 12 34 56', message: 'Werk zoeken' },
      ['fri', 'mon'],
      'bg',
    );
    expect(appointment).toEqual({
      name: 'Ivan Petrov',
      phone: '+32 470 12 34 56',
      message: 'Werk zoeken',
      language: 'bg',
      preferredDays: ['mon', 'fri'],
    });
    expect(GuidanceAppointmentFormSchema.safeParse(appointment).success).toBe(true);
  });

  it('keeps the portal’s copies of the contract’s limits equal to it', () => {
    expect(FILE_LIMITS.maxFiles).toBe(SCHOLARSHIP_MAX_FILES);
    expect([...FILE_TYPES].sort()).toEqual([...SCHOLARSHIP_FILE_TYPES].sort());
    expect(checkPhone('+32 9 123 45 67')).toBeUndefined();
    expect(checkPhone('call me')).toEqual({ key: 'phoneInvalid' });
    expect(weekdayName('mon', 'nl')).toBe('maandag');
    expect(weekdayName('fri', 'tr')).toBe('Cuma');
  });

  it('reads a code as typed or pasted', () => {
    expect(normaliseCode(' ond-7k3m-9pq2\nX4ZD ')).toBe('OND-7K3M-9PQ2X4ZD');
  });
});

describe('errors from the server', () => {
  it('shows our own message, in the visitor’s language, on the fields the form knows', () => {
    expect(fromServer({ email: 'Invalid email address', other: 'x' }, ['email', 'name'])).toEqual({
      email: { key: 'emailInvalid' },
    });
    expect(translateServerMessage('question', 'Invalid input: expected string, received undefined')).toEqual({
      key: 'required',
    });
    expect(translateServerMessage('question', 'Too big: expected string to have <=5000 characters')).toEqual({
      key: 'tooLong',
      values: { max: 5000 },
    });
    expect(translateServerMessage('childBirthDate', 'Invalid ISO date')).toEqual({ key: 'dateInvalid' });
    expect(translateServerMessage('phone', 'a phone number')).toEqual({ key: 'phoneInvalid' });
    expect(translateServerMessage('course', 'Something odd')).toEqual({ key: 'invalid' });
    expect(translateServerMessage('email', 'an email address or a phone number is required')).toEqual({
      key: 'gaContactMissing',
    });
    expect(translateServerMessage('name', 'Too small: expected string to have >=2 characters')).toEqual({
      key: 'tooShort',
    });
  });

  it('tells field errors, too many sends and plain failures apart', () => {
    expect(explainFailure(problem([{ path: 'email', message: 'Invalid email' }]), ['email'])).toEqual({
      problems: { email: { key: 'emailInvalid' } },
    });
    expect(explainFailure(problem([], 429), ['email'])).toEqual({ problems: {}, message: 'tooMany' });
    expect(explainFailure(problem([{ path: 'secret', message: 'x' }]), ['email'])).toEqual({
      problems: {},
      message: 'invalid',
    });
    expect(explainFailure(new ApiError(500, null, 'boom'), ['email'])).toEqual({
      problems: {},
      message: 'failed',
    });
    expect(explainFailure(new Error('x'), ['email'])).toEqual({ problems: {}, message: 'failed' });
  });
});

describe('dates and amounts in the visitor’s language', () => {
  it('shows a bare day as that day, and euros the Belgian way', () => {
    expect(formatDay('2026-12-15', 'nl')).toBe('15 december 2026');
    expect(formatDay('2026-12-15', 'tr')).toBe('15 Aralık 2026');
    expect(formatDay('not a date', 'nl')).toBe('not a date');
    expect(formatEuro(25_000, 'nl').replace(/\s/gu, ' ')).toBe('€ 250');
    expect(formatEuro(12_550, 'fr')).toContain('125,50');
  });
});
