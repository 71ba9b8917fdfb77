import { useState } from 'react';
import type { InterpretingRequestView } from '../../../contracts/interpreting-requests.ts';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { setWaiver, voidRequest } from './api.ts';
import { describeError } from './describe-error.ts';
import { useInterpretingI18n } from './i18n.ts';

type Action = 'void' | 'waive' | 'unwaive';

/** Which of the three the request allows now; the server checks again (e.g. refuses once invoiced). */
export function chargeActionsFor(r: InterpretingRequestView): Action[] {
  const actions: Action[] = [];
  const late = r.cancellation?.kind === 'late';
  if (r.status !== 'invoiced' && r.cancellation?.kind !== 'void') actions.push('void');
  if (late && !r.cancellation?.waived) actions.push('waive');
  if (late && r.cancellation?.waived) actions.push('unwaive');
  return actions;
}

/**
 * The dispatcher's billing decisions on a request: void (never billable, a reason is required),
 * waive a late cancellation and undo that (an optional note). Each asks for confirmation first.
 */
export function ChargeActions(props: {
  request: InterpretingRequestView;
  onDone: (updated: InterpretingRequestView, message: string) => void;
}) {
  const { t } = useInterpretingI18n();
  const r = props.request;
  const [open, setOpen] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const [pending, setPending] = useState(false);
  const actions = chargeActionsFor(r);
  if (actions.length === 0) return null;

  const start = (action: Action) => {
    setText('');
    setError(null);
    setReasonMissing(false);
    setOpen(action);
  };

  const confirm = async () => {
    if (!open) return;
    // The API requires a reason to void: say so next to the field instead of a 400.
    setReasonMissing(open === 'void' && text.trim() === '');
    if (open === 'void' && text.trim() === '') return;
    setPending(true);
    setError(null);
    try {
      const updated =
        open === 'void'
          ? await voidRequest(r.id, text.trim())
          : await setWaiver(r.id, open === 'waive', text.trim() || undefined);
      props.onDone(updated, t(`charge.${open}Done`));
      setOpen(null);
    } catch (cause) {
      setError(describeError(cause));
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="charge-heading" className="interp-section" data-charge-actions>
      <h2 id="charge-heading">{t('charge.title')}</h2>
      <div className="interp-card__actions">
        {actions.map((action) => (
          <Button
            key={action}
            variant={action === 'void' ? 'danger' : 'secondary'}
            onPress={() => start(action)}
            data-charge-action={action}
          >
            {t(`charge.${action}`)}
          </Button>
        ))}
      </div>
      <Dialog
        title={open ? t(`charge.${open}Title`, { reference: r.reference }) : ''}
        isOpen={open !== null}
        onOpenChange={(isOpen) => setOpen(isOpen ? open : null)}
        actions={
          <>
            <Button onPress={() => setOpen(null)}>{t('charge.keep')}</Button>
            <Button variant={open === 'void' ? 'danger' : 'primary'} onPress={confirm} isPending={pending}>
              {open ? t(`charge.${open}Confirm`) : ''}
            </Button>
          </>
        }
      >
        <FormError message={error} />
        {open ? <p>{t(`charge.${open}Help`)}</p> : null}
        <TextField
          label={open === 'void' ? t('charge.voidReason') : t('charge.note')}
          isRequired={open === 'void'}
          multiline
          value={text}
          onChange={(value) => {
            setText(value);
            setReasonMissing(false);
          }}
          error={reasonMissing ? t('charge.voidReasonRequired') : undefined}
        />
      </Dialog>
    </section>
  );
}
