import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { DayPlan, DayPlanPublishResultSchema } from '../../../contracts/interpreting-planning.ts';
import { Button } from '../../components/ui/button.tsx';
import { Skeleton } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { ChoiceGroup } from '../interpreting/choice-group.tsx';
import { LoadError } from '../interpreting/parts.tsx';
import { dispatchKeys, editDayPlan, getDayPlan, listInterpreters, publishDayPlan } from './api.ts';
import { type PlanDraft, pendingChanges, publishBlock, violationLines } from './day-plan.ts';
import { PlanTotals, PlanViolations, PublishResults } from './day-plan-parts.tsx';
import { PlanTable } from './day-plan-table.tsx';
import { describeError, useDispatchI18n } from './i18n.ts';

type PublishAs = 'assignments' | 'offers';
type PublishResult = z.infer<typeof DayPlanPublishResultSchema>;

/** Active on-site interpreters: whom a dispatcher may put on a row of the plan. */
const REGISTER_QUERY = { mode: 'on_site', status: 'active', limit: 200 } as const;

function PublishPanel(props: { plan: DayPlan; pending: number; onPublished: (r: PublishResult) => void }) {
  const { t } = useDispatchI18n();
  const client = useQueryClient();
  const [as, setAs] = useState<PublishAs>('assignments');
  const publish = useMutation({
    mutationFn: () => publishDayPlan(props.plan.id, as),
    onSuccess: async (result) => {
      client.setQueryData(dispatchKeys.plan(result.plan.id), result.plan);
      props.onPublished(result);
      toast({ tone: 'success', title: t('plan.published') });
      await client.invalidateQueries({ queryKey: ['interpreting', 'requests'] });
    },
    onError: (error) => toast({ tone: 'error', title: describeError(error) }),
  });
  const block = publishBlock(props.plan, props.pending);
  return (
    <section aria-labelledby="plan-publish" className="interp-section">
      <h2 id="plan-publish">{t('plan.publish')}</h2>
      {props.plan.status === 'draft' ? (
        <ChoiceGroup<PublishAs>
          label={t('plan.publishAs')}
          name="publishAs"
          options={[
            { id: 'assignments', label: t('plan.publishAs.assignments') },
            { id: 'offers', label: t('plan.publishAs.offers') },
          ]}
          value={as}
          onChange={setAs}
        />
      ) : null}
      {block ? <p id="plan-publish-block">{t(`plan.block.${block}`)}</p> : null}
      <Button
        variant="primary"
        onPress={() => publish.mutate()}
        isPending={publish.isPending}
        isDisabled={block !== null}
        aria-describedby={block ? 'plan-publish-block' : undefined}
      >
        {t('plan.publish')}
      </Button>
    </section>
  );
}

/** A proposed plan: its numbers, the rows with their reasons and edits, what breaks, and publishing. */
export function DayPlanView({ planId }: { planId: string }) {
  const { t } = useDispatchI18n();
  const client = useQueryClient();
  const plan = useQuery({ queryKey: dispatchKeys.plan(planId), queryFn: () => getDayPlan(planId) });
  const register = useQuery({
    queryKey: dispatchKeys.interpreters(REGISTER_QUERY),
    queryFn: () => listInterpreters(REGISTER_QUERY),
  });
  const [draft, setDraft] = useState<PlanDraft>({});
  const [result, setResult] = useState<PublishResult | null>(null);
  const apply = useMutation({
    mutationFn: (changes: ReturnType<typeof pendingChanges>) => editDayPlan(planId, changes),
    onSuccess: (next) => {
      client.setQueryData(dispatchKeys.plan(next.id), next);
      setDraft({});
      toast({ tone: 'success', title: t('plan.applied') });
    },
    onError: (error) => toast({ tone: 'error', title: describeError(error) }),
  });

  if (plan.isPending) return <Skeleton lines={6} />;
  if (plan.error) return <LoadError error={plan.error} onRetry={() => void plan.refetch()} />;
  const current = plan.data;
  const people = register.data?.items ?? [];
  const changes = pendingChanges(current.items, draft);
  return (
    <div data-plan={current.id} data-plan-status={current.status}>
      <PlanTotals plan={current} />
      <PlanViolations lines={violationLines(current, people)} />
      <PlanTable
        plan={current}
        register={people}
        draft={draft}
        editable={current.status === 'draft'}
        onChoose={(requestId, interpreterId) => setDraft((d) => ({ ...d, [requestId]: interpreterId }))}
      />
      {changes.length > 0 ? (
        <div className="interp-card__actions" data-pending={changes.length}>
          <p role="status">{t('plan.pending', { count: changes.length })}</p>
          <Button variant="primary" onPress={() => apply.mutate(changes)} isPending={apply.isPending}>
            {t('plan.apply')}
          </Button>
          <Button onPress={() => setDraft({})} isDisabled={apply.isPending}>
            {t('plan.discard')}
          </Button>
        </div>
      ) : null}
      <PublishPanel plan={current} pending={changes.length} onPublished={setResult} />
      {result ? <PublishResults result={result} /> : null}
    </div>
  );
}
