import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseDetail } from '../../../contracts/cases.ts';
import { Button } from '../../components/ui/button.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { casesKeys, transitionCase } from './api.ts';
import { describeError, useCasesI18n } from './i18n.ts';
import { InputField } from './parts.tsx';

/**
 * The moves the server allows from here, as buttons. A blocked one stays visible, disabled, with the
 * reason beside it; a refused one shows the problem in the alert line.
 */
export function Transitions({ detail }: { detail: CaseDetail }) {
  const { t } = useCasesI18n();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: (to: string) =>
      transitionCase(detail.id, {
        to,
        version: detail.version,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onSuccess: async (next) => {
      setReason('');
      setMessage(null);
      client.setQueryData(casesKeys.detail(detail.id), next);
      toast({ tone: 'success', title: t('transitions.done', { label: next.statusLabel }) });
      await client.invalidateQueries({ queryKey: casesKeys.all });
    },
    onError: (error) => setMessage(describeError(error)),
  });
  const moves = detail.allowedTransitions;
  return (
    <section className="cases-card" aria-labelledby="cases-transitions">
      <h2 id="cases-transitions">{t('transitions.title')}</h2>
      {moves.length === 0 ? <p>{t('transitions.none')}</p> : null}
      {moves.length > 0 ? (
        <>
          <ul className="cases-transitions">
            {moves.map((m) => (
              <li key={m.to}>
                <Button
                  variant={m.blocked ? 'secondary' : 'primary'}
                  isDisabled={Boolean(m.blocked) || move.isPending}
                  onPress={() => move.mutate(m.to)}
                  aria-describedby={m.blocked ? `cases-blocked-${m.to}` : undefined}
                  data-to={m.to}
                >
                  {t('transitions.to', { label: m.label })}
                </Button>
                {m.blocked ? (
                  <span className="field__description" id={`cases-blocked-${m.to}`}>
                    {t('transitions.blocked', { reason: m.blocked })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <InputField
            label={t('transitions.reason')}
            name="transitionReason"
            value={reason}
            onChange={setReason}
          />
        </>
      ) : null}
      <FormError message={message} />
    </section>
  );
}
