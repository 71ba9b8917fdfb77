import { useState } from 'react';
import { SERIES_SCOPES, type SeriesScope } from '../../../contracts/interpreting.ts';
import type { CancellationKind, InterpretingRequestView } from '../../../contracts/interpreting-requests.ts';
import { Button } from '../../components/ui/button.tsx';
import { formatDateTime } from '../../components/ui/date-time.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { cancelRequest } from './api.ts';
import { estimatedFreeCancellationDeadline } from './brussels.ts';
import { ChoiceGroup } from './choice-group.tsx';
import { describeError } from './describe-error.ts';
import { useInterpretingI18n } from './i18n.ts';

export type CancelOutcome = { kind: CancellationKind | null };

/**
 * Asks before cancelling and says beforehand whether it will be free or late, from the rule
 * "free until 10:00 on the working day before". The server applies the effective-dated rule with
 * the public holidays; its verdict is shown after cancelling.
 */
export function CancelDialog(props: {
  request: InterpretingRequestView;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onCancelled: (outcome: CancelOutcome, updated: InterpretingRequestView) => void;
}) {
  const { t } = useInterpretingI18n();
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<SeriesScope>('this');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deadline = estimatedFreeCancellationDeadline(props.request.start);
  const late = deadline !== null && Date.now() >= Date.parse(deadline);
  const when = deadline ? formatDateTime(deadline, 'nl-BE', 'datetime') : '';

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      const updated = await cancelRequest(props.request.id, { reason: reason.trim() || undefined, scope });
      props.onCancelled({ kind: updated.cancellation?.kind ?? null }, updated);
      props.onOpenChange(false);
    } catch (cause) {
      setError(describeError(cause));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      title={t('detail.cancelTitle', { reference: props.request.reference })}
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      actions={
        <>
          <Button onPress={() => props.onOpenChange(false)}>{t('detail.cancelKeep')}</Button>
          <Button variant="danger" onPress={confirm} isPending={pending}>
            {t('detail.cancelConfirm')}
          </Button>
        </>
      }
    >
      <FormError message={error} />
      <p
        className={`interp-notice${late ? ' interp-notice--warning' : ''}`}
        data-cancellation-preview={late ? 'late' : 'free'}
      >
        {late ? t('detail.cancelLate', { deadline: when }) : t('detail.cancelFree', { deadline: when })}
      </p>
      {props.request.series ? (
        <ChoiceGroup
          label={t('detail.cancelScope')}
          name="scope"
          options={SERIES_SCOPES.map((id) => ({ id, label: t(`detail.scope.${id}`) }))}
          value={scope}
          onChange={setScope}
        />
      ) : null}
      <TextField label={t('detail.cancelReason')} multiline value={reason} onChange={setReason} />
    </Dialog>
  );
}
