import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { casesKeys } from './api.ts';
import { describeError, useCasesI18n } from './i18n.ts';

/**
 * A write to one part of a case: on success the part, the case (its version moved) and the timeline
 * are fetched again; field errors go under the fields, the rest into the form's alert line.
 */
export function useWorkMutation<I>(
  caseId: string,
  part: string,
  fn: (input: I) => Promise<unknown>,
  onDone?: () => void,
) {
  const client = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: fn,
    onMutate: () => {
      setErrors({});
      setMessage(null);
    },
    onSuccess: async () => {
      onDone?.();
      await Promise.all([
        client.invalidateQueries({ queryKey: casesKeys.work(caseId, part) }),
        client.invalidateQueries({ queryKey: casesKeys.work(caseId, 'timeline') }),
        client.invalidateQueries({ queryKey: casesKeys.detail(caseId), exact: true }),
      ]);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.hasFieldErrors) setErrors({ ...error.fieldErrors });
      setMessage(describeError(error));
    },
  });
  return { mutation, errors, setErrors, message, setMessage };
}

/** A small add form: its fields, its alert line and one submit button. */
export function WorkForm(props: {
  title: string;
  submit: string;
  pending: boolean;
  message: string | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useCasesI18n();
  const handle = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="form cases-work-form" onSubmit={handle} noValidate aria-label={props.title}>
      {props.children}
      <FormError message={props.message} />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={props.pending}>
          {props.pending ? t('saving') : props.submit}
        </Button>
      </div>
    </form>
  );
}

/** A list with its loading, error and empty states. */
export function WorkList<T>(props: {
  query: { data?: { items: T[] }; isPending: boolean; isError: boolean };
  empty: string;
  render: (item: T) => ReactNode;
  label: string;
}) {
  const { t } = useCasesI18n();
  if (props.query.isPending) return <p aria-busy="true">…</p>;
  if (props.query.isError || !props.query.data) return <p role="alert">{t('error.unknown')}</p>;
  if (props.query.data.items.length === 0) return <p>{props.empty}</p>;
  return (
    <ul className="cases-work-list" aria-label={props.label}>
      {props.query.data.items.map(props.render)}
    </ul>
  );
}
