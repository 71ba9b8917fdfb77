import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ReservationDetail } from '../../../contracts/transit.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { saveTravellers, transitKeys } from './api.ts';
import { formatDay } from './format.ts';
import { buildTravellers, type Errors, filledRows, type TravellerDraft } from './forms.ts';
import { describeError, useTransitI18n } from './i18n.ts';
import { TravellerRows } from './traveller-rows.tsx';

/** Statuses in which the travellers can still change (a family may grow while on site). */
const EDITABLE = new Set(['requested', 'provisional', 'confirmed', 'checked_in', 'extended']);

const toDraft = (traveller: ReservationDetail['travellers'][number]): TravellerDraft => ({
  name: traveller.name,
  birthDate: traveller.birthDate ?? '',
  documentNumber: traveller.documentNumber ?? '',
});

function Editor({ detail, onDone }: { detail: ReservationDetail; onDone: () => void }) {
  const { t } = useTransitI18n();
  const client = useQueryClient();
  const [rows, setRows] = useState(() => detail.travellers.map(toDraft));
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (travellers: Parameters<typeof saveTravellers>[1]) => saveTravellers(detail.id, travellers),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: transitKeys.reservation(detail.id) });
      toast({ tone: 'success', title: t('travellers.saved') });
      onDone();
    },
    onError: (error) => setMessage(describeError(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildTravellers(filledRows(rows));
    if (!built.ok) {
      setErrors(built.errors);
      setMessage(t('invalid.form'));
      return;
    }
    setErrors({});
    save.mutate(built.body);
  };
  return (
    <form className="form transit-form" onSubmit={submit} noValidate>
      <TravellerRows rows={rows} onChange={setRows} errors={errors} />
      <FormError message={message} />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {t('travellers.save')}
        </Button>
        <Button onPress={onDone}>{t('cancel')}</Button>
      </div>
    </form>
  );
}

/** The registered travellers; editable while the stay is not over. */
export function TravellersSection({ detail }: { detail: ReservationDetail }) {
  const { t } = useTransitI18n();
  const [editing, setEditing] = useState(false);
  return (
    <section className="transit-card-block" aria-labelledby="transit-travellers">
      <h2 id="transit-travellers">{t('travellers.title')}</h2>
      {editing ? (
        <Editor detail={detail} onDone={() => setEditing(false)} />
      ) : (
        <>
          {detail.travellers.length === 0 ? (
            <p>{t('travellers.empty')}</p>
          ) : (
            <ul className="transit-list">
              {detail.travellers.map((traveller) => (
                <li key={traveller.id}>
                  <strong>{traveller.name}</strong>
                  {traveller.birthDate ? ` · ${formatDay(traveller.birthDate, 'long')}` : ''}
                  {traveller.documentNumber ? ` · ${traveller.documentNumber}` : ''}
                </li>
              ))}
            </ul>
          )}
          {EDITABLE.has(detail.status) ? (
            <Button onPress={() => setEditing(true)}>{t('travellers.edit')}</Button>
          ) : null}
        </>
      )}
    </section>
  );
}
