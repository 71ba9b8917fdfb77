import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { CaseDetail } from '../../../contracts/cases.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { casesKeys, updateCase } from './api.ts';
import { describeError, useCasesI18n } from './i18n.ts';

/** What a dedicated editor's pure part answers: the `fields` to PATCH, or errors by control. */
export type EditorResult =
  | { ok: true; fields: Record<string, unknown> }
  | { ok: false; errors: Record<string, string> };

/**
 * The state every dedicated editor of a case's fields shares (trajectory, higher-education steps,
 * diploma checklist): a draft read from the stored fields, opened and cancelled, re-read when the
 * case changed elsewhere, and saved through `PATCH /api/cases/{id}` with the version read.
 */
export function useFieldsEditor<D>(
  detail: CaseDetail,
  read: (fields: CaseDetail['fields']) => D,
  saved: string,
) {
  const { t } = useCasesI18n();
  const client = useQueryClient();
  const stored = read(detail.fields);
  const [draft, setDraft] = useState<D>(stored);
  const [version, setVersion] = useState(detail.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  // The case changed elsewhere (a transition, another form): show what is stored now.
  if (version !== detail.version) {
    setVersion(detail.version);
    setDraft(stored);
  }
  const save = useMutation({
    mutationFn: (fields: Record<string, unknown>) =>
      updateCase(detail.id, { fields, version: detail.version }),
    onSuccess: async (next) => {
      client.setQueryData(casesKeys.detail(detail.id), next);
      setOpen(false);
      toast({ tone: 'success', title: saved });
      await client.invalidateQueries({ queryKey: casesKeys.all });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.hasFieldErrors) setErrors({ ...error.fieldErrors });
      setMessage(describeError(error));
    },
  });
  const submit = (result: EditorResult) => {
    setMessage(null);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(t('error.validation'));
      return;
    }
    setErrors({});
    save.mutate(result.fields);
  };
  const cancel = () => {
    setOpen(false);
    setDraft(stored);
    setErrors({});
    setMessage(null);
  };
  return { stored, draft, setDraft, errors, message, open, setOpen, pending: save.isPending, submit, cancel };
}

/** The form's alert line and its save and cancel buttons. */
export function EditorActions(props: {
  message: string | null;
  pending: boolean;
  save: string;
  onCancel: () => void;
}) {
  const { t } = useCasesI18n();
  return (
    <>
      <FormError message={props.message} />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={props.pending}>
          {props.pending ? t('saving') : props.save}
        </Button>
        <Button onPress={props.onCancel}>{t('cancel')}</Button>
      </div>
    </>
  );
}

type Editor = Pick<ReturnType<typeof useFieldsEditor>, 'open' | 'setOpen' | 'message' | 'pending' | 'cancel'>;

/** The editors whose texts follow `<name>.title|intro|edit|save` in the catalog. */
export type EditorName = 'trajectory' | 'steps' | 'checklist';

/**
 * The card of a dedicated editor: heading, intro, what is stored (`children`), and, for whoever
 * may edit, a button that opens the form (`form`) with its alert line, save and cancel.
 */
export function EditorCard(props: {
  name: EditorName;
  editable: boolean;
  editor: Editor;
  onSubmit: (event: FormEvent) => void;
  form: ReactNode;
  children: ReactNode;
}) {
  const { t } = useCasesI18n();
  const { editor, name } = props;
  const id = `cases-${name}`;
  return (
    <section className="cases-card" aria-labelledby={id}>
      <h2 id={id}>{t(`${name}.title`)}</h2>
      <p>{t(`${name}.intro`)}</p>
      {props.children}
      {props.editable && !editor.open ? (
        <Button onPress={() => editor.setOpen(true)}>{t(`${name}.edit`)}</Button>
      ) : null}
      {props.editable && editor.open ? (
        <form className="form" onSubmit={props.onSubmit} noValidate aria-labelledby={id}>
          {props.form}
          <EditorActions
            message={editor.message}
            pending={editor.pending}
            save={t(`${name}.save`)}
            onCancel={editor.cancel}
          />
        </form>
      ) : null}
    </section>
  );
}
