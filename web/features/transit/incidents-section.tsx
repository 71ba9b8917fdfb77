import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ReservationDetail } from '../../../contracts/transit.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { recordIncident, transitKeys } from './api.ts';
import { formatInstant } from './format.ts';
import { optionalCents } from './forms.ts';
import { describeError, useTransitI18n } from './i18n.ts';
import { InputField, SelectField } from './parts.tsx';

const KINDS = ['damage', 'regulation', 'fault', 'other'] as const;
type Kind = (typeof KINDS)[number];
const isKind = (value: string): value is Kind => KINDS.some((k) => k === value);

function IncidentForm({ reservationId, onDone }: { reservationId: string; onDone: () => void }) {
  const { t } = useTransitI18n();
  const client = useQueryClient();
  const [kind, setKind] = useState<Kind>('regulation');
  const [description, setDescription] = useState('');
  const [damage, setDamage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: recordIncident,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: transitKeys.reservation(reservationId) });
      toast({ tone: 'success', title: t('incidents.saved') });
      onDone();
    },
    onError: (error) => setMessage(describeError(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = optionalCents(damage);
    const next: Record<string, string> = {};
    if (description.trim().length < 3) next.description = t('invalid.reason');
    if (!cents.ok) next.damage = t('invalid.amount');
    setErrors(next);
    if (!cents.ok || next.description) return;
    save.mutate({ reservationId, kind, description: description.trim(), damageCents: cents.cents ?? 0 });
  };
  return (
    <form className="form transit-form" onSubmit={submit} noValidate>
      <SelectField
        label={t('incidents.kind')}
        name="kind"
        value={kind}
        onChange={(value) => (isKind(value) ? setKind(value) : null)}
        options={KINDS.map((value) => ({ value, label: t(`incident.${value}`) }))}
      />
      <InputField
        label={t('incidents.description')}
        name="description"
        multiline
        required
        value={description}
        onChange={setDescription}
        error={errors.description}
      />
      <InputField
        label={t('incidents.damage')}
        name="damage"
        value={damage}
        onChange={setDamage}
        error={errors.damage}
      />
      <FormError message={message} />
      <div className="form__actions">
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {t('incidents.save')}
        </Button>
        <Button onPress={onDone}>{t('cancel')}</Button>
      </div>
    </form>
  );
}

/** The incidents of the stay and a form to add one (damage is billed by the server). */
export function IncidentsSection({ detail }: { detail: ReservationDetail }) {
  const { t } = useTransitI18n();
  const [adding, setAdding] = useState(false);
  return (
    <section className="transit-card-block" aria-labelledby="transit-incidents">
      <h2 id="transit-incidents">{t('incidents.title')}</h2>
      {detail.incidents.length === 0 ? (
        <p>{t('incidents.empty')}</p>
      ) : (
        <ul className="transit-list">
          {detail.incidents.map((incident) => (
            <li key={incident.id}>
              <strong>{isKind(incident.kind) ? t(`incident.${incident.kind}`) : incident.kind}</strong> (
              {formatInstant(incident.occurredAt)}): {incident.description}
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <IncidentForm reservationId={detail.id} onDone={() => setAdding(false)} />
      ) : (
        <Button onPress={() => setAdding(true)}>{t('incidents.add')}</Button>
      )}
    </section>
  );
}
