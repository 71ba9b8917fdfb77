import { fieldLabel, optionLabel } from './field-labels.ts';
import type { FieldSpec } from './field-specs.ts';
import { useCasesI18n } from './i18n.ts';
import { InputField, SelectField } from './parts.tsx';

export type Draft = Readonly<Record<string, string>>;

/** A server error for a field: named by its own path, or under `fields.` when sent nested. */
export function fieldError(errors: Readonly<Record<string, string>>, path: string): string | undefined {
  return errors[path] ?? errors[`fields.${path}`];
}

function EnumListControl(props: {
  spec: FieldSpec & { kind: 'enumList' };
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const chosen = new Set(props.value.split(',').filter(Boolean));
  const toggle = (option: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(option);
    else next.delete(option);
    props.onChange(props.spec.options.filter((o) => next.has(o)).join(','));
  };
  return (
    <fieldset className="field cases-options">
      <legend className="field__label">{fieldLabel(props.spec.path)}</legend>
      {props.spec.options.map((option) => (
        <label key={option} className="cases-option">
          <input
            type="checkbox"
            name={props.spec.path}
            value={option}
            checked={chosen.has(option)}
            onChange={(e) => toggle(option, e.target.checked)}
          />{' '}
          {optionLabel(option)}
        </label>
      ))}
      {props.error ? <span className="field__error">{props.error}</span> : null}
    </fieldset>
  );
}

/** One control for one field of a case type, chosen by the kind the schema gives it. */
export function FieldControl(props: {
  spec: FieldSpec;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const { t } = useCasesI18n();
  const { spec } = props;
  const common = {
    label: fieldLabel(spec.path),
    name: spec.path,
    value: props.value,
    onChange: props.onChange,
    error: props.error,
  };
  switch (spec.kind) {
    case 'enum':
      return (
        <SelectField
          {...common}
          placeholder={t('none')}
          options={spec.options.map((o) => ({ value: o, label: optionLabel(o) }))}
        />
      );
    case 'boolean':
      return (
        <SelectField
          {...common}
          placeholder={t('unknown')}
          options={[
            { value: 'true', label: t('yes') },
            { value: 'false', label: t('no') },
          ]}
        />
      );
    case 'enumList':
      return (
        <EnumListControl spec={spec} value={props.value} onChange={props.onChange} error={props.error} />
      );
    case 'date':
      return <InputField {...common} type="date" />;
    case 'number':
      return <InputField {...common} type="number" step={spec.integer ? '1' : 'any'} />;
    case 'list':
      return <InputField {...common} multiline />;
    default:
      return <InputField {...common} multiline={spec.multiline} />;
  }
}

/** Every field of a type, in the schema's order. */
export function FieldsControls(props: {
  specs: readonly FieldSpec[];
  draft: Draft;
  onChange: (path: string, value: string) => void;
  errors: Readonly<Record<string, string>>;
}) {
  return (
    <div className="cases-grid">
      {props.specs.map((spec) => (
        <FieldControl
          key={spec.path}
          spec={spec}
          value={props.draft[spec.path] ?? ''}
          onChange={(value) => props.onChange(spec.path, value)}
          error={fieldError(props.errors, spec.path)}
        />
      ))}
    </div>
  );
}
