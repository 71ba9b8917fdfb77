import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Edition } from '../../../contracts/offerfeest.ts';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { NativeInputField } from '../../components/ui/native-fields.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { addSite, offerfeestKeys } from './api.ts';
import { describeError } from './errors.ts';
import { useOfferfeestI18n } from './i18n.ts';

type Site = Edition['sites'][number];
const EMPTY = { name: '', recognitionNumber: '', address: '', stunningMethod: '', dailyCapacity: '' };

function SiteForm({ editionId }: { editionId: string }) {
  const { t } = useOfferfeestI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      addSite(editionId, {
        name: draft.name,
        recognitionNumber: draft.recognitionNumber.trim() || undefined,
        address: draft.address,
        stunningMethod: draft.stunningMethod,
        dailyCapacity: Number(draft.dailyCapacity),
      }),
    onSuccess: async () => {
      setDraft(EMPTY);
      setFields({});
      setMessage(null);
      await client.invalidateQueries({ queryKey: offerfeestKeys.all });
    },
    onError: (error) => {
      setMessage(describeError(error, t));
      setFields(error instanceof ApiError ? error.fieldErrors : {});
    },
  });
  const field = (key: keyof typeof EMPTY, label: string, required = true) => (
    <NativeInputField
      name={key}
      label={label}
      value={draft[key]}
      onChange={set(key)}
      required={required ? t('field.required') : undefined}
      error={fields[key]}
      type={key === 'dailyCapacity' ? 'number' : 'text'}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="form form--inline">
      <FormError message={message} />
      {field('name', t('site.name'))}
      {field('recognitionNumber', t('site.recognition'), false)}
      {field('address', t('site.address'))}
      {field('stunningMethod', t('site.stunning'))}
      {field('dailyCapacity', t('site.capacity'))}
      <div className="form__actions">
        <Button type="submit" isDisabled={save.isPending}>
          {t('sites.add')}
        </Button>
      </div>
    </form>
  );
}

/** The slaughter sites of the edition, and a form to add one. */
export function SitesSection({ edition }: { edition: Edition }) {
  const { t } = useOfferfeestI18n();
  const columns: TableColumn<Site>[] = [
    { id: 'name', header: t('site.name'), isRowHeader: true, cell: (s) => s.name },
    { id: 'recognition', header: t('site.recognition'), cell: (s) => s.recognitionNumber ?? '—' },
    { id: 'address', header: t('site.address'), cell: (s) => s.address },
    { id: 'stunning', header: t('site.stunning'), cell: (s) => s.stunningMethod },
    { id: 'capacity', header: t('site.capacity'), cell: (s) => s.dailyCapacity },
  ];
  return (
    <section aria-labelledby="of-sites-title">
      <h2 id="of-sites-title">{t('sites.title')}</h2>
      <DataTable
        label={t('sites.table')}
        columns={columns}
        rows={edition.sites}
        rowKey={(s) => s.id}
        empty={t('sites.empty')}
      />
      <h3>{t('sites.add')}</h3>
      <SiteForm editionId={edition.id} />
    </section>
  );
}
