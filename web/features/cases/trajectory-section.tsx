import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  PART_STATUS_LABELS,
  PART_STATUSES,
  TRAJECTORY_PART_LABELS,
  TRAJECTORY_PARTS,
  type TrajectoryPart,
} from '../../../contracts/case-types.ts';
import type { CaseDetail } from '../../../contracts/cases.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { casesKeys, updateCase } from './api.ts';
import { formatDate } from './case-format.ts';
import { describeError, useCasesI18n } from './i18n.ts';
import { CheckboxField, InputField, SelectField } from './parts.tsx';
import {
  type PartDraft,
  type TrajectoryDraft,
  trajectoryDraft,
  trajectoryFromDraft,
} from './trajectory-form.ts';

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

function PartFields(props: {
  part: TrajectoryPart;
  value: PartDraft;
  onChange: (next: PartDraft) => void;
  errors: Readonly<Record<string, string>>;
  disabled: boolean;
}) {
  const { t } = useCasesI18n();
  const { part, value } = props;
  const label = TRAJECTORY_PART_LABELS[part];
  const set = (key: keyof PartDraft) => (v: string) => props.onChange({ ...value, [key]: v });
  const err = (key: string) => props.errors[`${part}.${key}`];
  return (
    <fieldset className="cases-fieldset cases-part" data-part={part} disabled={props.disabled}>
      <legend>{label}</legend>
      <CheckboxField
        label={`${t('trajectory.planned')}: ${label}`}
        name={`${part}.included`}
        checked={value.included}
        onChange={(included) => props.onChange({ ...value, included })}
      />
      {value.included ? (
        <div className="cases-grid">
          <SelectField
            label={`${t('trajectory.status')} (${label})`}
            name={`${part}.status`}
            value={value.status}
            onChange={set('status')}
            options={PART_STATUSES.map((s) => ({ value: s, label: PART_STATUS_LABELS[s] }))}
            error={err('status')}
          />
          <InputField
            label={`${t('trajectory.provider')} (${label})`}
            name={`${part}.provider`}
            value={value.provider}
            onChange={set('provider')}
            error={err('provider')}
          />
          <InputField
            label={`${t('trajectory.startsOn')} (${label})`}
            name={`${part}.startsOn`}
            type="date"
            value={value.startsOn}
            onChange={set('startsOn')}
            error={err('startsOn')}
          />
          <InputField
            label={`${t('trajectory.endsOn')} (${label})`}
            name={`${part}.endsOn`}
            type="date"
            value={value.endsOn}
            onChange={set('endsOn')}
            error={err('endsOn')}
          />
          {part === 'dutch' ? (
            <SelectField
              label={`${t('trajectory.level')} (${label})`}
              name={`${part}.level`}
              value={value.level}
              onChange={set('level')}
              placeholder={t('none')}
              options={LEVELS.map((l) => ({ value: l, label: l }))}
              error={err('level')}
            />
          ) : null}
          {part === 'participation' ? (
            <InputField
              label={`${t('trajectory.hours')} (${label})`}
              name={`${part}.hours`}
              type="number"
              step="1"
              value={value.hours}
              onChange={set('hours')}
              error={err('hours')}
            />
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}

function Summary({ draft }: { draft: TrajectoryDraft }) {
  const { t } = useCasesI18n();
  return (
    <ul className="cases-parts">
      {TRAJECTORY_PARTS.filter((p) => draft[p].included).map((p) => {
        const d = draft[p];
        const status = PART_STATUSES.find((s) => s === d.status);
        const dates = [d.startsOn, d.endsOn].filter(Boolean).map(formatDate).join(' – ');
        return (
          <li key={p} data-part={p}>
            <strong>{TRAJECTORY_PART_LABELS[p]}</strong>: {status ? PART_STATUS_LABELS[status] : d.status}
            {d.provider ? `, ${d.provider}` : ''}
            {dates ? ` (${dates})` : ''}
            {d.level ? `, ${d.level}` : ''}
            {d.hours ? `, ${d.hours} u` : ''}
          </li>
        );
      })}
      {TRAJECTORY_PARTS.every((p) => !draft[p].included) ? <li>{t('none')}</li> : null}
    </ul>
  );
}

/** "Traject plannen": the four parts of the guidance trajectory, kept in `fields.trajectory`. */
export function TrajectorySection({ detail, editable }: { detail: CaseDetail; editable: boolean }) {
  const { t } = useCasesI18n();
  const client = useQueryClient();
  const stored = trajectoryDraft(detail.fields.trajectory);
  const [draft, setDraft] = useState<TrajectoryDraft>(stored);
  const [version, setVersion] = useState(detail.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  // The case changed elsewhere (a transition, another form): show what is stored now.
  if (version !== detail.version) {
    setVersion(detail.version);
    setDraft(stored);
  }
  const save = useMutation({
    mutationFn: (trajectory: Record<string, unknown>) =>
      updateCase(detail.id, { fields: { trajectory }, version: detail.version }),
    onSuccess: async (next) => {
      client.setQueryData(casesKeys.detail(detail.id), next);
      setOpen(false);
      toast({ tone: 'success', title: t('trajectory.saved') });
      await client.invalidateQueries({ queryKey: casesKeys.all });
    },
    onError: (error) => setMessage(describeError(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const result = trajectoryFromDraft(draft, t('error.validation'));
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(t('error.validation'));
      return;
    }
    setErrors({});
    save.mutate(result.trajectory);
  };
  return (
    <section className="cases-card" aria-labelledby="cases-trajectory">
      <h2 id="cases-trajectory">{t('trajectory.title')}</h2>
      <p>{t('trajectory.intro')}</p>
      <Summary draft={stored} />
      {editable && !open ? <Button onPress={() => setOpen(true)}>{t('trajectory.edit')}</Button> : null}
      {editable && open ? (
        <form className="form" onSubmit={submit} noValidate aria-labelledby="cases-trajectory">
          {TRAJECTORY_PARTS.map((part) => (
            <PartFields
              key={part}
              part={part}
              value={draft[part]}
              onChange={(next) => setDraft((d) => ({ ...d, [part]: next }))}
              errors={errors}
              disabled={save.isPending}
            />
          ))}
          <FormError message={message} />
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={save.isPending}>
              {save.isPending ? t('saving') : t('trajectory.save')}
            </Button>
            <Button
              onPress={() => {
                setOpen(false);
                setDraft(stored);
                setErrors({});
              }}
            >
              {t('cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
