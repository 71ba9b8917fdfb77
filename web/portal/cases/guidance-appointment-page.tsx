import { type FormEvent, useState } from 'react';
import type { GuidanceAppointmentForm } from '../../../contracts/public-forms.ts';
import { intlTag, type PortalLocale } from '../../i18n/locales.ts';
import { PageHeading } from '../page-heading.tsx';
import { TextInput } from './form-parts.tsx';
import { checkEmail, checkPhone, checkText, collect, compact, type FieldProblem } from './form-rules.ts';
import { type CasesT, useCasesT } from './i18n.ts';
import { portalLocaleOf } from './messages/load.ts';
import { ContactFields, PublicForm } from './public-form.tsx';
import { sendGuidanceAppointment } from './public-forms-api.ts';
import { useSend } from './use-send.ts';

const FIELDS = ['name', 'email', 'phone', 'message'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = { name: '', email: '', phone: '', message: '' };

// The contract's WEEKDAYS, repeated: the portal does not ship zod (the contract module builds schemas).
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
type Weekday = (typeof WEEKDAYS)[number];

/** Weekday names in the visitor's language, from Intl: no texts to translate. 2024-01-01 was a Monday. */
export function weekdayName(day: Weekday, locale: PortalLocale): string {
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(intlTag(locale), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** An e-mail address or a phone number is needed (either will do); a given one must be valid. */
export function checkGuidanceAppointment(values: Values) {
  const missingContact: FieldProblem | undefined =
    !values.email.trim() && !values.phone.trim() ? { key: 'gaContactMissing' } : undefined;
  return collect({
    name: checkText(values.name, 200, true, 2),
    email: missingContact ?? (values.email.trim() ? checkEmail(values.email) : undefined),
    phone: checkPhone(values.phone),
    message: checkText(values.message, 2_000, true),
  });
}

export function guidanceAppointmentBody(
  values: Values,
  days: readonly Weekday[],
  language: PortalLocale,
): GuidanceAppointmentForm {
  const { name, message, ...contact } = values;
  return {
    ...compact(contact),
    name: name.trim(),
    message: message.trim(),
    language,
    ...(days.length > 0 ? { preferredDays: WEEKDAYS.filter((d) => days.includes(d)) } : {}),
  };
}

function labels(t: CasesT['t']): Record<string, string> {
  return { name: t('name'), email: t('email'), phone: t('phone'), message: t('gaTopic') };
}

function DaysChoice(props: {
  days: Weekday[];
  onChange: (d: Weekday[]) => void;
  t: CasesT['t'];
  locale: PortalLocale;
}) {
  const toggle = (day: Weekday, on: boolean) =>
    props.onChange(on ? [...props.days, day] : props.days.filter((d) => d !== day));
  return (
    <fieldset className="case-fieldset">
      <legend>
        {props.t('gaDays')} <span className="case-field__optional">{props.t('optional')}</span>
      </legend>
      {WEEKDAYS.map((day) => (
        <div className="case-check" key={day}>
          <input
            id={`day-${day}`}
            type="checkbox"
            name="preferredDays"
            value={day}
            checked={props.days.includes(day)}
            onChange={(event) => toggle(day, event.target.checked)}
          />
          <label htmlFor={`day-${day}`}>{weekdayName(day, props.locale)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** `/guidance-appointment`: a newcomer asks for a first talk with a counsellor. */
export function GuidanceAppointmentPage() {
  const { t, locale } = useCasesT();
  const language = portalLocaleOf(locale);
  const [values, setValues] = useState<Values>(EMPTY);
  const [days, setDays] = useState<Weekday[]>([]);
  const send = useSend(FIELDS);
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send.submit(checkGuidanceAppointment(values), () =>
      sendGuidanceAppointment(guidanceAppointmentBody(values, days, language)),
    );
  };
  const p = send.problems;
  return (
    <>
      <PageHeading title={t('gaTitle')} />
      <PublicForm
        send={send}
        email={values.email}
        labels={labels(t)}
        t={t}
        onSubmit={onSubmit}
        lead={t('gaIntro')}
      >
        <ContactFields
          values={values}
          set={set}
          problems={p}
          t={t}
          emailOptional
          contactHint={t('gaContactHint')}
        />
        <TextInput
          id="message"
          multiline
          label={t('gaTopic')}
          t={t}
          problem={p.message}
          value={values.message}
          onChange={set('message')}
          required
          maxLength={2_000}
        />
        <DaysChoice days={days} onChange={setDays} t={t} locale={language} />
      </PublicForm>
    </>
  );
}
