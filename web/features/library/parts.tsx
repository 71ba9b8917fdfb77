import { type ReactNode, useId } from 'react';
import type { Snippet } from '../../../contracts/library.ts';
import { dirOf, languageName, snippetParts, sortLanguages } from './library-format.ts';

/** A highlighted snippet: hits in `<mark>`, everything as text (never as HTML). */
export function SnippetText({ snippet, lang }: { snippet: Snippet; lang: string }) {
  const parts = snippetParts(snippet);
  if (parts.length === 0) return null;
  return (
    <p className="lib-snippet" lang={lang} dir={dirOf(lang)}>
      {parts.map((part, i) =>
        // The parts of one snippet never move: their order is their identity.
        part.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

/** "beschikbaar in 3 talen: Nederlands, Arabisch, Turks", each name marked with its code. */
export function LanguageList({ label, codes, locale }: { label: string; codes: string[]; locale: string }) {
  const sorted = sortLanguages(codes, locale);
  return (
    <p className="lib-languages">
      <span>{label}: </span>
      {sorted.map((code, i) => (
        <span key={code}>
          <abbr title={languageName(code, locale)}>{code}</abbr>
          {i < sorted.length - 1 ? ', ' : null}
        </span>
      ))}
    </p>
  );
}

type FieldProps = { label: string; required?: string; error?: string; help?: string };

function FieldShell({
  id,
  label,
  required,
  error,
  help,
  children,
}: FieldProps & { id: string; children: ReactNode }) {
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

function described(id: string, props: FieldProps): string | undefined {
  const ids = [props.help ? `${id}-help` : '', props.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Native controls with a visible label: light, keyboard-usable, and what a file input needs. */
export function InputField(
  props: FieldProps & {
    name: string;
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'date' | 'search';
    multiline?: boolean;
    lang?: string;
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
    'aria-describedby': described(id, props),
    lang: props.lang,
    dir: props.lang ? dirOf(props.lang) : undefined,
  };
  return (
    <FieldShell id={id} {...props}>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

export function SelectField(
  props: FieldProps & {
    name: string;
    value: string;
    onChange: (value: string) => void;
    options: readonly { value: string; label: string }[];
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
        aria-describedby={described(id, props)}
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

export function FileField(
  props: FieldProps & { name: string; onChange: (file: File | null) => void; inputKey?: number },
) {
  const id = useId();
  return (
    <FieldShell id={id} {...props}>
      <input
        key={props.inputKey}
        id={id}
        name={props.name}
        type="file"
        className="field__input"
        accept=".docx,.odt,.pdf,.txt,application/pdf,text/plain"
        required={Boolean(props.required)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described(id, props)}
        onChange={(e) => props.onChange(e.target.files?.[0] ?? null)}
      />
    </FieldShell>
  );
}
