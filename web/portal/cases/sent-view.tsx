import { useEffect, useRef } from 'react';
import { PortalLink } from '../portal-router.tsx';
import type { CasesT } from './i18n.ts';

/**
 * After sending: the code, large and easy to copy, with why to keep it and the way to the status
 * page. The heading takes focus, so a screen reader announces the outcome first.
 */
export function SentView({ code, email, t }: { code: string; email: string; t: CasesT['t'] }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section className="case-sent" aria-labelledby="case-sent-title">
      <h2 id="case-sent-title" ref={ref} tabIndex={-1}>
        {t('doneTitle')}
      </h2>
      <p className="case-sent__label">{t('codeLabel')}</p>
      <p className="case-code" translate="no">
        <span dir="ltr">{code}</span>
      </p>
      <p>
        <strong>{t('keepCode')}</strong>
      </p>
      {email ? <p>{t('mailSent', { email })}</p> : null}
      <p>
        <PortalLink href={`/status/${encodeURIComponent(code)}`} className="case-button case-button--link">
          {t('followLink')}
        </PortalLink>
      </p>
    </section>
  );
}
