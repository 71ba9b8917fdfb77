import type { FormEvent } from 'react';
import {
  PART_STATUS_LABELS,
  PART_STATUSES,
  TRAJECTORY_PART_LABELS,
  TRAJECTORY_PARTS,
  type TrajectoryPart,
} from '../../../contracts/case-types.ts';
import type { CaseDetail } from '../../../contracts/cases.ts';
import { formatDate } from './case-format.ts';
import { EditorCard, useFieldsEditor } from './fields-editor.tsx';
import { useCasesI18n } from './i18n.ts';
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
  const editor = useFieldsEditor(
    detail,
    (fields) => trajectoryDraft(fields.trajectory),
    t('trajectory.saved'),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = trajectoryFromDraft(editor.draft, t('error.validation'));
    editor.submit(result.ok ? { ok: true, fields: { trajectory: result.trajectory } } : result);
  };
  return (
    <EditorCard
      name="trajectory"
      editable={editable}
      editor={editor}
      onSubmit={submit}
      form={TRAJECTORY_PARTS.map((part) => (
        <PartFields
          key={part}
          part={part}
          value={editor.draft[part]}
          onChange={(next) => editor.setDraft((d) => ({ ...d, [part]: next }))}
          errors={editor.errors}
          disabled={editor.pending}
        />
      ))}
    >
      <Summary draft={editor.stored} />
    </EditorCard>
  );
}
