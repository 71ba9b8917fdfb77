import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { PortalLocale } from '../../i18n/locales.ts';
import { PageHeading } from '../page-heading.tsx';
import { PortalLink } from '../portal-router.tsx';
import { type ClaimReceipt, type Edition, sendClaim } from './api.ts';
import { CLAIM_FIELDS, type ClaimDraft, checkClaim, claimBody, emptyClaim } from './claim-form.ts';
import { EditionGate } from './edition-gate.tsx';
import { Alert, Choice, ErrorSummary, Field, inputsFor, Submit } from './form-parts.tsx';
import { type OfferfeestT, useOfferfeestT } from './i18n.ts';
import { speciesOptions } from './register-page.tsx';
import { useSubmit } from './use-submit.ts';

function ClaimSent({ receipt, t }: { receipt: ClaimReceipt; t: OfferfeestT }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section className="case-sent" aria-labelledby="of-claim-sent">
      <h2 id="of-claim-sent" ref={ref} tabIndex={-1}>
        {t('clDone')}
      </h2>
      <p>{t('clReference', { reference: receipt.reference })}</p>
      <p className="case-sent__label">{t('codeLabel')}</p>
      <p className="case-code" translate="no">
        <span dir="ltr">{receipt.code}</span>
      </p>
      <p>
        <strong>{t('clKeepCode')}</strong>
      </p>
      <p>
        <PortalLink
          href={`/offerfeest/claim-status/${encodeURIComponent(receipt.code)}`}
          className="case-button case-button--link"
        >
          {t('clFollow')}
        </PortalLink>
      </p>
    </section>
  );
}

function labelsOf(t: OfferfeestT): Record<(typeof CLAIM_FIELDS)[number], string> {
  return {
    name: t('name'),
    address: t('address'),
    postcode: t('postcode'),
    email: t('email'),
    phone: t('phone'),
    nationalRegisterNumber: t('nrn'),
    iban: t('iban'),
    accountHolder: t('accountHolder'),
    slaughterhouse: t('slaughterhouse'),
    invoiceDate: t('invoiceDate'),
    species: t('species'),
    animals: t('animals'),
    invoiceCents: t('invoiceAmount'),
    invoice: t('invoice'),
  };
}

function ClaimForm({ edition, t, locale }: { edition: Edition; t: OfferfeestT; locale: PortalLocale }) {
  const [draft, setDraft] = useState<ClaimDraft>(emptyClaim);
  const [invoice, setInvoice] = useState<File | null>(null);
  const send = useSubmit<ClaimReceipt>(CLAIM_FIELDS);
  const set = (key: keyof ClaimDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  if (send.result) return <ClaimSent receipt={send.result} t={t} />;
  const p = send.problems;
  const labels = labelsOf(t);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send.submit(checkClaim(draft, invoice), () =>
      invoice
        ? sendClaim(edition.id, claimBody(draft, locale), invoice)
        : Promise.reject(new Error('no file')),
    );
  };
  const text = inputsFor({ draft, set, labels, problems: p, t });
  return (
    <form className="case-form of-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary problems={p} labels={labels} attempt={send.attempt} t={t} />
      <Alert message={send.message ? t(send.message) : null} />
      {text('name', { autoComplete: 'name' })}
      {text('address', { autoComplete: 'street-address' })}
      {text('postcode', { autoComplete: 'postal-code', inputMode: 'numeric', ltr: true })}
      {text('email', { type: 'email', autoComplete: 'email', ltr: true })}
      {text('phone', { type: 'tel', autoComplete: 'tel', optional: true, ltr: true })}
      {text('nationalRegisterNumber', {
        hint: t('nrnHint'),
        inputMode: 'numeric',
        autoComplete: 'off',
        ltr: true,
      })}
      {text('iban', { hint: t('ibanHint'), autoComplete: 'off', ltr: true })}
      {text('accountHolder', { hint: t('accountHolderHint'), optional: true })}
      {text('slaughterhouse')}
      {text('invoiceDate', { type: 'date', ltr: true })}
      <Choice
        id="species"
        label={labels.species}
        value={draft.species}
        onChange={set('species')}
        options={speciesOptions(t)}
        t={t}
      />
      {text('animals', { inputMode: 'numeric', ltr: true })}
      {text('invoiceAmount', { field: 'invoiceCents', inputMode: 'decimal', ltr: true })}
      <Field id="invoice" label={labels.invoice} hint={t('invoiceHint')} problem={p.invoice} t={t}>
        {(aria) => (
          <input
            id="invoice"
            name="invoice"
            type="file"
            accept="application/pdf,image/jpeg,image/png,image/heic"
            onChange={(event) => setInvoice(event.target.files?.[0] ?? null)}
            {...aria}
          />
        )}
      </Field>
      <p className="case-form__privacy">{t('privacy')}</p>
      <Submit sending={send.sending} t={t} />
    </form>
  );
}

/** `/offerfeest/claim`: the invoice, the account → a status code to follow the claim. */
export function ClaimPage() {
  const { t, locale } = useOfferfeestT();
  return (
    <>
      <PageHeading title={t('clTitle')} />
      <p className="lead">{t('clIntro')}</p>
      <EditionGate regime="reimbursement" t={t}>
        {(edition) => <ClaimForm edition={edition} t={t} locale={locale} />}
      </EditionGate>
    </>
  );
}
