import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { addWeekdays, brusselsParts } from '../interpreting/brussels.ts';
import { dispatchKeys, getDayPlan, proposeDayPlan } from './api.ts';
import { DayPlanView } from './day-plan-view.tsx';
import { describeError, useDispatchI18n } from './i18n.ts';
import './dispatch.css';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Pick a day and propose its plan; a plan id in the URL shows that plan (so it can be shared). */
export function DayPlanPage() {
  const { t } = useDispatchI18n();
  const { planId } = useParams({ strict: false });
  const navigate = useNavigate();
  const client = useQueryClient();
  const [day, setDay] = useState(() => addWeekdays(brusselsParts(new Date()).date, 1));
  const [error, setError] = useState<string | null>(null);
  // The picker shows the day of the plan in the URL (shares the view's query, no second call).
  const shown = useQuery({
    queryKey: dispatchKeys.plan(planId ?? ''),
    queryFn: () => getDayPlan(planId ?? ''),
    enabled: Boolean(planId),
  });
  const shownDay = shown.data?.day;
  useEffect(() => {
    if (shownDay) setDay(shownDay);
  }, [shownDay]);
  const propose = useMutation({
    mutationFn: proposeDayPlan,
    onSuccess: async (plan) => {
      client.setQueryData(dispatchKeys.plan(plan.id), plan);
      await navigate({ to: '/interpreting/day-plan/$planId', params: { planId: plan.id } });
    },
    onError: (e) => setError(describeError(e)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (ISO_DAY.test(day)) propose.mutate(day);
  };
  return (
    <>
      <PageHeader title={t('title.dayPlan')}>
        <p className="page-header__sub">{t('plan.intro')}</p>
      </PageHeader>
      <Form onSubmit={submit} className="dispatch-inline-form" validationBehavior="aria">
        <TextField
          label={t('plan.day')}
          name="day"
          type="date"
          isRequired
          value={day}
          onChange={setDay}
          error={ISO_DAY.test(day) ? undefined : t('plan.none')}
        />
        <Button type="submit" variant="primary" isPending={propose.isPending}>
          {t('plan.propose')}
        </Button>
      </Form>
      <FormError message={error} />
      {propose.isPending ? (
        <p role="status" className="interp-notice">
          {t('plan.proposing')}
        </p>
      ) : null}
      {planId ? (
        <DayPlanView key={planId} planId={planId} />
      ) : (
        <p className="dispatch-hint">{t('plan.none')}</p>
      )}
    </>
  );
}
