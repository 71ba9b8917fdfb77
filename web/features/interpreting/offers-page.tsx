import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OfferOut } from '../../../contracts/interpreting-dispatch.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { formatDateTime } from '../../components/ui/date-time.tsx';
import { EmptyState, Skeleton } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { acceptOffer, declineOffer, interpretingKeys, listOpenOffers } from './api.ts';
import { describeError } from './describe-error.ts';
import { interpretingTranslator, useInterpretingI18n } from './i18n.ts';
import { languageLabel } from './languages.ts';
import { Facts, LoadError, sessionTime } from './parts.tsx';
import './interpreting.css';

function OfferCard({
  offer,
  onAnswer,
  busy,
}: {
  offer: OfferOut;
  onAnswer: (a: Answer) => void;
  busy: boolean;
}) {
  const tr = interpretingTranslator;
  const { t } = tr;
  const job = offer.job;
  return (
    <li className="interp-card" data-offer={job.reference}>
      <h2 className="interp-card__title">
        {languageLabel(job.language, job.variant)} · {sessionTime(job.start, job.end)}
      </h2>
      <Facts
        items={[
          [t('list.reference'), job.reference],
          [t('list.mode'), tr.maybe(`mode.${job.mode}`) ?? job.mode],
          [t('detail.where'), job.place],
          [t('detail.clientReference'), job.clientReference],
        ]}
      />
      <p>{t('offers.expires', { deadline: formatDateTime(offer.expiresAt, 'nl-BE', 'datetime') })}</p>
      <div className="interp-card__actions">
        <Button
          variant="primary"
          isDisabled={busy}
          onPress={() => onAnswer({ offer, accept: true })}
          aria-label={t('offers.acceptLabel', { reference: job.reference })}
        >
          {t('offers.accept')}
        </Button>
        <Button
          isDisabled={busy}
          onPress={() => onAnswer({ offer, accept: false })}
          aria-label={t('offers.declineLabel', { reference: job.reference })}
        >
          {t('offers.decline')}
        </Button>
      </div>
    </li>
  );
}

type Answer = { offer: OfferOut; accept: boolean };

/** An interpreter's open offers, phone-sized: the first to accept gets the job. */
export function OffersPage() {
  const { t } = useInterpretingI18n();
  const client = useQueryClient();
  const offers = useQuery({ queryKey: interpretingKeys.offers, queryFn: listOpenOffers });
  const answer = useMutation({
    mutationFn: ({ offer, accept }: Answer) => (accept ? acceptOffer(offer.id) : declineOffer(offer.id)),
    onSuccess: async (_, { offer, accept }) => {
      const reference = offer.job.reference;
      toast({
        tone: 'success',
        title: accept ? t('offers.accepted', { reference }) : t('offers.declined', { reference }),
      });
      await client.invalidateQueries({ queryKey: interpretingKeys.all });
    },
    onError: async (error) => {
      toast({ tone: 'error', title: describeError(error) });
      await client.invalidateQueries({ queryKey: interpretingKeys.offers });
    },
  });
  return (
    <>
      <PageHeader title={t('title.offers')} />
      {offers.isPending ? (
        <Skeleton lines={4} />
      ) : offers.error ? (
        <LoadError error={offers.error} onRetry={() => void offers.refetch()} />
      ) : offers.data.length === 0 ? (
        <EmptyState title={t('offers.empty')} />
      ) : (
        <ul className="interp-cards">
          {offers.data.map((offer) => (
            <OfferCard
              key={offer.id}
              offer={offer}
              onAnswer={(a) => answer.mutate(a)}
              busy={answer.isPending}
            />
          ))}
        </ul>
      )}
    </>
  );
}
