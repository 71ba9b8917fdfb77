import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Claim } from '../../../contracts/offerfeest.ts';
import { Button } from '../../components/ui/button.tsx';
import { NativeInputField } from '../../components/ui/native-fields.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { invoiceUrl, offerfeestKeys, reviewClaim } from './api.ts';
import { describeError } from './errors.ts';
import { toCents } from './format.ts';
import { useOfferfeestI18n } from './i18n.ts';

type Decision = Parameters<typeof reviewClaim>[1];

/** Look at the invoice, then approve (with an amount, or the scheme's) or reject with a reason. */
export function ReviewForm({ claim, onDone }: { claim: Claim; onDone: () => void }) {
  const { t } = useOfferfeestI18n();
  const client = useQueryClient();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const review = useMutation({
    mutationFn: (decision: Decision) => reviewClaim(claim.id, decision),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: offerfeestKeys.all });
      onDone();
    },
    onError: (error) => {
      setMessage(describeError(error, t));
      setFields(error instanceof ApiError ? error.fieldErrors : {});
    },
  });
  const approve = () => {
    if (!amount.trim()) return review.mutate({ decision: 'approve' });
    const approvedCents = toCents(amount);
    if (approvedCents === null || approvedCents < 1) return setFields({ approvedCents: t('form.number') });
    review.mutate({ decision: 'approve', approvedCents });
  };
  const open = claim.status === 'submitted' || claim.status === 'in_review';
  return (
    <div className="form">
      <FormError message={message} />
      <p>
        {t('claim.details', {
          slaughterhouse: claim.slaughterhouse,
          date: claim.invoiceDate,
          animals: t(`species.${claim.species}`, { count: claim.animals }),
        })}
      </p>
      <p>
        {claim.hasInvoice ? (
          <a href={invoiceUrl(claim.id)} target="_blank" rel="noreferrer">
            {t('claim.invoice')}
          </a>
        ) : (
          t('claim.noInvoice')
        )}
      </p>
      {claim.status === 'submitted' ? (
        <Button onPress={() => review.mutate({ decision: 'start_review' })} isDisabled={review.isPending}>
          {t('claim.startReview')}
        </Button>
      ) : null}
      {open ? (
        <>
          <NativeInputField
            name="approvedCents"
            label={t('claim.amount')}
            help={t('claim.amountHint')}
            value={amount}
            onChange={setAmount}
            error={fields.approvedCents}
          />
          <Button variant="primary" onPress={approve} isDisabled={review.isPending}>
            {t('claim.approve')}
          </Button>
          <NativeInputField
            name="reason"
            label={t('claim.reason')}
            value={reason}
            onChange={setReason}
            multiline
            error={fields.reason}
          />
          <Button
            variant="danger"
            onPress={() => review.mutate({ decision: 'reject', reason })}
            isDisabled={review.isPending}
          >
            {t('claim.reject')}
          </Button>
        </>
      ) : null}
    </div>
  );
}
