import { useState } from 'react';
import type { PortalLocale } from '../../i18n/locales.ts';
import { useLoad } from '../library/use-load.ts';
import { PageHeading } from '../page-heading.tsx';
import { formatDay, formatEuro } from './format.ts';
import { type CasesT, useCasesT } from './i18n.ts';
import { portalLocaleOf } from './messages/load.ts';
import { getOpenCalls, type OpenCall } from './public-forms-api.ts';
import { ScholarshipForm } from './scholarship-form.tsx';

function CallSummary({ call, t, locale }: { call: OpenCall; t: CasesT['t']; locale: PortalLocale }) {
  return (
    <section className="case-call" aria-labelledby="case-call-title">
      <p className="case-call__kicker">{t('scCall')}</p>
      <h2 id="case-call-title">{call.title}</h2>
      <p>{t('scAmount', { amount: formatEuro(call.grantCents, locale) })}</p>
      <p>{t('scCloses', { date: formatDay(call.closesOn, locale) })}</p>
    </section>
  );
}

function callFacts(call: OpenCall, t: CasesT['t'], locale: PortalLocale): string {
  const amount = t('scAmount', { amount: formatEuro(call.grantCents, locale) });
  return `${amount}. ${t('scCloses', { date: formatDay(call.closesOn, locale) })}`;
}

/** Rarely more than one call is open (two academic years overlapping): the visitor picks hers. */
function CallChoice(props: {
  calls: OpenCall[];
  chosen: string;
  onChange: (id: string) => void;
  t: CasesT['t'];
  locale: PortalLocale;
}) {
  return (
    <fieldset className="case-fieldset case-call">
      <legend>{props.t('scChooseCall')}</legend>
      {props.calls.map((call) => (
        <div className="case-check" key={call.id}>
          <input
            id={`call-${call.id}`}
            type="radio"
            name="callId"
            value={call.id}
            checked={props.chosen === call.id}
            onChange={() => props.onChange(call.id)}
            aria-describedby={`call-${call.id}-facts`}
          />
          <label htmlFor={`call-${call.id}`}>{call.title}</label>
          <span id={`call-${call.id}-facts`} className="case-field__hint">
            {callFacts(call, props.t, props.locale)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

/** `/scholarship`: the open UCT call, then the application form with its documents. */
export function ScholarshipPage() {
  const { t, locale: current } = useCasesT();
  const locale = portalLocaleOf(current);
  const calls = useLoad('calls', getOpenCalls);
  const [chosen, setChosen] = useState<string | null>(null);
  const items = calls.kind === 'done' ? calls.data.items : [];
  const call = items.find((c) => c.id === chosen) ?? items[0];
  return (
    <>
      <PageHeading title={t('scTitle')} />
      <p className="lead">{t('scIntro')}</p>
      {calls.kind === 'loading' || calls.kind === 'idle' ? <p aria-live="polite">{t('loading')}</p> : null}
      {calls.kind === 'error' ? (
        <p role="alert" className="case-alert">
          {t('failed')}
        </p>
      ) : null}
      {calls.kind === 'done' && !call ? <p className="notice">{t('scNoCall')}</p> : null}
      {call ? (
        <>
          {items.length > 1 ? (
            <CallChoice calls={items} chosen={call.id} onChange={setChosen} t={t} locale={locale} />
          ) : (
            <CallSummary call={call} t={t} locale={locale} />
          )}
          <ScholarshipForm call={call} t={t} locale={locale} />
        </>
      ) : null}
    </>
  );
}
