import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { casesKeys } from './api.ts';
import { describeError, useCasesI18n } from './i18n.ts';
import { type Filters, fromSavedQuery, toSavedQuery } from './list-filters.ts';
import { InputField } from './parts.tsx';
import { deleteFilter, listSavedFilters, saveFilter } from './work-api.ts';

/** The reader's saved filters: apply one, delete one, or keep the current controls under a name. */
export function SavedFilters({
  current,
  onApply,
}: {
  current: Filters;
  onApply: (filters: Filters) => void;
}) {
  const { t } = useCasesI18n();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const saved = useQuery({ queryKey: casesKeys.filters, queryFn: listSavedFilters });
  const refresh = () => client.invalidateQueries({ queryKey: casesKeys.filters });
  const add = useMutation({
    mutationFn: () => saveFilter({ name: name.trim(), query: toSavedQuery(current) }),
    onSuccess: async () => {
      setName('');
      toast({ tone: 'success', title: t('saved.saved') });
      await refresh();
    },
    onError: (error) => setMessage(describeError(error)),
  });
  const remove = useMutation({
    mutationFn: deleteFilter,
    onSuccess: refresh,
    onError: (error) => setMessage(describeError(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    if (!name.trim()) {
      setMessage(t('error.validation'));
      return;
    }
    add.mutate();
  };
  const items = saved.data?.items ?? [];
  return (
    <section className="cases-saved" aria-labelledby="cases-saved-title">
      <h2 id="cases-saved-title">{t('saved.title')}</h2>
      {saved.isSuccess && items.length === 0 ? <p>{t('saved.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="cases-saved__list">
          {items.map((filter) => (
            <li key={filter.id}>
              <Button
                variant="quiet"
                onPress={() => onApply(fromSavedQuery(filter.query))}
                aria-label={t('saved.apply', { name: filter.name })}
              >
                {filter.name}
              </Button>
              <Button
                variant="quiet"
                onPress={() => remove.mutate(filter.id)}
                aria-label={t('saved.delete', { name: filter.name })}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="cases-inline-form" onSubmit={submit} noValidate>
        <InputField label={t('saved.name')} name="filterName" value={name} onChange={setName} />
        <Button type="submit" isPending={add.isPending}>
          {t('saved.save')}
        </Button>
      </form>
      <FormError message={message} />
    </section>
  );
}
