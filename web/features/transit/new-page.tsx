import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { createReservation, transitKeys } from './api.ts';
import { addDays, todayInBrussels } from './format.ts';
import { buildReservation, draftNights, type Errors, MAX_DAYS, type ReservationDraft } from './forms.ts';
import { describeError, useTransitI18n } from './i18n.ts';
import { InputField } from './parts.tsx';

/** Which field a refusal of the server belongs under (the stay's length → the departure). */
const FIELD_OF_CODE: Record<string, keyof ReservationDraft> = {
  'TRANSIT.STAY_TOO_LONG': 'departure',
  'TRANSIT.PAST_DAYS': 'arrival',
  'TRANSIT.TOO_MANY_STAYS': 'partyName',
};

function emptyDraft(): ReservationDraft {
  const today = todayInBrussels();
  return {
    partyName: '',
    phone: '',
    caravans: '1',
    vehicles: '1',
    arrival: today,
    departure: addDays(today, 7),
    notes: '',
  };
}

/** A new reservation taken by phone or at the gate; the server holds pitches or says why not. */
export function NewReservationPage() {
  const { t } = useTransitI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [draft, setDraft] = useState<ReservationDraft>(emptyDraft);
  const [errors, setErrors] = useState<Errors>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const nights = draftNights(draft);
  const save = useMutation({
    mutationFn: createReservation,
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: transitKeys.all });
      toast({ tone: 'success', title: t('new.created', { reference: created.reference }) });
      await navigate({ to: '/transit/reservations/$id', params: { id: created.id } });
    },
    onError: (error) => {
      const text = describeError(error);
      const field = error instanceof ApiError ? FIELD_OF_CODE[error.code] : undefined;
      setServerErrors({
        ...(error instanceof ApiError ? error.fieldErrors : {}),
        ...(field ? { [field]: text } : {}),
      });
      setMessage(text);
    },
  });
  const set = (key: keyof ReservationDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setServerErrors({});
  };
  const error = (key: keyof ReservationDraft) => {
    const code = errors[key];
    return code ? t(code) : serverErrors[key];
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setServerErrors({});
    const built = buildReservation(draft);
    if (!built.ok) {
      setErrors(built.errors);
      setMessage(t('invalid.form'));
      return;
    }
    setErrors({});
    save.mutate(built.body);
  };
  const field = (
    key: keyof ReservationDraft,
    type: 'text' | 'tel' | 'number' | 'date' = 'text',
    required = true,
  ) => (
    <InputField
      label={t(`new.${key}`)}
      name={key}
      type={type}
      required={required}
      value={draft[key]}
      onChange={set(key)}
      error={error(key)}
    />
  );
  return (
    <>
      <p>
        <Link to="/transit/reservations" className="back-link">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('title.new')}>
        <p className="page-header__sub">{t('new.rule')}</p>
      </PageHeader>
      <form className="form transit-form" onSubmit={submit} noValidate>
        <div className="transit-grid">
          {field('partyName')}
          {field('phone', 'tel')}
          {field('caravans', 'number')}
          {field('vehicles', 'number')}
          {field('arrival', 'date')}
          {field('departure', 'date')}
        </div>
        <p className="transit-nights" aria-live="polite">
          {nights !== null && nights > 0 ? t('new.nights', { nights }) : null}
          {nights !== null && nights > MAX_DAYS ? <strong> {t('new.tooLong')}</strong> : null}
        </p>
        <InputField
          label={t('new.notes')}
          name="notes"
          multiline
          value={draft.notes}
          onChange={set('notes')}
        />
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
