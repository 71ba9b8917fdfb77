import { type FormEvent, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import type { ZodType } from 'zod';
import {
  CreateInterpreterSchema,
  UpdateInterpreterSchema,
} from '../../../contracts/interpreting-register.ts';
import { Button } from '../../components/ui/button.tsx';
import { issueMessage } from '../../components/ui/form.ts';
import { FormError } from '../../components/ui/states.tsx';
import { useUiI18n } from '../../components/ui/use-ui-i18n.ts';
import { ApiError } from '../../lib/api-client.ts';
import { describeError, useDispatchI18n } from './i18n.ts';
import { PersonFields, WorkFields } from './interpreter-fields.tsx';
import { type InterpreterFormValues, toCreateBody, toUpdateBody } from './interpreter-form.ts';
import { PlaceFields, TimeFields } from './interpreter-place-time.tsx';

type Kind = 'create' | 'edit';
type UiT = ReturnType<typeof useUiI18n>['t'];
type WindowIssue = { weekday?: unknown };

/** Field errors of the form: unreadable text first, then what the contract's schema refuses. */
function validate(values: InterpreterFormValues, kind: Kind, t: UiT, windowsText: string) {
  const built = kind === 'create' ? toCreateBody(values) : toUpdateBody(values);
  const errors: Record<string, string> = {};
  for (const key of Object.keys(built.errors)) {
    errors[key] = key.startsWith('windows.') ? windowsText : t('ui.validation.invalid');
  }
  const schema: ZodType = kind === 'create' ? CreateInterpreterSchema : UpdateInterpreterSchema;
  const parsed = schema.safeParse(built.body);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [top, index] = issue.path;
    let key = String(top ?? '');
    if (key === 'weeklyAvailability' && typeof index === 'number') {
      const window: WindowIssue | undefined = built.body.weeklyAvailability?.[index];
      key = `windows.${String(window?.weekday ?? 1)}`;
    }
    errors[key] ??= issueMessage(issue, undefined, t);
  }
  return errors;
}

/** The register's form, for a new interpreter and for changing one; the caller saves. */
export function InterpreterEditor(props: {
  initial: InterpreterFormValues;
  kind: Kind;
  onSave: (values: InterpreterFormValues) => Promise<void>;
}) {
  const { t } = useDispatchI18n();
  const ui = useUiI18n();
  const [values, setValues] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  const set = <K extends keyof InterpreterFormValues>(key: K, value: InterpreterFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate(values, props.kind, ui.t, t('form.windows.invalid'));
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(t('form.invalid'));
      focusInvalid();
      return;
    }
    setPending(true);
    try {
      await props.onSave(values);
    } catch (error) {
      if (error instanceof ApiError && error.hasFieldErrors) {
        setErrors({ ...error.fieldErrors });
        focusInvalid();
      }
      setFormError(describeError(error));
    } finally {
      setPending(false);
    }
  };

  const fields = { values, errors, set, withStatus: props.kind === 'edit' };
  return (
    <Form
      onSubmit={submit}
      ref={formRef}
      className="form interp-form dispatch-form"
      validationBehavior="aria"
    >
      <FormError message={formError} />
      <PersonFields {...fields} />
      <WorkFields {...fields} />
      <PlaceFields {...fields} />
      <TimeFields {...fields} />
      <Button type="submit" variant="primary" isPending={pending}>
        {props.kind === 'create' ? t('form.create') : t('form.save')}
      </Button>
    </Form>
  );
}
