import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { CASE_TYPE_LABELS, CASE_TYPES, type CaseType } from '../../../contracts/case-types.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { casesKeys, createCase } from './api.ts';
import { FieldsControls } from './fields-form.tsx';
import { describeError, useCasesI18n } from './i18n.ts';
import { buildCreateCase, type ClientDraft, EMPTY_CLIENT, newCaseSpecs } from './new-case-form.ts';
import { InputField, SelectField } from './parts.tsx';
import './cases.css';

/** A new case: type, title, the client as a new person, and the type's own fields (the intake). */
export function NewCasePage() {
  const { t } = useCasesI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [type, setType] = useState<CaseType>('guidance');
  const [title, setTitle] = useState('');
  const [person, setPerson] = useState<ClientDraft>(EMPTY_CLIENT);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const specs = newCaseSpecs(type);
  const save = useMutation({
    mutationFn: createCase,
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: casesKeys.all });
      await navigate({ to: '/cases/$caseId', params: { caseId: created.id } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.hasFieldErrors) setErrors({ ...error.fieldErrors });
      setMessage(describeError(error));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    if (!title.trim()) {
      setErrors({ title: t('error.validation') });
      setMessage(t('error.validation'));
      return;
    }
    const built = buildCreateCase(
      { type, title, client: person, fields },
      { clientHalf: t('new.clientHalf'), language: t('error.validation') },
    );
    if (!built.ok) {
      setErrors(built.errors);
      setMessage(t('error.validation'));
      return;
    }
    setErrors({});
    save.mutate(built.body);
  };
  const setClient = (key: keyof ClientDraft) => (value: string) => setPerson((p) => ({ ...p, [key]: value }));
  const personError = (key: string) => errors[`person.${key}`] ?? errors[key];
  return (
    <>
      <p>
        <Link to="/cases" className="back-link">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('title.new')} />
      <form className="form cases-form" onSubmit={submit} noValidate>
        <SelectField
          label={t('new.type')}
          name="type"
          required
          value={type}
          onChange={(value) => {
            const next = CASE_TYPES.find((x) => x === value);
            if (next) {
              setType(next);
              setFields({});
            }
          }}
          options={CASE_TYPES.map((value) => ({ value, label: CASE_TYPE_LABELS[value] }))}
          error={errors.type}
        />
        <InputField
          label={t('new.title')}
          name="title"
          required
          help={t('new.titleHelp')}
          value={title}
          onChange={setTitle}
          error={errors.title}
        />
        <fieldset className="cases-fieldset">
          <legend>{t('new.client')}</legend>
          <div className="cases-grid">
            <InputField
              label={t('new.givenName')}
              name="givenName"
              value={person.givenName}
              onChange={setClient('givenName')}
              error={personError('givenName')}
            />
            <InputField
              label={t('new.familyName')}
              name="familyName"
              value={person.familyName}
              onChange={setClient('familyName')}
              error={personError('familyName')}
            />
            <InputField
              label={t('new.phone')}
              name="phone"
              type="tel"
              value={person.phone}
              onChange={setClient('phone')}
              error={personError('phone')}
            />
            <InputField
              label={t('new.email')}
              name="email"
              type="email"
              value={person.email}
              onChange={setClient('email')}
              error={personError('email')}
            />
            <InputField
              label={t('new.language')}
              name="language"
              value={person.language}
              onChange={setClient('language')}
              error={personError('preferredLanguage') ?? errors.language}
            />
          </div>
        </fieldset>
        <fieldset className="cases-fieldset">
          <legend>{type === 'guidance' ? t('new.intake') : t('new.fields')}</legend>
          <FieldsControls
            specs={specs}
            draft={fields}
            onChange={(path, value) => setFields((f) => ({ ...f, [path]: value }))}
            errors={errors}
          />
        </fieldset>
        <FormError message={message} />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={save.isPending}>
            {save.isPending ? t('saving') : t('new.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
