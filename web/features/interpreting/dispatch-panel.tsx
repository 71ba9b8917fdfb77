import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RankedCandidate } from '../../../contracts/interpreting-dispatch.ts';
import type { InterpretingRequestView } from '../../../contracts/interpreting-requests.ts';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState, Skeleton } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { assignInterpreter, interpretingKeys, listCandidates, sendOffers } from './api.ts';
import { describeError } from './describe-error.ts';
import { interpretingTranslator, useInterpretingI18n } from './i18n.ts';
import { LoadError, sessionTime } from './parts.tsx';
import { reasonText } from './reasons.ts';
import { WhyNot } from './why-not.tsx';

const TOP = 3;

const scoreFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

function CandidateCard(props: {
  candidate: RankedCandidate;
  rank: number;
  onAssign: (candidate: RankedCandidate) => void;
  isPending: boolean;
  /** The end of an alternative slot starting at `start` (same duration as the request). */
  slotEnd?: (start: string) => string;
}) {
  const { t } = useInterpretingI18n();
  const { candidate } = props;
  const who = `${candidate.interpreter.name} (${candidate.interpreter.code})`;
  return (
    <li className="interp-card" data-candidate={candidate.interpreterId} data-slot={candidate.slot}>
      <h3>
        {props.rank}. {who}
      </h3>
      {candidate.slotStart && props.slotEnd ? (
        <p className="interp-notice interp-notice--warning">
          {t('dispatch.alternativeSlot', {
            time: sessionTime(candidate.slotStart, props.slotEnd(candidate.slotStart)),
          })}
        </p>
      ) : null}
      <p>
        {t('dispatch.score')}: <strong>{scoreFormat.format(candidate.score)}</strong>
      </p>
      <ul className="interp-reasons" aria-label={t('dispatch.reasons')}>
        {candidate.reasons.map((reason) => (
          <li key={`${reason.key}${JSON.stringify(reason.params)}`}>
            {reasonText(reason, interpretingTranslator)}
          </li>
        ))}
      </ul>
      <div className="interp-card__actions">
        <Button
          variant="primary"
          onPress={() => props.onAssign(candidate)}
          isDisabled={props.isPending}
          aria-label={t('dispatch.assignLabel', { name: who })}
        >
          {t('dispatch.assign')}
        </Button>
      </div>
    </li>
  );
}

/** Ranked candidates with their reasons, assignment, an offer round to the top 3, and "why not?". */
export function DispatchPanel({ request }: { request: InterpretingRequestView }) {
  const { t } = useInterpretingI18n();
  const client = useQueryClient();
  const candidates = useQuery({
    queryKey: interpretingKeys.candidates(request.id),
    queryFn: () => listCandidates(request.id),
  });
  const refresh = () => client.invalidateQueries({ queryKey: interpretingKeys.all });
  const assign = useMutation({
    mutationFn: (candidate: RankedCandidate) =>
      assignInterpreter(request.id, candidate.interpreterId, candidate.slot),
    onSuccess: async (_, candidate) => {
      toast({ tone: 'success', title: t('dispatch.assigned', { name: candidate.interpreter.name }) });
      await refresh();
    },
    onError: (error) => toast({ tone: 'error', title: describeError(error) }),
  });
  const offer = useMutation({
    mutationFn: (ids: string[]) => sendOffers(request.id, ids),
    onSuccess: async (round) => {
      toast({ tone: 'success', title: t('dispatch.offered', { count: round.offers.length }) });
      await refresh();
    },
    onError: (error) => toast({ tone: 'error', title: describeError(error) }),
  });

  const list = candidates.data ?? [];
  const busy = assign.isPending || offer.isPending;
  return (
    <section aria-labelledby="candidates-heading" className="interp-section">
      <h2 id="candidates-heading">{t('dispatch.candidates')}</h2>
      <p>{t('dispatch.candidatesHelp')}</p>
      {candidates.isPending ? (
        <Skeleton lines={4} />
      ) : candidates.error ? (
        <LoadError error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState title={t('dispatch.noCandidates')} />
      ) : (
        <>
          {list[0]?.slot !== undefined ? <p>{t('dispatch.alternativeSlotsHelp')}</p> : null}
          <div className="interp-card__actions" hidden={list[0]?.slot !== undefined}>
            <Button
              onPress={() => offer.mutate(list.slice(0, TOP).map((c) => c.interpreterId))}
              isPending={offer.isPending}
              isDisabled={busy}
            >
              {t('dispatch.offerTop')}
            </Button>
          </div>
          <ol className="interp-cards" aria-label={t('dispatch.candidates')}>
            {list.map((candidate, index) => (
              <CandidateCard
                key={candidate.interpreterId}
                candidate={candidate}
                rank={index + 1}
                onAssign={(c) => assign.mutate(c)}
                isPending={busy}
                slotEnd={(start) =>
                  new Date(Date.parse(start) + request.durationMinutes * 60_000).toISOString()
                }
              />
            ))}
          </ol>
        </>
      )}
      <WhyNot requestId={request.id} />
    </section>
  );
}
