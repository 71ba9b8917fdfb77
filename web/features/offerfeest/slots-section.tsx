import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Edition, Slot } from '../../../contracts/offerfeest.ts';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { DateTime, formatDateTime } from '../../components/ui/date-time.tsx';
import { NativeInputField, NativeSelectField } from '../../components/ui/native-fields.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { intlTag } from '../../i18n/locales.ts';
import { ApiError } from '../../lib/api-client.ts';
import { createSlots, listSlots, offerfeestKeys, setSlotCapacity } from './api.ts';
import { describeError } from './errors.ts';
import { useOfferfeestI18n } from './i18n.ts';

function CapacityCell({ slot }: { slot: Slot }) {
  const { t, locale } = useOfferfeestI18n();
  const client = useQueryClient();
  const [value, setValue] = useState(String(slot.capacity));
  const change = useMutation({
    mutationFn: () => setSlotCapacity(slot.id, Number(value)),
    onSuccess: () => client.invalidateQueries({ queryKey: offerfeestKeys.all }),
    // A refused change in words: the site's day or the places already given, with the numbers.
    onError: (error) => toast({ tone: 'error', title: describeError(error, t) }),
  });
  const label = t('capacity.change', {
    slot: `${formatDateTime(slot.start, intlTag(locale))} ${slot.siteName}`,
  });
  return (
    <span className="button-row">
      <input
        className="field__input field__input--narrow"
        type="number"
        min={0}
        aria-label={label}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button
        onPress={() => change.mutate()}
        isDisabled={change.isPending || value === String(slot.capacity)}
      >
        {t('capacity.save')}
      </Button>
    </span>
  );
}

const EMPTY = { siteId: '', day: '', startTime: '08:00', endTime: '16:00', minutes: '30', capacity: '10' };

function GenerateForm({ edition }: { edition: Edition }) {
  const { t } = useOfferfeestI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState({ ...EMPTY, siteId: edition.sites[0]?.id ?? '' });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      createSlots(edition.id, {
        ...draft,
        minutes: Number(draft.minutes),
        capacity: Number(draft.capacity),
      }),
    onSuccess: async (slots) => {
      setFields({});
      setMessage(null);
      toast({ tone: 'success', title: t('slot.created', { count: slots.length }) });
      await client.invalidateQueries({ queryKey: offerfeestKeys.slots(edition.id) });
    },
    onError: (error) => {
      setMessage(describeError(error, t));
      setFields(error instanceof ApiError ? error.fieldErrors : {});
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const input = (key: keyof typeof EMPTY, label: string, type: 'date' | 'time' | 'number') => (
    <NativeInputField
      name={key}
      type={type}
      label={label}
      value={draft[key]}
      onChange={set(key)}
      required={t('field.required')}
      error={fields[key]}
    />
  );
  return (
    <form onSubmit={submit} noValidate className="form form--inline">
      <FormError message={message} />
      <NativeSelectField
        name="siteId"
        label={t('slot.site')}
        value={draft.siteId}
        onChange={set('siteId')}
        options={edition.sites.map((s) => ({ value: s.id, label: s.name }))}
        required={t('field.required')}
        error={fields.siteId}
      />
      {input('day', t('slot.day'), 'date')}
      {input('startTime', t('slot.from'), 'time')}
      {input('endTime', t('slot.until'), 'time')}
      {input('minutes', t('slot.minutes'), 'number')}
      {input('capacity', t('slot.capacity'), 'number')}
      <div className="form__actions">
        <Button type="submit" isDisabled={save.isPending || edition.sites.length === 0}>
          {t('slots.generate')}
        </Button>
      </div>
    </form>
  );
}

/** The slots with their places, places left and waiting list; capacity changes; generating slots. */
export function SlotsSection({ edition }: { edition: Edition }) {
  const { t } = useOfferfeestI18n();
  const slots = useQuery({
    queryKey: offerfeestKeys.slots(edition.id),
    queryFn: () => listSlots(edition.id),
  });
  const columns: TableColumn<Slot>[] = [
    {
      id: 'slot',
      header: t('col.slot'),
      isRowHeader: true,
      cell: (s) => (
        <span>
          <DateTime value={s.start} /> – <DateTime value={s.end} style="time" />
        </span>
      ),
      sortValue: (s) => s.start,
    },
    { id: 'site', header: t('col.site'), cell: (s) => s.siteName, sortValue: (s) => s.siteName },
    { id: 'capacity', header: t('col.capacity'), cell: (s) => <CapacityCell slot={s} /> },
    { id: 'remaining', header: t('col.remaining'), cell: (s) => s.remaining, sortValue: (s) => s.remaining },
    { id: 'waitlist', header: t('col.waitlist'), cell: (s) => s.waitlisted, sortValue: (s) => s.waitlisted },
  ];
  return (
    <section aria-labelledby="of-slots-title">
      <h2 id="of-slots-title">{t('slots.title')}</h2>
      <DataTable
        label={t('slots.table')}
        columns={columns}
        rows={slots.data}
        rowKey={(s) => s.id}
        isLoading={slots.isLoading}
        error={slots.error}
        onRetry={() => void slots.refetch()}
        empty={t('slots.empty')}
      />
      <h3>{t('slots.generate')}</h3>
      <GenerateForm edition={edition} />
    </section>
  );
}
