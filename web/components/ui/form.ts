import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import type { UiKey } from '../../i18n/catalogs/ui/nl.ts';
import type { MessageValues } from '../../i18n/translator.ts';
import { ApiError } from '../../lib/api-client.ts';
import { useUiI18n } from './use-ui-i18n.ts';

export type FieldErrors = Record<string, string>;
type T = (key: UiKey, values?: MessageValues) => string;
type Maybe = (key: string, values?: MessageValues) => string | undefined;

/** A zod issue in the reader's language. Zod's own messages are English and meant for developers. */
export function issueMessage(issue: $ZodIssue, input: unknown, t: T): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') {
        return t('ui.validation.chooseAtLeast', { minimum: Number(issue.minimum) });
      }
      if (issue.origin === 'string') {
        return input === '' || Number(issue.minimum) === 1
          ? t('ui.validation.required')
          : t('ui.validation.tooShort', { minimum: Number(issue.minimum) });
      }
      return t('ui.validation.invalid');
    case 'too_big':
      return issue.origin === 'string'
        ? t('ui.validation.tooLong', { maximum: Number(issue.maximum) })
        : t('ui.validation.invalid');
    case 'invalid_format':
      if (input === '') return t('ui.validation.required');
      return issue.format === 'email' ? t('ui.validation.email') : t('ui.validation.invalid');
    case 'invalid_type':
      return input === undefined || input === null || input === ''
        ? t('ui.validation.required')
        : t('ui.validation.invalid');
    default:
      return t('ui.validation.invalid');
  }
}

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let current = values;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

export function issuesToErrors(issues: readonly $ZodIssue[], values: unknown, t: T): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const top = String(issue.path[0] ?? '');
    errors[top] ??= issueMessage(issue, valueAt(values, issue.path), t);
  }
  return errors;
}

/**
 * The sentence for an API error that no field can show: the error code's message in the reader's
 * language when the catalog has one (`error.AUTH.INVALID_CREDENTIALS`), else the server's title.
 */
export function describeApiError(error: unknown, t: T, maybe: Maybe): string {
  if (!(error instanceof ApiError)) return t('ui.error.body');
  if (error.status === 0) return t('ui.error.network');
  return maybe(`error.${error.code}`) ?? error.problem?.title ?? t('ui.error.body');
}

/**
 * Form state validated by the contract's zod schema: errors appear under each field on submit,
 * server field errors (problem+json `errors`) land in the same place, anything else becomes the
 * form's error line. Focus moves to the first invalid field so keyboard users find it.
 */
export function useForm<S extends z.ZodType<unknown, Record<string, unknown>>>(
  schema: S,
  initial: z.input<S>,
) {
  const { t, maybe } = useUiI18n();
  const [values, setValues] = useState<z.input<S>>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const set = useCallback(<K extends keyof z.input<S>>(key: K, value: z.input<S>[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!(String(key) in current)) return current;
      const { [String(key)]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  const handleSubmit = (onValid: (data: z.output<S>) => Promise<void>) => async (event?: FormEvent) => {
    event?.preventDefault();
    setFormError(null);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error.issues, values, t));
      focusFirstInvalid();
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await onValid(parsed.data);
    } catch (error) {
      if (error instanceof ApiError && error.hasFieldErrors) {
        setErrors({ ...error.fieldErrors });
        focusFirstInvalid();
      } else {
        setFormError(describeApiError(error, t, maybe));
      }
    } finally {
      setPending(false);
    }
  };

  return {
    values,
    set,
    setValues,
    errors,
    setErrors,
    formError,
    setFormError,
    isPending,
    handleSubmit,
    formRef,
  };
}
