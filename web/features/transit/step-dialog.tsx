import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ReservationDetail } from '../../../contracts/transit.ts';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { takeStep, transitKeys } from './api.ts';
import { formatMoney, type StepAction } from './format.ts';
import type { Errors } from './forms.ts';
import { describeError, useTransitI18n } from './i18n.ts';
import { CheckboxField, InputField, METHOD_OPTIONS, SelectField } from './parts.tsx';
import { buildStepBody, emptyStepDraft, type StepDraft } from './step-body.ts';
import { TravellerRows } from './traveller-rows.tsx';

type FieldsProps = {
  step: StepAction;
  detail: ReservationDetail;
  draft: StepDraft;
  set: <K extends keyof StepDraft>(key: K, value: StepDraft[K]) => void;
  errors: Errors;
};

function PaymentFields({
  draft,
  set,
  errors,
  kind,
}: Omit<FieldsProps, 'step' | 'detail'> & { kind: 'pre' | 'deposit' }) {
  const { t } = useTransitI18n();
  return (
    <>
      <CheckboxField
        name="received"
        label={kind === 'pre' ? t('form.prepaymentReceived') : t('form.depositReceived')}
        checked={draft.received}
        onChange={(checked) => set('received', checked)}
      />
      {draft.received ? (
        <div className="transit-grid">
          <SelectField
            label={t('form.method')}
            name="method"
            value={draft.method}
            onChange={(value) => set('method', value)}
            options={METHOD_OPTIONS}
            error={errors.method ? t(errors.method) : undefined}
          />
          <InputField
            label={kind === 'pre' ? t('form.prepaymentAmount') : t('form.depositAmount')}
            name="amount"
            value={draft.amount}
            onChange={(value) => set('amount', value)}
            error={errors.amount ? t(errors.amount) : undefined}
          />
        </div>
      ) : null}
    </>
  );
}

function ReadingFields({ step, detail, draft, set, errors }: FieldsProps) {
  const { t } = useTransitI18n();
  const startOf = (pitchId: string) =>
    detail.meterReadings.find((m) => m.pitchId === pitchId && m.kind === 'start')?.kwh;
  return (
    <div className="transit-grid">
      {detail.pitches.map((pitch) => {
        const start = startOf(pitch.id);
        return (
          <InputField
            key={pitch.id}
            label={t(step === 'check-in' ? 'form.startReading' : 'form.endReading', { number: pitch.number })}
            name={`reading-${pitch.number}`}
            required
            value={draft.readings[pitch.id] ?? ''}
            onChange={(value) => set('readings', { ...draft.readings, [pitch.id]: value })}
            help={
              step === 'check-out' && start !== undefined ? t('form.startWas', { kwh: start }) : undefined
            }
            error={errors[pitch.id] ? t('invalid.kwh') : undefined}
          />
        );
      })}
    </div>
  );
}

function StepFields(props: FieldsProps) {
  const { t } = useTransitI18n();
  const { step, detail, draft, set, errors } = props;
  switch (step) {
    case 'confirm':
      return (
        <>
          <p>{t('form.travellersHint')}</p>
          <TravellerRows
            rows={draft.travellers}
            onChange={(rows) => set('travellers', rows)}
            errors={errors}
          />
          <PaymentFields draft={draft} set={set} errors={errors} kind="pre" />
        </>
      );
    case 'check-in':
      return (
        <>
          <ReadingFields {...props} />
          <PaymentFields draft={draft} set={set} errors={errors} kind="deposit" />
        </>
      );
    case 'check-out':
      return <ReadingFields {...props} />;
    case 'settle':
      return (
        <>
          {detail.bill ? (
            <p>{t('form.settleBalance', { amount: formatMoney(detail.bill.balanceCents) })}</p>
          ) : null}
          <SelectField
            label={t('form.method')}
            name="method"
            value={draft.method}
            onChange={(value) => set('method', value)}
            options={METHOD_OPTIONS}
          />
        </>
      );
    case 'extend':
      return (
        <InputField
          label={t('form.newDeparture')}
          name="departure"
          type="date"
          required
          value={draft.departure}
          onChange={(value) => set('departure', value)}
          error={errors.departure ? t(errors.departure) : undefined}
        />
      );
    case 'cancel':
    case 'no-show':
    case 'evict':
      return (
        <InputField
          label={t('form.reason')}
          name="reason"
          multiline
          required
          value={draft.reason}
          onChange={(value) => set('reason', value)}
          error={errors.reason ? t(errors.reason) : undefined}
        />
      );
    default:
      return null;
  }
}

/** The form of one step, in a dialog; on success the page shows the reservation the server answered. */
export function StepDialog({
  step,
  detail,
  onClose,
}: {
  step: StepAction;
  detail: ReservationDetail;
  onClose: () => void;
}) {
  const { t } = useTransitI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState(() => emptyStepDraft(detail.departure, detail.travellers.length === 0));
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const label = t(`action.${step}`);
  const send = useMutation({
    mutationFn: (body: Record<string, unknown>) => takeStep(detail.id, step, body),
    onSuccess: async (next) => {
      client.setQueryData(transitKeys.reservation(detail.id), next);
      await client.invalidateQueries({ queryKey: transitKeys.all });
      toast({ tone: 'success', title: t('detail.done.step', { step: label }) });
      onClose();
    },
    onError: (error) => setMessage(describeError(error)),
  });
  const set = <K extends keyof StepDraft>(key: K, value: StepDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const built = buildStepBody(step, draft, {
      pitchIds: detail.pitches.map((p) => p.id),
      version: detail.version,
      departure: detail.departure,
    });
    if (!built.ok) {
      setErrors(built.errors);
      setMessage(t('invalid.form'));
      return;
    }
    setErrors({});
    send.mutate(built.body);
  };
  return (
    <Dialog title={label} isOpen onOpenChange={(open) => (open ? null : onClose())} size="lg">
      <form className="form transit-form" onSubmit={submit} noValidate>
        <StepFields step={step} detail={detail} draft={draft} set={set} errors={errors} />
        <FormError message={message} />
        <div className="form__actions">
          <Button type="submit" variant={step === 'evict' ? 'danger' : 'primary'} isPending={send.isPending}>
            {send.isPending ? t('saving') : label}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
