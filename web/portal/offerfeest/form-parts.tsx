import type { ReactNode } from 'react';
import { FormAlert, ErrorSummary as SharedSummary } from '../error-summary.tsx';
import type { OfferfeestT } from './i18n.ts';
import type { OfferfeestMessageKey } from './messages/nl.ts';
import type { Problems } from './problems.ts';

/**
 * Plain form parts (no react-aria on the portal): a visible label, hint and error tied to the
 * control with aria-describedby, aria-invalid on a problem. Styles are the portal forms' (`case-*`).
 */

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  optional?: boolean;
  problem?: OfferfeestMessageKey;
  t: OfferfeestT;
  children: (aria: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
};

export function Field({ id, label, hint, optional, problem, t, children }: FieldProps) {
  const ids = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={problem ? 'case-field case-field--invalid' : 'case-field'}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="case-field__optional"> {t('optional')}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="case-field__hint">
          {hint}
        </p>
      ) : null}
      {children({ 'aria-describedby': ids || undefined, 'aria-invalid': problem ? true : undefined })}
      {problem ? (
        <p id={`${id}-error`} className="case-field__error">
          {t(problem)}
        </p>
      ) : null}
    </div>
  );
}

export type InputProps = Omit<FieldProps, 'children'> & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  ltr?: boolean;
};

export function Input(props: InputProps) {
  return (
    <Field {...props}>
      {(aria) => (
        <input
          id={props.id}
          name={props.id}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          dir={props.ltr ? 'ltr' : undefined}
          required={!props.optional}
          {...aria}
        />
      )}
    </Field>
  );
}

export function Choice(
  props: Omit<FieldProps, 'children'> & {
    value: string;
    onChange: (value: string) => void;
    options: readonly { value: string; label: string }[];
  },
) {
  return (
    <Field {...props}>
      {(aria) => (
        <select
          id={props.id}
          name={props.id}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          {...aria}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Above the form after a refused send: how many fields need a look, each a link; it takes focus. */
export function ErrorSummary(props: {
  problems: Problems;
  labels: Record<string, string>;
  attempt: number;
  t: OfferfeestT;
}) {
  const fields = Object.keys(props.problems);
  return (
    <SharedSummary
      fields={fields}
      labels={props.labels}
      attempt={props.attempt}
      summary={props.t('summary', { count: fields.length })}
    />
  );
}

export { FormAlert as Alert };

export function Submit({ sending, t }: { sending: boolean; t: OfferfeestT }) {
  return (
    <button type="submit" className="case-button" aria-disabled={sending || undefined}>
      {sending ? t('sending') : t('submit')}
    </button>
  );
}

/**
 * One text input per draft key, wired to the draft, its label and its problem: the forms list their
 * fields as `text('name', { autoComplete: 'name' })`. `field` names the key where the API's differs.
 */
export function inputsFor<D extends Record<string, string>>(form: {
  draft: D;
  set: (key: keyof D & string) => (value: string) => void;
  labels: Record<string, string>;
  problems: Problems;
  t: OfferfeestT;
}) {
  return (key: keyof D & string, extra: Partial<InputProps> & { field?: string } = {}) => {
    const { field = key, ...rest } = extra;
    return (
      <Input
        id={field}
        label={form.labels[field] ?? field}
        value={form.draft[key] ?? ''}
        onChange={form.set(key)}
        problem={form.problems[field]}
        t={form.t}
        {...rest}
      />
    );
  };
}
