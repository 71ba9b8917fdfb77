import { useState } from 'react';
import { Form } from 'react-aria-components';
import type { TimesheetQueueItem } from '../../../contracts/interpreting-billing-queue.ts';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useBillingI18n } from './i18n.ts';

/** Sends a timesheet back: the note is required, because the interpreter must know what to fix. */
export function RejectDialog(props: {
  item: TimesheetQueueItem;
  pending: boolean;
  error: string | null;
  onReject: (note: string) => void;
  onClose: () => void;
}) {
  const { t } = useBillingI18n();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (!note.trim()) return setMissing(true);
    props.onReject(note.trim());
  };
  return (
    <Dialog
      title={t('timesheets.rejectTitle', { reference: props.item.reference })}
      isOpen
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      actions={
        <Button variant="danger" onPress={submit} isPending={props.pending}>
          {t('timesheets.rejectSend')}
        </Button>
      }
    >
      <Form className="form" validationBehavior="aria" onSubmit={(e) => e.preventDefault()}>
        <FormError message={props.error} />
        <TextField
          label={t('timesheets.rejectNote')}
          description={t('timesheets.rejectNoteHelp')}
          name="note"
          multiline
          isRequired
          maxLength={2000}
          value={note}
          onChange={setNote}
          error={missing ? t('timesheets.rejectNoteMissing') : undefined}
        />
      </Form>
    </Dialog>
  );
}
