import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Button } from '../../components/ui/button.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState, FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { languageName } from '../interpreting/i18n.ts';
import { billingKeys, listInterpreters, listTranslations, offerTranslation } from './api.ts';
import { describeError } from './describe-error.ts';
import { useBillingI18n } from './i18n.ts';
import { splitRecipients } from './translation-form.ts';

/** Dispatch offers an accepted job to translators, named by their codes (T-0042) or ids. */
export function TranslationOfferPanel() {
  const { t } = useBillingI18n();
  const client = useQueryClient();
  const jobs = useQuery({ queryKey: billingKeys.translations, queryFn: listTranslations });
  const register = useQuery({ queryKey: billingKeys.interpreters, queryFn: listInterpreters });
  const [jobId, setJobId] = useState<string | null>(null);
  const [recipients, setRecipients] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const open = (jobs.data?.items ?? []).filter((j) => j.status === 'accepted' || j.status === 'offered');
  const options = open.map((j) => ({
    id: j.id,
    label: `${j.reference} · ${languageName(j.sourceLanguage)} → ${languageName(j.targetLanguage)}`,
  }));

  const send = async () => {
    const job = open.find((j) => j.id === jobId);
    const { ids, codes } = splitRecipients(recipients);
    const byCode = new Map((register.data?.items ?? []).map((i) => [i.code.toLowerCase(), i.id]));
    const unknown = codes.filter((c) => !byCode.has(c.toLowerCase()));
    if (!job || unknown.length || ids.length + codes.length === 0) {
      setError(
        unknown.length
          ? t('translations.offerUnknown', { codes: unknown.join(', ') })
          : t('translations.invalid'),
      );
      return;
    }
    const all = [...new Set([...ids, ...codes.map((c) => byCode.get(c.toLowerCase()) ?? '')])];
    setPending(true);
    setError(null);
    try {
      const sent = await offerTranslation(job.id, all);
      toast({
        tone: 'success',
        title: t('translations.offerSent', { count: sent.offers.length, reference: job.reference }),
      });
      setRecipients('');
      await client.invalidateQueries({ queryKey: billingKeys.translations });
    } catch (e) {
      setError(describeError(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="interp-section" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{t('translations.offerTitle')}</h2>
      {jobs.isSuccess && open.length === 0 ? (
        <EmptyState title={t('translations.offerNone')} />
      ) : (
        <Form
          className="bill-form"
          validationBehavior="aria"
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <Select
            label={t('translations.offerJob')}
            name="job"
            options={options}
            value={jobId}
            onChange={setJobId}
            isRequired
          />
          <TextField
            label={t('translations.offerRecipients')}
            description={t('translations.offerRecipientsHelp')}
            name="recipients"
            value={recipients}
            onChange={setRecipients}
            isRequired
          />
          <Button type="submit" variant="primary" isPending={pending}>
            {t('translations.offerSend')}
          </Button>
        </Form>
      )}
      <FormError message={error} />
    </section>
  );
}
