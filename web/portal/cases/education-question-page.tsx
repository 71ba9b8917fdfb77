import { type FormEvent, useState } from 'react';
import type { PortalLocale } from '../../i18n/locales.ts';
import { PageHeading } from '../page-heading.tsx';
import { Checkbox, TextInput } from './form-parts.tsx';
import {
  checkEmail,
  checkPastDate,
  checkPhone,
  checkText,
  collect,
  compact,
  todayIso,
} from './form-rules.ts';
import { type CasesT, useCasesT } from './i18n.ts';
import { portalLocaleOf } from './messages/load.ts';
import { ContactFields, PublicForm } from './public-form.tsx';
import { sendEducationQuestion } from './public-forms-api.ts';
import { useSend } from './use-send.ts';

const FIELDS = ['name', 'email', 'phone', 'childBirthDate', 'registeredInBelgiumOn', 'question'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = {
  name: '',
  email: '',
  phone: '',
  childBirthDate: '',
  registeredInBelgiumOn: '',
  question: '',
};

export function checkEducationQuestion(values: Values, today: string) {
  return collect({
    name: checkText(values.name, 200, true, 2),
    email: checkEmail(values.email),
    phone: checkPhone(values.phone),
    childBirthDate: checkPastDate(values.childBirthDate, today),
    registeredInBelgiumOn: checkPastDate(values.registeredInBelgiumOn, today),
    question: checkText(values.question, 5_000, true),
  });
}

/** The body of `POST /api/public/forms/education-question`; empty optional fields are left out. */
export function educationQuestionBody(values: Values, language: PortalLocale, interpreterNeeded: boolean) {
  const { name, email, question, ...optional } = values;
  return {
    ...compact(optional),
    name: name.trim(),
    email: email.trim(),
    question: question.trim(),
    language,
    ...(interpreterNeeded ? { interpreterNeeded } : {}),
  };
}

function labels(t: CasesT['t']): Record<string, string> {
  return {
    name: t('name'),
    email: t('email'),
    phone: t('phone'),
    childBirthDate: t('eqBirthDate'),
    registeredInBelgiumOn: t('eqRegistered'),
    question: t('eqQuestion'),
  };
}

/** `/education-question`: a parent or pupil asks the education info point; answered with a code. */
export function EducationQuestionPage() {
  const { t, locale } = useCasesT();
  const [values, setValues] = useState<Values>(EMPTY);
  const [interpreter, setInterpreter] = useState(false);
  const send = useSend(FIELDS);
  const today = todayIso();
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send.submit(checkEducationQuestion(values, today), () =>
      sendEducationQuestion(educationQuestionBody(values, portalLocaleOf(locale), interpreter)),
    );
  };
  const p = send.problems;
  return (
    <>
      <PageHeading title={t('eqTitle')} />
      <PublicForm
        send={send}
        email={values.email}
        labels={labels(t)}
        t={t}
        onSubmit={onSubmit}
        lead={t('eqIntro')}
      >
        <ContactFields values={values} set={set} problems={p} t={t} />
        <fieldset className="case-fieldset">
          <legend>
            {t('eqChild')} <span className="case-field__optional">{t('optional')}</span>
          </legend>
          <p className="case-field__hint">{t('eqChildHint')}</p>
          <TextInput
            id="childBirthDate"
            type="date"
            label={t('eqBirthDate')}
            t={t}
            problem={p.childBirthDate}
            value={values.childBirthDate}
            onChange={set('childBirthDate')}
            max={today}
          />
          <TextInput
            id="registeredInBelgiumOn"
            type="date"
            label={t('eqRegistered')}
            hint={t('eqRegisteredHint')}
            t={t}
            problem={p.registeredInBelgiumOn}
            value={values.registeredInBelgiumOn}
            onChange={set('registeredInBelgiumOn')}
            max={today}
          />
        </fieldset>
        <TextInput
          id="question"
          multiline
          label={t('eqQuestion')}
          t={t}
          problem={p.question}
          value={values.question}
          onChange={set('question')}
          required
          maxLength={5_000}
        />
        <Checkbox
          id="interpreterNeeded"
          label={t('interpreter')}
          checked={interpreter}
          onChange={setInterpreter}
        />
      </PublicForm>
    </>
  );
}
