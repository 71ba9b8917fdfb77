import { useState } from 'react';
import type { PortalLocale } from '../../i18n/locales.ts';
import { useLoad } from '../library/use-load.ts';
import { PageHeading } from '../page-heading.tsx';
import { cancelRegistration, getRegistration, type PublicRegistration } from './api.ts';
import { CodeForm, loadNotice } from './code-form.tsx';
import { formatDate, formatTimeRange } from './format.ts';
import { type OfferfeestT, useOfferfeestT } from './i18n.ts';
import { CodeWithQr } from './registration-result.tsx';

const SPECIES = { sheep: 'speciesSheep', goat: 'speciesGoat', cattle: 'speciesCattle' } as const;

function Cancel({ code, t, onDone }: { code: string; t: OfferfeestT; onDone: () => void }) {
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const confirm = async () => {
    setFailed(false);
    try {
      await cancelRegistration(code);
      onDone();
    } catch {
      setFailed(true);
    }
  };
  if (!asking) {
    return (
      <button type="button" className="case-button of-button--secondary" onClick={() => setAsking(true)}>
        {t('cancel')}
      </button>
    );
  }
  return (
    <div className="of-box">
      <p id="of-cancel-question">{t('cancelConfirm')}</p>
      {failed ? (
        <p role="alert" className="case-alert">
          {t('failed')}
        </p>
      ) : null}
      <p className="of-actions">
        <button type="button" className="case-button" onClick={() => void confirm()}>
          {t('cancelYes')}
        </button>
        <button type="button" className="case-button of-button--secondary" onClick={() => setAsking(false)}>
          {t('cancelNo')}
        </button>
      </p>
    </div>
  );
}

function Details({ reg, t, locale }: { reg: PublicRegistration; t: OfferfeestT; locale: PortalLocale }) {
  return (
    <dl className="case-status">
      <div>
        <dt>{t('stStatus')}</dt>
        <dd className="case-status__label">{t(`status_${reg.status}`)}</dd>
      </div>
      {reg.status === 'waitlisted' && reg.position !== null ? (
        <div>
          <dt>{t('slotWaitlist')}</dt>
          <dd>{t('position', { position: reg.position })}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('stWhen')}</dt>
        <dd>
          {formatDate(reg.slot.start, locale)},{' '}
          <span dir="ltr">{formatTimeRange(reg.slot.start, reg.slot.end, locale)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('stWhere')}</dt>
        <dd>
          {reg.slot.siteName}, {reg.slot.siteAddress}
        </dd>
      </div>
      <div>
        <dt>{t('stAnimals')}</dt>
        <dd>
          {reg.animals} × {t(SPECIES[reg.species])}
        </dd>
      </div>
    </dl>
  );
}

function RegistrationOfCode({ code, t, locale }: { code: string; t: OfferfeestT; locale: PortalLocale }) {
  const [version, setVersion] = useState(0);
  const load = useLoad(`${code}\n${version}`, (signal) => getRegistration(code, signal));
  if (load.kind !== 'done') return loadNotice(load, t);
  const reg = load.data;
  const open = reg.status === 'confirmed' || reg.status === 'waitlisted';
  return (
    <div aria-live="polite">
      {version > 0 && reg.status === 'cancelled' ? <p role="status">{t('cancelDone')}</p> : null}
      <Details reg={reg} t={t} locale={locale} />
      {open ? <CodeWithQr code={reg.code} t={t} /> : null}
      {open ? <Cancel code={reg.code} t={t} onDone={() => setVersion((n) => n + 1)} /> : null}
    </div>
  );
}

/** `/offerfeest/status[/<code>]`: the registration of a code, its QR, and cancelling it. */
export function StatusPage({ code }: { code?: string }) {
  const { t, locale } = useOfferfeestT();
  return (
    <>
      <PageHeading title={t('stTitle')} />
      {code ? (
        <RegistrationOfCode code={code} t={t} locale={locale} />
      ) : (
        <p className="lead">{t('stIntro')}</p>
      )}
      <CodeForm key={code} base="/offerfeest/status" t={t} />
    </>
  );
}
