import { useEffect, useRef } from 'react';
import { PortalLink } from '../portal-router.tsx';
import { qrUrl, type RegistrationReceipt } from './api.ts';
import type { OfferfeestT } from './i18n.ts';

/**
 * The code in large type with its QR. The QR is the server's SVG loaded as an image (never put in
 * the page as markup), so nothing in it can run. The heading takes focus to announce the outcome.
 */
export function CodeWithQr({ code, t }: { code: string; t: OfferfeestT }) {
  return (
    <div className="of-code">
      <p className="case-sent__label">{t('codeLabel')}</p>
      <p className="case-code" translate="no">
        <span dir="ltr">{code}</span>
      </p>
      <img className="of-qr" src={qrUrl(code)} alt={t('qrAlt', { code })} width={200} height={200} />
    </div>
  );
}

export function RegistrationResult({ receipt, t }: { receipt: RegistrationReceipt; t: OfferfeestT }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const waitlisted = receipt.status === 'waitlisted';
  return (
    <section className="case-sent" aria-labelledby="of-result-title">
      <h2 id="of-result-title" ref={ref} tabIndex={-1}>
        {waitlisted ? t('regWaitlisted') : t('regConfirmed')}
      </h2>
      {waitlisted && receipt.position !== null ? (
        <p className="of-position">{t('position', { position: receipt.position })}</p>
      ) : null}
      <CodeWithQr code={receipt.code} t={t} />
      <p>
        <strong>{t('keepCode')}</strong>
      </p>
      <p>
        <PortalLink
          href={`/offerfeest/status/${encodeURIComponent(receipt.code)}`}
          className="case-button case-button--link"
        >
          {t('followLink')}
        </PortalLink>
      </p>
    </section>
  );
}
