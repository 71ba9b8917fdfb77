import { type FormEvent, useState } from 'react';
import type { CreatePlainLanguageTerm } from '../../../contracts/plain-language.ts';
import { Button } from '../../components/ui/button.tsx';
import { SingleCheckbox } from '../../components/ui/checkbox-group.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { usePlainLanguageI18n } from './i18n.ts';

export type TermValues = { term: string; alternative: string; note: string; active: boolean };
export const EMPTY_TERM: TermValues = { term: '', alternative: '', note: '', active: true };

/** The body the API takes: an empty note is no note. */
export function termBody(values: TermValues): CreatePlainLanguageTerm {
  return {
    term: values.term.trim(),
    alternative: values.alternative.trim(),
    note: values.note.trim() || null,
    active: values.active,
  };
}

/** Field messages for a refused save: the duplicate (409) belongs next to the word itself. */
export function saveErrors(error: unknown, t: ReturnType<typeof usePlainLanguageI18n>['t']) {
  if (error instanceof ApiError && error.status === 409)
    return { fields: { term: t('terms.duplicate') }, form: null };
  if (error instanceof ApiError && error.hasFieldErrors) return { fields: error.fieldErrors, form: null };
  return { fields: {}, form: t('terms.failed') };
}

/** Word, alternative, note (and, when editing, active): used to add a word and in the edit dialog. */
export function TermForm(props: {
  id: string;
  initial: TermValues;
  withActive?: boolean;
  submitLabel: string;
  onSave: (values: TermValues) => Promise<void>;
}) {
  const tr = usePlainLanguageI18n();
  const { t } = tr;
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<{ fields: Readonly<Record<string, string>>; form: string | null }>({
    fields: {},
    form: null,
  });
  const [busy, setBusy] = useState(false);
  const set = (key: keyof TermValues) => (value: string | boolean) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await props.onSave(values);
      setErrors({ fields: {}, form: null });
      if (!props.withActive) setValues(EMPTY_TERM);
    } catch (error) {
      setErrors(saveErrors(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id={props.id} className="pl-term-form" onSubmit={submit} noValidate>
      <TextField
        label={t('terms.term')}
        value={values.term}
        onChange={set('term')}
        isRequired
        error={errors.fields.term}
      />
      <TextField
        label={t('terms.alternative')}
        value={values.alternative}
        onChange={set('alternative')}
        isRequired
        error={errors.fields.alternative}
      />
      <TextField
        label={t('terms.note')}
        value={values.note}
        onChange={set('note')}
        error={errors.fields.note}
      />
      {props.withActive ? (
        <SingleCheckbox value={values.active} onChange={set('active')}>
          {t('terms.activeLabel')}
        </SingleCheckbox>
      ) : null}
      <FormError message={errors.form} />
      <Button
        type="submit"
        variant="primary"
        isDisabled={busy || !values.term.trim() || !values.alternative.trim()}
      >
        {props.submitLabel}
      </Button>
    </form>
  );
}
