import type { ChangeEvent, ReactNode } from 'react';
import { FormAlert, ErrorSummary as SharedSummary } from '../error-summary.tsx';
import { PortalLink } from '../portal-router.tsx';
import type { FieldProblem, Problems } from './form-rules.ts';
import type { CasesT } from './i18n.ts';

/**
 * Plain, accessible form parts for the portal (no react-aria: it would weigh more than the forms).
 * Every input has a visible label; hint and error are tied to it with aria-describedby, and an
 * error sets aria-invalid, so a screen reader reads the problem with the field.
 */

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  optional?: string;
  problem?: FieldProblem;
  t: CasesT['t'];
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

export function Field({ id, label, hint, optional, problem, t, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={problem ? 'case-field case-field--invalid' : 'case-field'}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="case-field__optional"> {optional}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="case-field__hint">
          {hint}
        </p>
      ) : null}
      {children(describedBy || undefined, Boolean(problem))}
      {problem ? (
        <p id={`${id}-error`} className="case-field__error">
          {t(problem.key, problem.values)}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = Omit<FieldProps, 'children'> & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'number';
  autoComplete?: string;
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  max?: string;
  inputMode?: 'numeric' | 'text';
};

export function TextInput(props: InputProps) {
  const {
    id,
    value,
    onChange,
    type = 'text',
    autoComplete,
    multiline,
    required,
    maxLength,
    max,
    inputMode,
  } = props;
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value);
  return (
    <Field {...props}>
      {(describedBy, invalid) =>
        multiline ? (
          <textarea
            id={id}
            name={id}
            value={value}
            onChange={change}
            rows={6}
            required={required}
            maxLength={maxLength}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        ) : (
          <input
            id={id}
            name={id}
            type={type}
            value={value}
            onChange={change}
            autoComplete={autoComplete}
            required={required}
            maxLength={maxLength}
            max={max}
            inputMode={inputMode}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )
      }
    </Field>
  );
}

export function Checkbox(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="case-check">
      <input
        id={props.id}
        name={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}

/** Shown above the form after a refused send: says how many fields need a look and links to each. */
export function ErrorSummary(props: { problems: Problems; labels: Record<string, string>; t: CasesT['t'] }) {
  const fields = Object.keys(props.problems);
  return (
    <SharedSummary
      fields={fields}
      labels={props.labels}
      summary={props.t('summary', { count: fields.length })}
    />
  );
}

export { FormAlert };

export function PrivacyNote({ t }: { t: CasesT['t'] }) {
  return (
    <p className="case-form__privacy">
      {t('privacy')} <PortalLink href="/privacy">{t('privacyLink')}</PortalLink>
    </p>
  );
}

export function SubmitButton({ sending, t }: { sending: boolean; t: CasesT['t'] }) {
  return (
    <button type="submit" className="case-button" aria-disabled={sending || undefined}>
      {sending ? t('sending') : t('submit')}
    </button>
  );
}
