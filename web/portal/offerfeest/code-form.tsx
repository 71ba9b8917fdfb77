import { type FormEvent, type ReactNode, useState } from 'react';
import type { Load } from '../library/use-load.ts';
import { navigate } from '../portal-router.tsx';
import { Field } from './form-parts.tsx';
import type { OfferfeestT } from './i18n.ts';
import type { OfferfeestMessageKey } from './messages/nl.ts';
import { normaliseCode } from './rules.ts';

/** Type a code by hand (small letters and spaces are fine) and open `${base}/<code>`. */
export function CodeForm({ base, t }: { base: string; t: OfferfeestT }) {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<OfferfeestMessageKey | undefined>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = normaliseCode(code);
    setProblem(next ? undefined : 'required');
    if (next) navigate(`${base}/${encodeURIComponent(next)}`);
  };
  return (
    <form className="case-form case-form--code" noValidate onSubmit={onSubmit}>
      <Field id="code" label={t('stCode')} problem={problem} t={t}>
        {(aria) => (
          <div className="case-code-row">
            <input
              id="code"
              name="code"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              dir="ltr"
              {...aria}
            />
            <button type="submit" className="case-button">
              {t('stShow')}
            </button>
          </div>
        )}
      </Field>
    </form>
  );
}

/** While a code's record loads, or when it cannot: what to say instead (null once it is there). */
export function loadNotice<T>(load: Load<T>, t: OfferfeestT): ReactNode {
  if (load.kind === 'idle' || load.kind === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  if (load.kind === 'done') return null;
  const unknown = load.status === 404 || load.status === 400;
  return (
    <p role="alert" className="case-alert">
      {t(unknown ? 'notFound' : 'failed')}
    </p>
  );
}
