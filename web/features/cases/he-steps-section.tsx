import type { FormEvent } from 'react';
import {
  HE_STEP_LABELS,
  HE_STEP_STATUS_LABELS,
  HE_STEP_STATUSES,
  HE_STEPS,
  type HeStep,
} from '../../../contracts/case-types.ts';
import type { CaseDetail } from '../../../contracts/cases.ts';
import { formatDate, todayInBrussels } from './case-format.ts';
import { EditorCard, useFieldsEditor } from './fields-editor.tsx';
import {
  STEP_OUTCOME_LABELS,
  type StepDraft,
  type StepsDraft,
  stepHints,
  stepsDraft,
  stepsFromDraft,
  stepsProgress,
} from './he-steps-form.ts';
import { useCasesI18n } from './i18n.ts';
import { InputField, SelectField } from './parts.tsx';

function statusText(status: string): string {
  const known = HE_STEP_STATUSES.find((s) => s === status);
  return known ? HE_STEP_STATUS_LABELS[known] : status;
}

function StepFields(props: {
  step: HeStep;
  value: StepDraft;
  onChange: (next: StepDraft) => void;
  errors: Readonly<Record<string, string>>;
  disabled: boolean;
}) {
  const { t } = useCasesI18n();
  const { step, value } = props;
  const label = HE_STEP_LABELS[step];
  const set = (key: keyof StepDraft) => (v: string) => props.onChange({ ...value, [key]: v });
  const err = (key: string) => props.errors[`${step}.${key}`] ?? props.errors[`fields.steps.${step}.${key}`];
  const outcomes = STEP_OUTCOME_LABELS[step];
  return (
    <fieldset className="cases-fieldset cases-part" data-step={step} disabled={props.disabled}>
      <legend>{label}</legend>
      <div className="cases-grid">
        <SelectField
          label={`${t('steps.status')} (${label})`}
          name={`${step}.status`}
          value={value.status}
          onChange={set('status')}
          placeholder={t('steps.notPlanned')}
          options={HE_STEP_STATUSES.map((s) => ({ value: s, label: HE_STEP_STATUS_LABELS[s] }))}
          error={err('status')}
        />
        {value.status ? (
          <>
            <InputField
              label={`${t('steps.plannedOn')} (${label})`}
              name={`${step}.plannedOn`}
              type="date"
              value={value.plannedOn}
              onChange={set('plannedOn')}
              error={err('plannedOn')}
            />
            <InputField
              label={`${t('steps.doneOn')} (${label})`}
              name={`${step}.doneOn`}
              type="date"
              value={value.doneOn}
              onChange={set('doneOn')}
              error={err('doneOn')}
            />
            <SelectField
              label={`${t('steps.outcome')} (${label})`}
              name={`${step}.outcome`}
              value={value.outcome}
              onChange={set('outcome')}
              placeholder={t('none')}
              options={[
                { value: 'positive', label: outcomes.positive },
                { value: 'negative', label: outcomes.negative },
              ]}
              error={err('outcome')}
            />
          </>
        ) : null}
      </div>
    </fieldset>
  );
}

/** The plan as a timeline: each planned step in order with its status, dates and outcome. */
function Timeline({ draft, today }: { draft: StepsDraft; today: string }) {
  const { t } = useCasesI18n();
  const progress = stepsProgress(draft, today);
  if (progress.planned === 0) return <p>{t('steps.none')}</p>;
  return (
    <>
      <p className="cases-summary">
        {t('steps.progress', { finished: progress.finished, planned: progress.planned })}
        {progress.next ? ` · ${t('steps.next', { step: HE_STEP_LABELS[progress.next] })}` : ''}
      </p>
      <ol className="cases-steps">
        {HE_STEPS.filter((step) => draft[step].status !== '').map((step) => {
          const d = draft[step];
          const outcome =
            d.outcome === 'positive' || d.outcome === 'negative' ? STEP_OUTCOME_LABELS[step][d.outcome] : '';
          const dates = [
            d.plannedOn ? t('steps.plannedFor', { date: formatDate(d.plannedOn) }) : '',
            d.doneOn ? t('steps.doneAt', { date: formatDate(d.doneOn) }) : '',
          ].filter(Boolean);
          return (
            <li key={step} data-step={step} data-status={d.status} className="cases-step">
              <strong>{HE_STEP_LABELS[step]}</strong>:{' '}
              <span className="badge" data-status={d.status}>
                {statusText(d.status)}
              </span>
              {dates.length > 0 ? ` ${dates.join(', ')}` : ''}
              {outcome ? ` · ${outcome}` : ''}{' '}
              {progress.overdue.includes(step) ? (
                <span className="badge badge--failed">{t('steps.overdue')}</span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** "Stappen naar het hoger onderwijs": the steps of `fields.steps` as a timeline, and their editor. */
export function HeStepsSection({ detail, editable }: { detail: CaseDetail; editable: boolean }) {
  const { t } = useCasesI18n();
  const editor = useFieldsEditor(detail, (fields) => stepsDraft(fields.steps), t('steps.saved'));
  const today = todayInBrussels();
  const hints = stepHints(detail.fields, editor.stored);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    editor.submit(stepsFromDraft(editor.draft, t('error.validation'), today));
  };
  return (
    <EditorCard
      name="steps"
      editable={editable}
      editor={editor}
      onSubmit={submit}
      form={HE_STEPS.map((step) => (
        <StepFields
          key={step}
          step={step}
          value={editor.draft[step]}
          onChange={(next) => editor.setDraft((d) => ({ ...d, [step]: next }))}
          errors={editor.errors}
          disabled={editor.pending}
        />
      ))}
    >
      <Timeline draft={editor.stored} today={today} />
      {hints.length > 0 ? (
        <div className="notice" role="note">
          <p>
            <strong>{t('steps.hints')}</strong>
          </p>
          <ul>
            {hints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </EditorCard>
  );
}
