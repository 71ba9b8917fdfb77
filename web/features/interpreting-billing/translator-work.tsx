import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRANSLATION_SOURCE_MEDIA_TYPES } from '../../../contracts/interpreting-translations.ts';
import { Button } from '../../components/ui/button.tsx';
import { formatDateTime } from '../../components/ui/date-time.tsx';
import { FileUpload } from '../../components/ui/file-upload.tsx';
import { EmptyState, Skeleton } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { languageName } from '../interpreting/i18n.ts';
import { LoadError } from '../interpreting/parts.tsx';
import {
  answerTranslationOffer,
  billingKeys,
  deliverTranslation,
  listMyTranslationOffers,
  listTranslations,
  translationFileUrl,
} from './api.ts';
import { describeError } from './describe-error.ts';
import { useBillingI18n } from './i18n.ts';

type Answer = { id: string; reference: string; accept: boolean };

/** The translator's open offers: accept or decline each. */
function MyOffers() {
  const { t } = useBillingI18n();
  const client = useQueryClient();
  const offers = useQuery({ queryKey: billingKeys.translationOffers, queryFn: listMyTranslationOffers });
  const answer = useMutation({
    mutationFn: (a: Answer) => answerTranslationOffer(a.id, a.accept),
    onSuccess: async (_, a) => {
      toast({
        tone: 'success',
        title: t(a.accept ? 'translations.offerAccepted' : 'translations.offerDeclined', {
          reference: a.reference,
        }),
      });
      await client.invalidateQueries({ queryKey: billingKeys.all });
    },
    onError: async (error) => {
      toast({ tone: 'error', title: describeError(error) });
      await client.invalidateQueries({ queryKey: billingKeys.translationOffers });
    },
  });
  if (offers.isPending) return <Skeleton lines={3} />;
  if (offers.error) return <LoadError error={offers.error} onRetry={() => void offers.refetch()} />;
  if (offers.data.items.length === 0) return <EmptyState title={t('translations.myOffersEmpty')} />;
  return (
    <ul className="interp-cards">
      {offers.data.items.map((o) => (
        <li key={o.id} className="interp-card" data-translation-offer={o.reference}>
          <h3 className="interp-card__title">{o.reference}</h3>
          <p>
            {t('translations.offerCard', {
              source: languageName(o.sourceLanguage),
              target: languageName(o.targetLanguage),
              words: o.words,
              deadline: formatDateTime(o.deadline, 'nl-BE', 'date'),
            })}
          </p>
          <div className="interp-card__actions">
            <Button
              variant="primary"
              isDisabled={answer.isPending}
              onPress={() => answer.mutate({ id: o.id, reference: o.reference, accept: true })}
              aria-label={t('translations.acceptOfferLabel', { reference: o.reference })}
            >
              {t('translations.acceptOffer')}
            </Button>
            <Button
              isDisabled={answer.isPending}
              onPress={() => answer.mutate({ id: o.id, reference: o.reference, accept: false })}
              aria-label={t('translations.declineOfferLabel', { reference: o.reference })}
            >
              {t('translations.declineOffer')}
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Her assigned translations: the source to download and the place to upload the translation. */
function MyJobs() {
  const { t } = useBillingI18n();
  const client = useQueryClient();
  const jobs = useQuery({ queryKey: billingKeys.translations, queryFn: listTranslations });
  if (jobs.isPending) return <Skeleton lines={3} />;
  if (jobs.error) return <LoadError error={jobs.error} onRetry={() => void jobs.refetch()} />;
  const assigned = jobs.data.items.filter((j) => j.status === 'assigned');
  if (assigned.length === 0) return <EmptyState title={t('translations.myJobsEmpty')} />;
  return (
    <ul className="interp-cards">
      {assigned.map((j) => (
        <li key={j.id} className="interp-card" data-translation-job={j.reference}>
          <h3 className="interp-card__title">{j.reference}</h3>
          <p>
            {t('translations.offerCard', {
              source: languageName(j.sourceLanguage),
              target: languageName(j.targetLanguage),
              words: j.words,
              deadline: formatDateTime(j.deadline, 'nl-BE', 'date'),
            })}
          </p>
          <p>
            <a href={translationFileUrl(j.id, 'source')} download>
              {t('translations.source')}
            </a>
          </p>
          <FileUpload
            label={t('translations.deliver', { reference: j.reference })}
            accept={TRANSLATION_SOURCE_MEDIA_TYPES}
            upload={async (file, onProgress) => {
              try {
                return await deliverTranslation(j.id, file, onProgress);
              } catch (error) {
                toast({ tone: 'error', title: describeError(error) });
                throw error;
              }
            }}
            onUploaded={() => {
              toast({ tone: 'success', title: t('translations.delivered', { reference: j.reference }) });
              void client.invalidateQueries({ queryKey: billingKeys.translations });
            }}
          />
        </li>
      ))}
    </ul>
  );
}

/** What a translator (an interpreter who translates) does here: answer offers, deliver. */
export function TranslatorWork() {
  const { t } = useBillingI18n();
  return (
    <>
      <section className="interp-section" aria-labelledby="my-offers-heading">
        <h2 id="my-offers-heading">{t('translations.myOffers')}</h2>
        <MyOffers />
      </section>
      <section className="interp-section" aria-labelledby="my-jobs-heading">
        <h2 id="my-jobs-heading">{t('translations.myJobs')}</h2>
        <MyJobs />
      </section>
    </>
  );
}
