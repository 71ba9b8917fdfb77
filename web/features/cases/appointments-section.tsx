import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  APPOINTMENT_STATUS_LABELS,
  type CaseAppointment,
  INTERPRETER_STATUS_LABELS,
} from '../../../contracts/case-work.ts';
import { Button } from '../../components/ui/button.tsx';
import { casesKeys } from './api.ts';
import {
  type AppointmentDraft,
  buildAppointment,
  buildInterpreterRequest,
  buildMove,
  EMPTY_APPOINTMENT,
  type InterpreterBody,
  mayAskInterpreter,
  moveDraft,
} from './appointment-form.ts';
import { formatDate, formatTime } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';
import { CheckboxField, InputField, SelectField } from './parts.tsx';
import { addAppointment, askInterpreter, listAppointments, updateAppointment } from './work-api.ts';
import { useWorkMutation, WorkForm, WorkList } from './work-common.tsx';

const MODALITIES = ['on_site', 'phone', 'video'] as const;

type Setter = <K extends keyof AppointmentDraft>(key: K) => (value: AppointmentDraft[K]) => void;

/** The interpreting request as it stands now: it follows the appointment when that moves or is cancelled. */
function InterpreterBadge({ interpreter }: { interpreter: NonNullable<CaseAppointment['interpreter']> }) {
  const { t } = useCasesI18n();
  const late = interpreter.cancellation === 'late' ? ` (${t('appointments.lateCancelled')})` : '';
  const who = interpreter.interpreter
    ? ` · ${interpreter.interpreter.givenName} (${interpreter.interpreter.code})`
    : '';
  return (
    <span className="badge badge--sent" data-interpreter-status={interpreter.status}>
      {INTERPRETER_STATUS_LABELS[interpreter.status]}
      {late} · {interpreter.reference}
      {who}
    </span>
  );
}

type Panel = 'move' | 'interpreter' | null;

function AppointmentItem(props: { a: CaseAppointment; caseId: string; editable: boolean; language: string }) {
  const { a, caseId, editable } = props;
  const { t } = useCasesI18n();
  const [panel, setPanel] = useState<Panel>(null);
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));
  const cancel = useWorkMutation(caseId, 'appointments', () =>
    updateAppointment(caseId, a.id, { status: 'cancelled' }),
  );
  const date = formatDate(a.startsAt);
  const open = editable && a.status === 'planned';
  const ask = editable && mayAskInterpreter(a);
  return (
    <li className="cases-work-item" data-appointment={a.id}>
      <strong>
        {t('appointments.when', { date, from: formatTime(a.startsAt), to: formatTime(a.endsAt) })}
      </strong>{' '}
      <span className="badge">{APPOINTMENT_STATUS_LABELS[a.status]}</span>{' '}
      {a.interpreter ? <InterpreterBadge interpreter={a.interpreter} /> : null}
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
        {open ? (
          <Button variant="quiet" onPress={() => toggle('move')}>
            {panel === 'move' ? t('appointments.close') : t('appointments.move')}
          </Button>
        ) : null}
        {ask ? (
          <Button variant="quiet" onPress={() => toggle('interpreter')}>
            {panel === 'interpreter' ? t('appointments.askClose') : t('appointments.ask')}
          </Button>
        ) : null}
        {open ? (
          <Button variant="quiet" onPress={() => cancel.mutation.mutate(undefined)}>
            {t('appointments.cancel', { date })}
          </Button>
        ) : null}
      </span>
      {cancel.message ? <p role="alert">{cancel.message}</p> : null}
      {panel === 'move' && open ? <MoveForm a={a} caseId={caseId} onDone={() => setPanel(null)} /> : null}
      {panel === 'interpreter' && ask ? (
        <InterpreterForm a={a} caseId={caseId} language={props.language} onDone={() => setPanel(null)} />
      ) : null}
    </li>
  );
}

/**
 * "Tolk aanvragen" on an appointment already planned: the fields of "tolk nodig" (the language, and
 * the number or link by phone or video); the agency books, and the request follows the appointment.
 */
function InterpreterForm(props: {
  a: CaseAppointment;
  caseId: string;
  language: string;
  onDone: () => void;
}) {
  const { a, caseId, onDone } = props;
  const { t } = useCasesI18n();
  const { draft, set } = useDraft({ ...EMPTY_APPOINTMENT, language: props.language });
  const request = useWorkMutation(
    caseId,
    'appointments',
    (body: InterpreterBody) => askInterpreter(caseId, a.id, body),
    onDone,
  );
  const submit = () => {
    const invalid = t('error.validation');
    const built = buildInterpreterRequest(draft, a, {
      language: invalid,
      location: invalid,
      noPlace: t('appointments.askNoPlace'),
    });
    if (!built.ok) {
      request.setMessage(built.errors.location ?? invalid);
      return request.setErrors(built.errors);
    }
    request.mutation.mutate(built.body);
  };
  const err = (key: string) => request.errors[key] ?? request.errors[`interpreter.${key}`];
  const message = request.errors.address ? t('appointments.askNoPlace') : request.message;
  const title = t('appointments.askTitle', { date: formatDate(a.startsAt) });
  const prefix = `interpreter-${a.id}-`;
  return (
    <WorkForm
      title={title}
      submit={t('appointments.ask')}
      pending={request.mutation.isPending}
      message={message}
      onSubmit={submit}
    >
      <h4>{title}</h4>
      <p className="cases-meta">{t('appointments.askNote')}</p>
      <InputField
        label={t('appointments.interpreterLanguage')}
        name={`${prefix}language`}
        required
        value={draft.language}
        onChange={set('language')}
        error={err('language')}
      />
      {a.modality === 'phone' ? (
        <InputField
          label={t('appointments.phoneNumber')}
          name={`${prefix}phoneNumber`}
          type="tel"
          required
          value={draft.phoneNumber}
          onChange={set('phoneNumber')}
          error={err('phoneNumber')}
        />
      ) : null}
      {a.modality === 'video' ? (
        <InputField
          label={t('appointments.videoLink')}
          name={`${prefix}videoLink`}
          required
          value={draft.videoLink}
          onChange={set('videoLink')}
          error={err('videoLink')}
        />
      ) : null}
    </WorkForm>
  );
}

/** Date, time, duration, form and place; with an interpreter, the number or link her form needs. */
function PeriodFields(props: {
  draft: AppointmentDraft;
  set: Setter;
  err: (key: string) => string | undefined;
  prefix: string;
}) {
  const { t } = useCasesI18n();
  const { draft, set, err, prefix } = props;
  return (
    <>
      <div className="cases-grid">
        <InputField
          label={t('appointments.date')}
          name={`${prefix}date`}
          type="date"
          required
          value={draft.date}
          onChange={set('date')}
          error={err('date') ?? err('startsAt')}
        />
        <InputField
          label={t('appointments.time')}
          name={`${prefix}time`}
          type="time"
          required
          value={draft.time}
          onChange={set('time')}
          error={err('time') ?? err('start')}
        />
        <InputField
          label={t('appointments.duration')}
          name={`${prefix}minutes`}
          type="number"
          step="5"
          required
          value={draft.minutes}
          onChange={set('minutes')}
          error={err('minutes') ?? err('endsAt') ?? err('durationMinutes')}
        />
        <SelectField
          label={t('appointments.modality')}
          name={`${prefix}modality`}
          value={draft.modality}
          onChange={(v) => set('modality')(MODALITIES.find((m) => m === v) ?? 'on_site')}
          options={MODALITIES.map((m) => ({ value: m, label: t(`appointments.modality.${m}`) }))}
        />
      </div>
      <InputField
        label={t('appointments.location')}
        name={`${prefix}location`}
        value={draft.location}
        onChange={set('location')}
        error={err('location') ?? err('address')}
      />
      {draft.interpreter && draft.modality === 'phone' ? (
        <InputField
          label={t('appointments.phoneNumber')}
          name={`${prefix}phoneNumber`}
          type="tel"
          value={draft.phoneNumber}
          onChange={set('phoneNumber')}
          error={err('phoneNumber')}
        />
      ) : null}
      {draft.interpreter && draft.modality === 'video' ? (
        <InputField
          label={t('appointments.videoLink')}
          name={`${prefix}videoLink`}
          value={draft.videoLink}
          onChange={set('videoLink')}
          error={err('videoLink')}
        />
      ) : null}
    </>
  );
}

function useDraft(initial: AppointmentDraft) {
  const [draft, setDraft] = useState<AppointmentDraft>(initial);
  const set: Setter = (key) => (value) => setDraft((d) => ({ ...d, [key]: value }));
  return { draft, setDraft, set };
}

/** Moves the appointment; the server moves its interpreting request along (or refuses both). */
function MoveForm({ a, caseId, onDone }: { a: CaseAppointment; caseId: string; onDone: () => void }) {
  const { t } = useCasesI18n();
  const { draft, set } = useDraft(moveDraft(a));
  const move = useWorkMutation(
    caseId,
    'appointments',
    (body: Parameters<typeof updateAppointment>[2]) => updateAppointment(caseId, a.id, body),
    onDone,
  );
  const submit = () => {
    const invalid = t('error.validation');
    const built = buildMove(draft, {
      time: t('appointments.invalidTime'),
      minutes: invalid,
      location: invalid,
    });
    if (!built.ok) return move.setErrors(built.errors);
    move.mutation.mutate(built.body);
  };
  const err = (key: string) => move.errors[key] ?? move.errors[`interpreter.${key}`];
  const title = t('appointments.moveTitle', { date: formatDate(a.startsAt) });
  return (
    <WorkForm
      title={title}
      submit={t('appointments.save')}
      pending={move.mutation.isPending}
      message={move.message}
      onSubmit={submit}
    >
      <h4>{title}</h4>
      {a.interpreter ? <p className="cases-meta">{t('appointments.followNote')}</p> : null}
      <PeriodFields draft={draft} set={set} err={err} prefix={`move-${a.id}-`} />
    </WorkForm>
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
  const { draft, setDraft, set } = useDraft({ ...EMPTY_APPOINTMENT, language });
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
          <AppointmentItem key={a.id} a={a} caseId={caseId} editable={editable} language={language} />
        )}
      />
      {editable ? (
        <WorkForm
          title={t('appointments.new')}
          submit={t('appointments.add')}
          pending={add.mutation.isPending}
          message={add.message}
          onSubmit={submit}
        >
          <h3>{t('appointments.new')}</h3>
          <PeriodFields draft={draft} set={set} err={err} prefix="" />
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
