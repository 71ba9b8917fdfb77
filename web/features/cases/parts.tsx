import { type ReactNode, useId } from 'react';
import {
  describedBy,
  NativeInputField,
  type NativeInputType,
  type NativeOption,
  NativeSelectField,
} from '../../components/ui/native-fields.tsx';
import { casesTranslator } from './i18n.ts';

/**
 * The shared native controls (web/components/ui/native-fields.tsx) with the case pages' "required"
 * text: each control is findable by its label (the browser check fills them by label).
 */
type FieldProps = { label: string; required?: boolean; error?: string; help?: string };

const requiredText = (required: boolean | undefined) =>
  required ? casesTranslator.t('required') : undefined;

export type InputType = NativeInputType;

export function InputField(
  props: Omit<Parameters<typeof NativeInputField>[0], 'required'> & { required?: boolean },
) {
  return <NativeInputField {...props} required={requiredText(props.required)} />;
}

export type Option = NativeOption;

export function SelectField(
  props: Omit<Parameters<typeof NativeSelectField>[0], 'required'> & { required?: boolean },
) {
  return <NativeSelectField {...props} required={requiredText(props.required)} />;
}

export function CheckboxField(
  props: FieldProps & { name: string; checked: boolean; onChange: (checked: boolean) => void },
) {
  const id = useId();
  return (
    <div className="cases-check">
      <input
        id={id}
        name={props.name}
        type="checkbox"
        checked={props.checked}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, { ...props, required: undefined })}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.error ? (
        <span className="field__error" id={`${id}-error`}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/** A description list of label → value rows. */
export function Facts({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="meta-list cases-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="cases-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
