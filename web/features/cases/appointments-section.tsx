import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { APPOINTMENT_STATUS_LABELS, type CaseAppointment } from '../../../contracts/case-work.ts';
import { Button } from '../../components/ui/button.tsx';
import { casesKeys } from './api.ts';
import { type AppointmentDraft, buildAppointment, EMPTY_APPOINTMENT } from './appointment-form.ts';
import { formatDate, formatTime } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';
import { CheckboxField, InputField, SelectField } from './parts.tsx';
import { addAppointment, listAppointments, updateAppointment } from './work-api.ts';
import { useWorkMutation, WorkForm, WorkList } from './work-common.tsx';

const MODALITIES = ['on_site', 'phone', 'video'] as const;

function AppointmentItem({
  a,
  onCancel,
  editable,
}: {
  a: CaseAppointment;
  onCancel: () => void;
  editable: boolean;
}) {
  const { t } = useCasesI18n();
  const date = formatDate(a.startsAt);
  return (
    <li className="cases-work-item" data-appointment={a.id}>
      <strong>
        {t('appointments.when', { date, from: formatTime(a.startsAt), to: formatTime(a.endsAt) })}
      </strong>{' '}
      <span className="badge">{APPOINTMENT_STATUS_LABELS[a.status]}</span>
      {a.interpretingRequestId ? (
        <span className="badge badge--sent">{t('appointments.withInterpreter')}</span>
      ) : null}
      <span className="cases-meta">
        {' '}
        · {t(`appointments.modality.${a.modality}`)}
        {a.location ? ` · ${a.location}` : ''}
        {a.counsellor ? ` · ${a.counsellor.name}` : ''}
      </span>
      {a.notes ? <p className="cases-note__body">{a.notes}</p> : null}
      <span className="button-row">
        <a href={a.icsUrl} download className="cases-ics">
          {t('appointments.ics', { date })}
        </a>
        {editable && a.status === 'planned' ? (
          <Button variant="quiet" onPress={onCancel}>
            {t('appointments.cancel', { date })}
          </Button>
        ) : null}
      </span>
    </li>
  );
}

/** "Afspraak maken": date, time, duration, place; optionally an interpreter in the client's language. */
export function AppointmentsSection({
  caseId,
  editable,
  language,
}: {
  caseId: string;
  editable: boolean;
  language: string;
}) {
  const { t } = useCasesI18n();
  const [draft, setDraft] = useState<AppointmentDraft>({ ...EMPTY_APPOINTMENT, language });
  const query = useQuery({
    queryKey: casesKeys.work(caseId, 'appointments'),
    queryFn: () => listAppointments(caseId),
  });
  const add = useWorkMutation(
    caseId,
    'appointments',
    (body: Parameters<typeof addAppointment>[1]) => addAppointment(caseId, body),
    () => setDraft({ ...EMPTY_APPOINTMENT, language }),
  );
  const cancel = useWorkMutation(caseId, 'appointments', (aid: string) =>
    updateAppointment(caseId, aid, { status: 'cancelled' }),
  );
  const set =
    <K extends keyof AppointmentDraft>(key: K) =>
    (value: AppointmentDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const submit = () => {
    const invalid = t('error.validation');
    const built = buildAppointment(draft, {
      time: t('appointments.invalidTime'),
      minutes: invalid,
      language: invalid,
      location: invalid,
    });
    if (!built.ok) return add.setErrors(built.errors);
    add.mutation.mutate(built.body);
  };
  const err = (key: string) => add.errors[key] ?? add.errors[`interpreter.${key}`];
  return (
    <>
      <WorkList
        query={query}
        empty={t('appointments.none')}
        label={t('tab.appointments')}
        render={(a) => (
          <AppointmentItem
            key={a.id}
            a={a}
            editable={editable}
            onCancel={() => cancel.mutation.mutate(a.id)}
          />
        )}
      />
      {cancel.message ? <p role="alert">{cancel.message}</p> : null}
      {editable ? (
        <WorkForm
          title={t('appointments.new')}
          submit={t('appointments.add')}
          pending={add.mutation.isPending}
          message={add.message}
          onSubmit={submit}
        >
          <h3>{t('appointments.new')}</h3>
          <div className="cases-grid">
            <InputField
              label={t('appointments.date')}
              name="date"
              type="date"
              required
              value={draft.date}
              onChange={set('date')}
              error={err('date') ?? add.errors.startsAt}
            />
            <InputField
              label={t('appointments.time')}
              name="time"
              type="time"
              required
              value={draft.time}
              onChange={set('time')}
              error={err('time')}
            />
            <InputField
              label={t('appointments.duration')}
              name="minutes"
              type="number"
              step="5"
              required
              value={draft.minutes}
              onChange={set('minutes')}
              error={err('minutes') ?? add.errors.endsAt}
            />
            <SelectField
              label={t('appointments.modality')}
              name="modality"
              value={draft.modality}
              onChange={(v) => set('modality')(MODALITIES.find((m) => m === v) ?? 'on_site')}
              options={MODALITIES.map((m) => ({ value: m, label: t(`appointments.modality.${m}`) }))}
            />
          </div>
          <InputField
            label={t('appointments.location')}
            name="location"
            value={draft.location}
            onChange={set('location')}
            error={err('location')}
          />
          <InputField
            label={t('appointments.notes')}
            name="appointmentNotes"
            multiline
            value={draft.notes}
            onChange={set('notes')}
            error={err('notes')}
          />
          <CheckboxField
            label={t('appointments.interpreter')}
            name="interpreter"
            checked={draft.interpreter}
            onChange={set('interpreter')}
          />
          {draft.interpreter ? (
            <InputField
              label={t('appointments.interpreterLanguage')}
              name="interpreterLanguage"
              value={draft.language}
              onChange={set('language')}
              error={err('language')}
            />
          ) : null}
        </WorkForm>
      ) : null}
    </>
  );
}
