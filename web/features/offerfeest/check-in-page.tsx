import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Registration } from '../../../contracts/offerfeest.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { SingleCheckbox } from '../../components/ui/checkbox-group.tsx';
import { formatDateTime } from '../../components/ui/date-time.tsx';
import { NativeInputField } from '../../components/ui/native-fields.tsx';
import { intlTag } from '../../i18n/locales.ts';
import { checkIn } from './api.ts';
import { CameraScanner } from './camera-scanner.tsx';
import { type CheckInOutcome, checkInOutcome } from './format.ts';
import { type OfferfeestT, useOfferfeestI18n } from './i18n.ts';
import { ManageOnly } from './manage-only.tsx';
import './offerfeest.css';

function detailOf(outcome: CheckInOutcome, t: OfferfeestT, locale: 'nl' | 'en'): string {
  const r: Registration | undefined = outcome.registration;
  if (outcome.title === 'checkIn.ok' && r) {
    return t('checkIn.okDetail', {
      name: r.name ?? r.code,
      animals: t(`species.${r.species}`, { count: r.animals }),
      slot: `${formatDateTime(r.slotStart, intlTag(locale))} · ${r.siteName}`,
    });
  }
  return outcome.extra ?? t(outcome.detail);
}

/** The big answer of a scan, announced at once and readable from a distance. */
function Result({ code, outcome, scan }: { code: string; outcome: CheckInOutcome; scan: number }) {
  const { t, locale } = useOfferfeestI18n();
  return (
    <div
      className={`of-result of-result--${outcome.tone}`}
      role="status"
      aria-live="assertive"
      data-scan={scan}
    >
      <p className="of-result__title">{t(outcome.title)}</p>
      <p className="of-result__code">
        <code>{code}</code>
      </p>
      <p className="of-result__detail">{detailOf(outcome, t, locale)}</p>
    </div>
  );
}

function Scanner() {
  const { t } = useOfferfeestI18n();
  const [code, setCode] = useState('');
  const [anyDay, setAnyDay] = useState(false);
  // `scan` counts the answers, so the same code scanned twice still shows as a new answer.
  const [result, setResult] = useState<{ code: string; outcome: CheckInOutcome; scan: number } | null>(null);
  const answer = (code: string, outcome: CheckInOutcome) =>
    setResult((last) => ({ code, outcome, scan: (last?.scan ?? 0) + 1 }));
  const field = useRef<HTMLDivElement>(null);
  const scan = useMutation({
    mutationFn: (value: string) => checkIn(value, anyDay),
    onSuccess: (registration, value) => answer(value, checkInOutcome({ registration })),
    onError: (error, value) => answer(value, checkInOutcome({ error })),
  });
  const send = (value: string) => {
    const clean = value.trim().toUpperCase();
    if (clean.length >= 4) scan.mutate(clean);
  };
  // After each answer the field is empty and focused again, ready for the next household.
  useEffect(() => {
    if (!result) return;
    setCode('');
    field.current?.querySelector('input')?.focus();
  }, [result]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(code);
  };
  return (
    <>
      <p>{t('checkIn.intro')}</p>
      <CameraScanner onCode={send} />
      <form onSubmit={submit} noValidate className="form form--inline" aria-label={t('title.checkIn')}>
        <div ref={field}>
          <NativeInputField name="code" label={t('checkIn.code')} value={code} onChange={setCode} />
        </div>
        <SingleCheckbox value={anyDay} onChange={setAnyDay}>
          {t('checkIn.anyDay')}
        </SingleCheckbox>
        <div className="form__actions">
          <Button type="submit" variant="primary" isDisabled={scan.isPending}>
            {t('checkIn.submit')}
          </Button>
        </div>
      </form>
      {result ? <Result {...result} /> : null}
    </>
  );
}

/** The door of the slaughterhouse: scan or type a code; the answer is large (offerfeest.manage). */
export function CheckInPage() {
  const { t } = useOfferfeestI18n();
  return (
    <ManageOnly title={t('title.checkIn')}>
      <PageHeader title={t('title.checkIn')} />
      <Scanner />
    </ManageOnly>
  );
}
