import { useId } from 'react';
import type { Snippet } from '../../../contracts/library.ts';
import {
  describedBy,
  FieldShell,
  type NativeFieldProps,
  NativeInputField,
  NativeSelectField,
} from '../../components/ui/native-fields.tsx';
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

type FieldProps = NativeFieldProps;

/** The library's inputs take the text's language, and its direction with it (Arabic, Persian). */
export function InputField(
  props: Parameters<typeof NativeInputField>[0] & { type?: 'text' | 'date' | 'search' },
) {
  return <NativeInputField {...props} dir={props.lang ? dirOf(props.lang) : undefined} />;
}

export const SelectField = NativeSelectField;

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
        aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.target.files?.[0] ?? null)}
      />
    </FieldShell>
  );
}
