import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { hasPermission } from '../../../contracts/permissions.ts';
import type { TemporaryCap } from '../../../contracts/transit.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ErrorState, FormError, Skeleton } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import {
  endTemporaryCap,
  getOccupancy,
  listTemporaryCaps,
  removeOutOfService,
  removeTemporaryCap,
  setOutOfService,
  setTemporaryCap,
  transitKeys,
} from './api.ts';
import { addDays, formatDay, isDay, todayInBrussels } from './format.ts';
import { describeError, useTransitI18n } from './i18n.ts';
import { InputField, TransitTabs } from './parts.tsx';

/** How far ahead the periods out of service are listed: the occupancy answers at most 92 days. */
const HORIZON = 92;

type Period = { fromDay: string; toDay: string; reason: string };

/** A period [fromDay, toDay) with a reason, or the message key of what is wrong. */
export function checkPeriod(
  p: Period,
  minLength = 3,
): 'invalid.day' | 'invalid.departure' | 'invalid.reason' | null {
  if (!isDay(p.fromDay) || !isDay(p.toDay)) return 'invalid.day';
  if (p.toDay <= p.fromDay) return 'invalid.departure';
  return p.reason.trim().length < minLength ? 'invalid.reason' : null;
}

/** The first day and the day after the last (periods are [from, to)). */
function DayFields(props: {
  prefix: string;
  from: string;
  to: string;
  set: (key: 'fromDay' | 'toDay') => (value: string) => void;
}) {
  const { t } = useTransitI18n();
  return (
    <>
      <InputField
        label={t('site.fromDay')}
        name={`${props.prefix}fromDay`}
        type="date"
        value={props.from}
        onChange={props.set('fromDay')}
      />
      <InputField
        label={t('site.toDay')}
        name={`${props.prefix}toDay`}
        type="date"
        value={props.to}
        onChange={props.set('toDay')}
      />
    </>
  );
}

function useSaved(onDone?: () => void) {
  const { t } = useTransitI18n();
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: transitKeys.all });
    toast({ tone: 'success', title: t('site.saved') });
    onDone?.();
  };
}

function PeriodForm({ label, onSave }: { label: string; onSave: (p: Period) => Promise<unknown> }) {
  const { t } = useTransitI18n();
  const today = todayInBrussels();
  const [period, setPeriod] = useState<Period>({ fromDay: today, toDay: addDays(today, 1), reason: '' });
  const [message, setMessage] = useState<string | null>(null);
  const saved = useSaved(() => setPeriod((p) => ({ ...p, reason: '' })));
  const save = useMutation({
    mutationFn: onSave,
    onSuccess: saved,
    onError: (e) => setMessage(describeError(e)),
  });
  const set = (key: keyof Period) => (value: string) => setPeriod((p) => ({ ...p, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkPeriod(period);
    setMessage(problem ? t(problem) : null);
    if (!problem) save.mutate(period);
  };
  return (
    <form className="transit-inline-form" onSubmit={submit} noValidate aria-label={label}>
      <DayFields prefix="" from={period.fromDay} to={period.toDay} set={set} />
      <InputField label={t('site.reason')} name="reason" value={period.reason} onChange={set('reason')} />
      <Button type="submit" isPending={save.isPending}>
        {t('site.outOfService')}
      </Button>
      <FormError message={message} />
    </form>
  );
}

function Pitches() {
  const { t } = useTransitI18n();
  const from = todayInBrussels();
  const to = addDays(from, HORIZON);
  const occupancy = useQuery({
    queryKey: transitKeys.occupancy(from, to),
    queryFn: () => getOccupancy(from, to),
  });
  const saved = useSaved();
  const remove = useMutation({
    mutationFn: removeOutOfService,
    onSuccess: saved,
    onError: (e) => toast({ tone: 'error', title: describeError(e) }),
  });
  if (occupancy.error) return <ErrorState error={occupancy.error} onRetry={() => void occupancy.refetch()} />;
  if (!occupancy.data) return <Skeleton lines={6} />;
  return (
    <ul className="transit-pitches">
      {occupancy.data.pitches.map((pitch) => {
        const periods = pitch.allocations.filter((a) => a.state === 'out_of_service');
        return (
          <li key={pitch.id} className="transit-card-block">
            <h3>
              {t('grid.pitchNumber', { number: pitch.number })} ·{' '}
              {t('grid.cluster', { cluster: pitch.cluster })}
            </h3>
            {periods.length === 0 ? <p>{t('site.noPeriods')}</p> : null}
            <ul className="transit-list">
              {periods.map((a) => (
                <li key={a.id}>
                  {t('site.period', {
                    from: formatDay(a.fromDay),
                    to: formatDay(a.toDay),
                    reason: a.reason ?? '',
                  })}{' '}
                  <Button
                    variant="quiet"
                    onPress={() => remove.mutate(a.id)}
                    aria-label={t('site.removeLabel', { number: pitch.number })}
                  >
                    {t('site.remove')}
                  </Button>
                </li>
              ))}
            </ul>
            <PeriodForm
              label={t('site.outOfServiceFor', { number: pitch.number })}
              onSave={(p) => setOutOfService(pitch.id, p)}
            />
          </li>
        );
      })}
    </ul>
  );
}

type CapValues = { fromDay: string; toDay: string; pitches: string; reason: string };

function CapForm({ canConfigure }: { canConfigure: boolean }) {
  const { t } = useTransitI18n();
  return (
    <section className="transit-card-block" aria-labelledby="transit-cap">
      <h2 id="transit-cap">{t('site.cap')}</h2>
      <p>{canConfigure ? t('site.capHelp') : t('site.capOnlyConfigure')}</p>
      <CapList canConfigure={canConfigure} />
      {canConfigure ? <CapSetForm /> : null}
    </section>
  );
}

function CapSetForm() {
  const { t } = useTransitI18n();
  const today = todayInBrussels();
  const [values, setValues] = useState<CapValues>({
    fromDay: today,
    toDay: addDays(today, 7),
    pitches: '15',
    reason: '',
  });
  const [message, setMessage] = useState<string | null>(null);
  const saved = useSaved(() => setValues((v) => ({ ...v, reason: '' })));
  const save = useMutation({
    mutationFn: setTemporaryCap,
    onSuccess: saved,
    onError: (e) => setMessage(describeError(e)),
  });
  const set = (key: keyof CapValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const pitches = /^\d{1,3}$/u.test(values.pitches.trim()) ? Number(values.pitches) : -1;
    const problem = checkPeriod(values) ?? (pitches < 0 || pitches > 200 ? 'invalid.form' : null);
    setMessage(problem ? t(problem) : null);
    if (problem) return;
    save.mutate({ fromDay: values.fromDay, toDay: values.toDay, pitches, reason: values.reason.trim() });
  };
  return (
    <form className="transit-inline-form" onSubmit={submit} noValidate>
      <DayFields prefix="cap-" from={values.fromDay} to={values.toDay} set={set} />
      <InputField
        label={t('site.capPitches')}
        name="capPitches"
        type="number"
        value={values.pitches}
        onChange={set('pitches')}
      />
      <InputField
        label={t('site.capReason')}
        name="capReason"
        value={values.reason}
        onChange={set('reason')}
      />
      <Button type="submit" variant="primary" isPending={save.isPending}>
        {t('site.capSave')}
      </Button>
      <FormError message={message} />
    </form>
  );
}

/** A running cap ended from a day on (today or later): those days get their places back at once. */
function EndCapForm({ cap }: { cap: TemporaryCap }) {
  const { t } = useTransitI18n();
  const today = todayInBrussels();
  const [fromDay, setFromDay] = useState(today > cap.fromDay ? today : addDays(cap.fromDay, 1));
  const [message, setMessage] = useState<string | null>(null);
  const words = { from: formatDay(cap.fromDay), to: formatDay(cap.toDay) };
  const saved = useSaved(() => setMessage(null));
  const end = useMutation({
    mutationFn: () => endTemporaryCap(cap.id, fromDay),
    onSuccess: saved,
    onError: (e) => setMessage(describeError(e)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = isDay(fromDay) && fromDay >= today && fromDay > cap.fromDay && fromDay < cap.toDay;
    setMessage(ok ? null : t('site.capEndInvalid', words));
    if (ok) end.mutate();
  };
  return (
    <form
      className="transit-inline-form"
      onSubmit={submit}
      noValidate
      aria-label={t('site.capEndLabel', words)}
    >
      <InputField
        label={t('site.capEndFrom')}
        name={`capEnd-${cap.id}`}
        type="date"
        value={fromDay}
        onChange={setFromDay}
      />
      <Button type="submit" isPending={end.isPending}>
        {t('site.capEnd')}
      </Button>
      <FormError message={message} />
    </form>
  );
}

/**
 * The caps planned or running. For `transit.configure`: one that has not started can be removed,
 * and one that holds can be ended from a day on.
 */
function CapList({ canConfigure }: { canConfigure: boolean }) {
  const { t } = useTransitI18n();
  const caps = useQuery({ queryKey: transitKeys.caps, queryFn: listTemporaryCaps });
  const saved = useSaved();
  const remove = useMutation({
    mutationFn: removeTemporaryCap,
    onSuccess: saved,
    onError: (e) => toast({ tone: 'error', title: describeError(e) }),
  });
  if (caps.error) return <ErrorState error={caps.error} onRetry={() => void caps.refetch()} />;
  if (!caps.data) return <Skeleton lines={2} />;
  const today = todayInBrussels();
  const items = caps.data.items.filter((c) => c.toDay > today);
  return (
    <>
      <h3>{t('site.capList')}</h3>
      {items.length === 0 ? <p>{t('site.capNone')}</p> : null}
      <ul className="transit-list">
        {items.map((c) => {
          const words = { from: formatDay(c.fromDay), to: formatDay(c.toDay) };
          return (
            <li key={c.id}>
              {t('site.capItem', { ...words, pitches: c.pitches, reason: c.reason })}{' '}
              {canConfigure && c.fromDay > today ? (
                <Button
                  variant="quiet"
                  onPress={() => remove.mutate(c.id)}
                  aria-label={t('site.capRemoveLabel', words)}
                >
                  {t('site.capRemove')}
                </Button>
              ) : null}
              {canConfigure && c.fromDay <= today ? <EndCapForm cap={c} /> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * The site's set-up: pitches out of service for a period (the site supervisors too: a broken meter
 * is found at the pitch) and the temporary caps (set, removed and ended by `transit.configure`
 * only; the supervisors see them).
 */
export function SitePage() {
  const { t } = useTransitI18n();
  const me = useMe();
  const canConfigure = hasPermission(me.roles, 'transit.configure');
  return (
    <>
      <PageHeader title={t('title.site')} />
      <TransitTabs />
      <CapForm canConfigure={canConfigure} />
      <section aria-labelledby="transit-site-pitches">
        <h2 id="transit-site-pitches">{t('site.pitches')}</h2>
        <Pitches />
      </section>
    </>
  );
}
