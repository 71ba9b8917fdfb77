import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Call } from '../../../contracts/scholarships.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { createCall, scholarshipKeys } from './api.ts';
import { useScholarshipsI18n } from './i18n.ts';

type Draft = {
  title: string;
  academicYear: string;
  budget: string;
  grant: string;
  opensOn: string;
  closesOn: string;
};

/** "296,50" or "296.50" → 29650; null when it is not an amount. */
export function toCents(value: string): number | null {
  const normal = value.trim().replace(/\s/gu, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/u.test(normal)) return null;
  return Math.round(Number(normal) * 100);
}

/** A new call in draft: the server checks dates and grant ≤ budget and answers field errors. */
export function CallForm({ onDone }: { onDone: (call: Call | null) => void }) {
  const { t } = useScholarshipsI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>({
    title: '',
    academicYear: '',
    budget: '',
    grant: '',
    opensOn: '',
    closesOn: '',
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: (body: Parameters<typeof createCall>[0]) => createCall(body),
    onSuccess: async (call) => {
      await client.invalidateQueries({ queryKey: scholarshipKeys.all });
      onDone(call);
    },
    onError: (error) => {
      setMessage(error.message);
      setFields(error instanceof ApiError ? error.fieldErrors : {});
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const budgetCents = toCents(draft.budget);
    const grantCents = toCents(draft.grant);
    if (budgetCents === null || grantCents === null) {
      setFields({
        ...(budgetCents === null ? { budgetCents: t('form.number') } : {}),
        ...(grantCents === null ? { grantCents: t('form.number') } : {}),
      });
      return;
    }
    const { title, academicYear, opensOn, closesOn } = draft;
    save.mutate({ title, academicYear, opensOn, closesOn, budgetCents, grantCents });
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={message} />
      <TextField
        label={t('form.title')}
        value={draft.title}
        onChange={set('title')}
        isRequired
        error={fields.title}
      />
      <TextField
        label={t('form.year')}
        value={draft.academicYear}
        onChange={set('academicYear')}
        isRequired
        error={fields.academicYear}
      />
      <TextField
        label={t('form.budget')}
        value={draft.budget}
        onChange={set('budget')}
        isRequired
        error={fields.budgetCents}
        inputMode="decimal"
      />
      <TextField
        label={t('form.grant')}
        value={draft.grant}
        onChange={set('grant')}
        isRequired
        error={fields.grantCents}
        inputMode="decimal"
      />
      <TextField
        label={t('form.opens')}
        value={draft.opensOn}
        onChange={set('opensOn')}
        isRequired
        error={fields.opensOn}
      />
      <TextField
        label={t('form.closes')}
        value={draft.closesOn}
        onChange={set('closesOn')}
        isRequired
        error={fields.closesOn}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={save.isPending}>
          {t('form.save')}
        </Button>
        <Button onPress={() => onDone(null)}>{t('form.cancel')}</Button>
      </div>
    </form>
  );
}
