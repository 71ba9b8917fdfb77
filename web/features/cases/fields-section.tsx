import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CASE_FIELD_SCHEMAS } from '../../../contracts/case-types.ts';
import type { CaseDetail } from '../../../contracts/cases.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { casesKeys, updateCase } from './api.ts';
import { formatDate } from './case-format.ts';
import { fieldLabel, optionLabel } from './field-labels.ts';
import { draftFromFields, type FieldSpec, fieldSpecs, fieldsPatch, valueAtPath } from './field-specs.ts';
import { FieldsControls } from './fields-form.tsx';
import { describeError, useCasesI18n } from './i18n.ts';
import { Facts } from './parts.tsx';

function shown(spec: FieldSpec, value: unknown, t: ReturnType<typeof useCasesI18n>['t']): string {
  if (value === undefined || value === null || value === '') return '';
  if (spec.kind === 'boolean') return value ? t('yes') : t('no');
  if (spec.kind === 'date' && typeof value === 'string') return formatDate(value);
  if (spec.kind === 'enum') return optionLabel(String(value));
  if (Array.isArray(value))
    return value.map((v) => (spec.kind === 'enumList' ? optionLabel(String(v)) : String(v))).join(', ');
  return String(value);
}

/** The type's own fields: what is filled in, and a form to change them (`PATCH {fields, version}`). */
export function FieldsSection({ detail, editable }: { detail: CaseDetail; editable: boolean }) {
  const { t } = useCasesI18n();
  const client = useQueryClient();
  const specs = fieldSpecs(CASE_FIELD_SCHEMAS[detail.type]);
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (fields: Record<string, unknown>) =>
      updateCase(detail.id, { fields, version: detail.version }),
    onSuccess: async (next) => {
      client.setQueryData(casesKeys.detail(detail.id), next);
      setDraft(null);
      toast({ tone: 'success', title: t('case.fieldsSaved') });
      await client.invalidateQueries({ queryKey: casesKeys.all });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.hasFieldErrors) setErrors({ ...error.fieldErrors });
      setMessage(describeError(error));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setMessage(null);
    setErrors({});
    save.mutate(fieldsPatch(specs, draft, detail.fields));
  };
  const rows = specs
    .map((spec) => [fieldLabel(spec.path), shown(spec, valueAtPath(detail.fields, spec.path), t)] as const)
    .filter(([, value]) => value !== '');
  return (
    <section className="cases-card" aria-labelledby="cases-fields">
      <h2 id="cases-fields">{t('case.facts')}</h2>
      {draft ? (
        <form className="form" onSubmit={submit} noValidate>
          <FieldsControls
            specs={specs}
            draft={draft}
            onChange={(path, value) => setDraft((d) => ({ ...d, [path]: value }))}
            errors={errors}
          />
          <FormError message={message} />
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={save.isPending}>
              {save.isPending ? t('saving') : t('save')}
            </Button>
            <Button onPress={() => setDraft(null)}>{t('cancel')}</Button>
          </div>
        </form>
      ) : (
        <>
          {rows.length > 0 ? <Facts rows={rows} /> : <p>{t('none')}</p>}
          {editable ? (
            <Button onPress={() => setDraft(draftFromFields(specs, detail.fields))}>{t('edit')}</Button>
          ) : null}
        </>
      )}
    </section>
  );
}
