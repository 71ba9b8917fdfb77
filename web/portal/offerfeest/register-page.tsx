import { type FormEvent, useState } from 'react';
import type { PortalLocale } from '../../i18n/locales.ts';
import { useLoad } from '../library/use-load.ts';
import { PageHeading } from '../page-heading.tsx';
import { type Edition, getSlots, type RegistrationReceipt, register } from './api.ts';
import { EditionGate } from './edition-gate.tsx';
import { Alert, Choice, ErrorSummary, inputsFor, Submit } from './form-parts.tsx';
import { type OfferfeestT, useOfferfeestT } from './i18n.ts';
import {
  checkRegistration,
  emptyRegistration,
  REGISTRATION_FIELDS,
  type RegistrationDraft,
  registrationBody,
} from './register-form.ts';
import { RegistrationResult } from './registration-result.tsx';
import { SlotPicker } from './slot-picker.tsx';
import { useSubmit } from './use-submit.ts';

export function speciesOptions(t: OfferfeestT) {
  return [
    { value: 'sheep', label: t('speciesSheep') },
    { value: 'goat', label: t('speciesGoat') },
    { value: 'cattle', label: t('speciesCattle') },
  ];
}

function RegisterForm({ edition, t, locale }: { edition: Edition; t: OfferfeestT; locale: PortalLocale }) {
  const [draft, setDraft] = useState<RegistrationDraft>(emptyRegistration);
  const send = useSubmit<RegistrationReceipt>(REGISTRATION_FIELDS);
  // The places left change while she fills in: a new answer after each refused send.
  const slots = useLoad(`${edition.id}\n${send.attempt}`, (signal) => getSlots(edition.id, signal));
  const set = (key: keyof RegistrationDraft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  if (send.result) return <RegistrationResult receipt={send.result} t={t} />;
  const p = send.problems;
  const labels = {
    slotId: t('slot'),
    name: t('name'),
    phone: t('phone'),
    email: t('email'),
    nationalRegisterNumber: t('nrn'),
    species: t('species'),
    animals: t('animals'),
    herdNumber: t('herd'),
  };
  const text = inputsFor({ draft, set, labels, problems: p, t });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send.submit(checkRegistration(draft), () => register(edition.id, registrationBody(draft, locale)));
  };
  return (
    <form className="case-form of-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary problems={p} labels={labels} attempt={send.attempt} t={t} />
      <Alert message={send.message ? t(send.message) : null} />
      {slots.kind === 'done' ? (
        <SlotPicker
          slots={slots.data}
          value={draft.slotId}
          onChange={set('slotId')}
          problem={p.slotId}
          t={t}
          locale={locale}
        />
      ) : (
        <p aria-busy={slots.kind !== 'error'}>{slots.kind === 'error' ? t('failed') : t('loading')}</p>
      )}
      {text('name', { autoComplete: 'name' })}
      {text('phone', { type: 'tel', autoComplete: 'tel', ltr: true })}
      {text('email', { type: 'email', autoComplete: 'email', optional: true, ltr: true })}
      {text('nationalRegisterNumber', {
        hint: t('nrnHint'),
        inputMode: 'numeric',
        autoComplete: 'off',
        ltr: true,
      })}
      <Choice
        id="species"
        label={labels.species}
        value={draft.species}
        onChange={set('species')}
        options={speciesOptions(t)}
        problem={p.species}
        t={t}
      />
      {text('animals', { inputMode: 'numeric', ltr: true })}
      {text('herdNumber', { hint: t('herdHint'), autoComplete: 'off', ltr: true })}
      <p className="case-form__privacy">{t('privacy')}</p>
      <Submit sending={send.sending} t={t} />
    </form>
  );
}

/** `/offerfeest/register`: a slot, the household's details → the code and its QR. */
export function RegisterPage() {
  const { t, locale } = useOfferfeestT();
  return (
    <>
      <PageHeading title={t('regTitle')} />
      <p className="lead">{t('regIntro')}</p>
      <EditionGate regime="slots" t={t}>
        {(edition) => <RegisterForm edition={edition} t={t} locale={locale} />}
      </EditionGate>
    </>
  );
}
