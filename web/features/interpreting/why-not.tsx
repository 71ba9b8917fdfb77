import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import type { EligibilityExplanation } from '../../../contracts/interpreting.ts';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { explainCandidate, findInterpreters } from './api.ts';
import { describeError } from './describe-error.ts';
import { interpretingTranslator, useInterpretingI18n } from './i18n.ts';
import { reasonText } from './reasons.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Answer = { name: string; explanation: EligibilityExplanation };

/** An id is used as it is; a code ("T-0042") is looked up in the register first. */
async function resolve(input: string): Promise<{ id: string; name: string } | null> {
  if (UUID.test(input)) return { id: input, name: input };
  const found = await findInterpreters({ q: input, limit: 10 });
  const exact = found.items.find((i) => i.code.toLowerCase() === input.toLowerCase()) ?? found.items[0];
  return exact ? { id: exact.id, name: `${exact.givenName} ${exact.familyName} (${exact.code})` } : null;
}

/** "Why is this interpreter not on the list?": every rule she fails, in Dutch. */
export function WhyNot({ requestId }: { requestId: string }) {
  const { t } = useInterpretingI18n();
  const [input, setInput] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [answer, setAnswer] = useState<Answer | null>(null);

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    const query = input.trim();
    if (!query) return;
    setPending(true);
    setError(undefined);
    setAnswer(null);
    try {
      const who = await resolve(query);
      if (!who) setError(t('dispatch.notFound'));
      else setAnswer({ name: who.name, explanation: await explainCandidate(requestId, who.id) });
    } catch (cause) {
      setError(describeError(cause));
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="why-not-heading" className="interp-section">
      <h3 id="why-not-heading">{t('dispatch.whyNot')}</h3>
      <Form onSubmit={ask} className="interp-feed" validationBehavior="aria">
        <TextField
          label={t('dispatch.whyNotField')}
          description={t('dispatch.whyNotHelp')}
          name="interpreter"
          value={input}
          onChange={setInput}
          error={error}
        />
        <Button type="submit" isPending={pending}>
          {t('dispatch.whyNotAsk')}
        </Button>
      </Form>
      <div role="status" aria-live="polite">
        {answer ? (
          answer.explanation.eligible ? (
            <p className="interp-notice interp-notice--success">
              {t('dispatch.eligible', { name: answer.name })}
            </p>
          ) : (
            <div className="interp-notice interp-notice--warning">
              <p>{t('dispatch.ineligible', { name: answer.name })}</p>
              <ul className="interp-reasons">
                {answer.explanation.failures.map((failure) => (
                  <li key={`${failure.key}${JSON.stringify(failure.params)}`}>
                    {reasonText(failure, interpretingTranslator)}
                  </li>
                ))}
              </ul>
            </div>
          )
        ) : null}
      </div>
    </section>
  );
}
