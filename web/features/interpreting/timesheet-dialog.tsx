import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import type { TimesheetOut } from '../../../contracts/interpreting-billing.ts';
import type { AgendaItem } from '../../../contracts/interpreting-register.ts';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { interpretingKeys, submitTimesheet } from './api.ts';
import { brusselsInstant, brusselsParts } from './brussels.ts';
import { ChoiceGroup } from './choice-group.tsx';
import { describeError } from './describe-error.ts';
import { useInterpretingI18n } from './i18n.ts';
import { type TimesheetValues, timesheetBody } from './timesheet-form.ts';

/** The planned times for a first report; what she reported before when she changes it. */
function initial(item: AgendaItem, existing: TimesheetOut | null): TimesheetValues {
  return {
    start: brusselsParts(existing?.actualStart ?? item.start).time,
    end: brusselsParts(existing?.actualEnd ?? item.end).time,
    waitingMinutes: String(existing?.waitingMinutes ?? 0),
    kilometres: String(existing?.kilometres ?? 0).replace('.', ','),
    noShow: existing?.noShow ?? 'none',
    notes: existing?.notes ?? '',
  };
}

/** After a job: actual start and end (Brussels time on the job's day), waiting time, kilometres, no-show. */
export function TimesheetDialog(props: {
  item: AgendaItem;
  existing: TimesheetOut | null;
  onClose: () => void;
}) {
  const { t } = useInterpretingI18n();
  const client = useQueryClient();
  const { item } = props;
  const [values, setValues] = useState(() => initial(item, props.existing));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = (key: keyof TimesheetValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const day = brusselsParts(item.start).date;

  const submit = async () => {
    const body = timesheetBody(values, (time) => brusselsInstant(day, time));
    if (!body.ok) {
      setErrors(Object.fromEntries(body.invalid.map((field) => [field, t('timesheet.invalid')])));
      return;
    }
    setPending(true);
    setFormError(null);
    try {
      await submitTimesheet(item.assignmentId, body.value);
      toast({ tone: 'success', title: t('timesheet.saved', { reference: item.request.reference }) });
      await client.invalidateQueries({ queryKey: interpretingKeys.all });
      props.onClose();
    } catch (error) {
      if (error instanceof ApiError && error.hasFieldErrors) setErrors({ ...error.fieldErrors });
      setFormError(describeError(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      title={t('agenda.timesheetFor', { reference: item.request.reference })}
      isOpen
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      actions={
        <Button variant="primary" onPress={submit} isPending={pending}>
          {t('timesheet.submit')}
        </Button>
      }
    >
      <Form className="form" validationBehavior="aria" onSubmit={(e) => e.preventDefault()}>
        <FormError message={formError} />
        <ChoiceGroup
          label={t('timesheet.noShow')}
          name="noShow"
          options={[
            { id: 'none', label: t('timesheet.noShow.none') },
            { id: 'client', label: t('timesheet.noShow.client') },
            { id: 'interpreter', label: t('timesheet.noShow.interpreter') },
          ]}
          value={values.noShow}
          onChange={(v) => setValues((current) => ({ ...current, noShow: v }))}
          error={errors.noShow}
        />
        <div className="interp-row">
          <TextField
            label={t('timesheet.actualStart')}
            type="time"
            value={values.start}
            onChange={set('start')}
            error={errors.start ?? errors.actualStart}
          />
          <TextField
            label={t('timesheet.actualEnd')}
            type="time"
            value={values.end}
            onChange={set('end')}
            error={errors.end ?? errors.actualEnd}
          />
        </div>
        <div className="interp-row">
          <TextField
            label={t('timesheet.waiting')}
            description={t('timesheet.waitingHelp')}
            type="number"
            inputMode="numeric"
            value={values.waitingMinutes}
            onChange={set('waitingMinutes')}
            error={errors.waitingMinutes}
          />
          <TextField
            label={t('timesheet.km')}
            inputMode="decimal"
            value={values.kilometres}
            onChange={set('kilometres')}
            error={errors.kilometres}
          />
        </div>
        <TextField label={t('timesheet.notes')} multiline value={values.notes} onChange={set('notes')} />
      </Form>
    </Dialog>
  );
}
