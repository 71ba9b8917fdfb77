import { type FormEvent, useState } from 'react';
import type { ScholarshipApplicationForm } from '../../../contracts/public-forms.ts';
import type { PortalLocale } from '../../i18n/locales.ts';
import { Checkbox, TextInput } from './form-parts.tsx';
import {
  checkEmail,
  checkFiles,
  checkPhone,
  checkText,
  checkWholeNumber,
  collect,
  euroToCents,
  wholeNumber,
} from './form-rules.ts';
import type { CasesT } from './i18n.ts';
import { ContactFields, PublicForm } from './public-form.tsx';
import { type OpenCall, type PartFile, sendScholarshipApplication } from './public-forms-api.ts';
import { Documents, type Files, type Goal, GoalChoice } from './scholarship-parts.tsx';
import { useSend } from './use-send.ts';

const FIELDS = [
  'name',
  'email',
  'phone',
  'course',
  'monthlyIncome',
  'householdSize',
  'motivation',
  'files',
] as const;
type Values = Record<Exclude<(typeof FIELDS)[number], 'files'>, string>;
const EMPTY: Values = {
  name: '',
  email: '',
  phone: '',
  course: '',
  monthlyIncome: '',
  householdSize: '',
  motivation: '',
};

export type Situation = { domicileGhent: boolean; livingWage: boolean; goal?: Goal };

export function checkScholarship(values: Values, files: readonly PartFile[]) {
  return collect({
    name: checkText(values.name, 200, true, 2),
    email: checkEmail(values.email),
    phone: checkPhone(values.phone),
    course: checkText(values.course, 100, true),
    monthlyIncome:
      euroToCents(values.monthlyIncome) === undefined && values.monthlyIncome.trim()
        ? { key: 'scNumber' }
        : undefined,
    householdSize: checkWholeNumber(values.householdSize, 1, 30),
    motivation: checkText(values.motivation, 5_000, true),
    files: checkFiles(files.map((f) => f.file)),
  });
}

/** The `data` part of the multipart request: the answers as the contract types them. */
export function scholarshipData(
  values: Values,
  situation: Situation,
  callId: string,
  language: PortalLocale,
): ScholarshipApplicationForm {
  const phone = values.phone.trim();
  const income = euroToCents(values.monthlyIncome);
  const household = wholeNumber(values.householdSize);
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    language,
    callId,
    course: values.course.trim(),
    motivation: values.motivation.trim(),
    domicileGhent: situation.domicileGhent,
    livingWage: situation.livingWage,
    ...(phone ? { phone } : {}),
    ...(situation.goal ? { goal: situation.goal } : {}),
    ...(income !== undefined ? { monthlyIncomeCents: income } : {}),
    ...(household !== undefined ? { householdSize: household } : {}),
  };
}

function partFiles(files: Files): PartFile[] {
  return [
    ...files.statusDocument.map((file) => ({ part: 'statusDocument' as const, file })),
    ...files.incomeProof.map((file) => ({ part: 'incomeProof' as const, file })),
  ];
}

function labels(t: CasesT['t']): Record<string, string> {
  return {
    name: t('name'),
    email: t('email'),
    phone: t('phone'),
    course: t('scCourse'),
    monthlyIncome: t('scIncome'),
    householdSize: t('scHousehold'),
    motivation: t('scMotivation'),
    files: t('scFiles'),
  };
}

/** The application for one open call, with its documents sent as multipart. */
export function ScholarshipForm({
  call,
  t,
  locale,
}: {
  call: OpenCall;
  t: CasesT['t'];
  locale: PortalLocale;
}) {
  const [values, setValues] = useState<Values>(EMPTY);
  const [situation, setSituation] = useState<Situation>({ domicileGhent: false, livingWage: false });
  const [files, setFiles] = useState<Files>({ statusDocument: [], incomeProof: [] });
  const send = useSend(FIELDS);
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parts = partFiles(files);
    void send.submit(checkScholarship(values, parts), () =>
      sendScholarshipApplication(scholarshipData(values, situation, call.id, locale), parts),
    );
  };
  const p = send.problems;
  const optional = t('optional');
  return (
    <PublicForm send={send} email={values.email} labels={labels(t)} t={t} onSubmit={onSubmit}>
      <ContactFields values={values} set={set} problems={p} t={t} />
      <TextInput
        id="course"
        label={t('scCourse')}
        hint={t('scCourseHint')}
        t={t}
        problem={p.course}
        value={values.course}
        onChange={set('course')}
        required
        maxLength={100}
      />
      <fieldset className="case-fieldset">
        <legend>{t('scSituation')}</legend>
        <Checkbox
          id="domicileGhent"
          label={t('scDomicile')}
          checked={situation.domicileGhent}
          onChange={(v) => setSituation((s) => ({ ...s, domicileGhent: v }))}
        />
        <Checkbox
          id="livingWage"
          label={t('scLivingWage')}
          checked={situation.livingWage}
          onChange={(v) => setSituation((s) => ({ ...s, livingWage: v }))}
        />
        <TextInput
          id="monthlyIncome"
          inputMode="numeric"
          label={t('scIncome')}
          optional={optional}
          t={t}
          problem={p.monthlyIncome}
          value={values.monthlyIncome}
          onChange={set('monthlyIncome')}
        />
        <TextInput
          id="householdSize"
          inputMode="numeric"
          label={t('scHousehold')}
          optional={optional}
          t={t}
          problem={p.householdSize}
          value={values.householdSize}
          onChange={set('householdSize')}
        />
      </fieldset>
      <GoalChoice value={situation.goal} onChange={(goal) => setSituation((s) => ({ ...s, goal }))} t={t} />
      <TextInput
        id="motivation"
        multiline
        label={t('scMotivation')}
        t={t}
        problem={p.motivation}
        value={values.motivation}
        onChange={set('motivation')}
        required
        maxLength={5_000}
      />
      <Documents files={files} onChange={setFiles} problem={p.files} t={t} />
    </PublicForm>
  );
}
