import { type ReactNode, useId } from 'react';

/**
 * Native controls with a visible label, a described error and help text: light, keyboard-usable,
 * each findable by its label, and what a file input needs. `required` is the text shown after the
 * label ("verplicht"), so each feature passes it in its own language.
 */
export type NativeFieldProps = { label: string; required?: string; error?: string; help?: string };

export function describedBy(id: string, props: NativeFieldProps): string | undefined {
  const ids = [props.help ? `${id}-help` : '', props.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldShell({
  id,
  label,
  required,
  error,
  help,
  children,
}: NativeFieldProps & { id: string; children: ReactNode }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {required ? <span className="field__required"> {required}</span> : null}
      </label>
      {children}
      {help ? (
        <span className="field__description" id={`${id}-help`}>
          {help}
        </span>
      ) : null}
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

export type NativeInputType = 'text' | 'date' | 'time' | 'number' | 'email' | 'tel' | 'search';

export function NativeInputField(
  props: NativeFieldProps & {
    name: string;
    value: string;
    onChange: (value: string) => void;
    type?: NativeInputType;
    multiline?: boolean;
    step?: string;
    lang?: string;
    dir?: 'ltr' | 'rtl';
  },
) {
  const id = useId();
  const common = {
    id,
    name: props.name,
    className: 'field__input',
    value: props.value,
    required: Boolean(props.required),
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props),
    lang: props.lang,
    dir: props.dir,
  };
  return (
    <FieldShell id={id} {...props}>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          step={props.step}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

export type NativeOption = { value: string; label: string };

export function NativeSelectField(
  props: NativeFieldProps & {
    name: string;
    value: string;
    onChange: (value: string) => void;
    options: readonly NativeOption[];
    placeholder?: string;
  },
) {
  const id = useId();
  return (
    <FieldShell id={id} {...props}>
      <select
        id={id}
        name={props.name}
        className="field__input"
        value={props.value}
        required={Boolean(props.required)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
