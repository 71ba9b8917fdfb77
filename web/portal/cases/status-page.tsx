import { type FormEvent, useState } from 'react';
import { useLoad } from '../library/use-load.ts';
import { PageHeading } from '../page-heading.tsx';
import { navigate } from '../portal-router.tsx';
import { normaliseCode } from './form-rules.ts';
import { formatDay } from './format.ts';
import { type CasesT, useCasesT } from './i18n.ts';
import type { CasesMessageKey } from './messages/nl.ts';
import { getStatus, type PublicStatus } from './public-forms-api.ts';

const TYPE_LABELS: Record<string, CasesMessageKey> = {
  guidance: 'typeGuidance',
  education_question: 'typeEducationQuestion',
  higher_education: 'typeHigherEducation',
  diploma_recognition: 'typeDiplomaRecognition',
  scholarship: 'typeScholarship',
};

function CodeForm({ t, initial }: { t: CasesT['t']; initial: string }) {
  const [code, setCode] = useState(initial);
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = normaliseCode(code);
    if (!next) {
      setMissing(true);
      return;
    }
    navigate(`/status/${encodeURIComponent(next)}`);
  };
  return (
    <form className="case-form case-form--code" noValidate onSubmit={onSubmit}>
      <div className={missing ? 'case-field case-field--invalid' : 'case-field'}>
        <label htmlFor="code">{t('stCode')}</label>
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
            aria-invalid={missing || undefined}
            aria-describedby={missing ? 'code-error' : undefined}
          />
          <button type="submit" className="case-button">
            {t('stShow')}
          </button>
        </div>
        {missing ? (
          <p id="code-error" className="case-field__error">
            {t('required')}
          </p>
        ) : null}
      </div>
    </form>
  );
}

function StatusDetails({ status, t, locale }: { status: PublicStatus; t: CasesT['t']; locale: string }) {
  const typeKey = TYPE_LABELS[status.type];
  return (
    <dl className="case-status">
      <div>
        <dt>{t('stStatus')}</dt>
        <dd className="case-status__label">{status.statusLabel}</dd>
      </div>
      <div>
        <dt>{t('stType')}</dt>
        <dd>{typeKey ? t(typeKey) : status.type}</dd>
      </div>
      <div>
        <dt>{t('stReference')}</dt>
        <dd>
          <span dir="ltr">{status.reference}</span>
        </dd>
      </div>
      <div>
        <dt>{t('stOpened')}</dt>
        <dd>{formatDay(status.openedAt, locale)}</dd>
      </div>
      <div>
        <dt>{t('stUpdated')}</dt>
        <dd>{formatDay(status.updatedAt, locale)}</dd>
      </div>
      {status.nextStep ? (
        <div>
          <dt>{t('stNext')}</dt>
          <dd>{status.nextStep}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function StatusOfCode({ code, t, locale }: { code: string; t: CasesT['t']; locale: string }) {
  // The label and next step come in the visitor's language: switching it asks again.
  const result = useLoad(`${locale}\n${code}`, (signal) => getStatus(code, locale, signal));
  return (
    <div aria-live="polite" className="case-status-result">
      {result.kind === 'loading' || result.kind === 'idle' ? <p>{t('loading')}</p> : null}
      {result.kind === 'error' ? (
        <p role="alert" className="case-alert">
          {t(result.status === 404 || result.status === 400 ? 'stNotFound' : 'failed')}
        </p>
      ) : null}
      {result.kind === 'done' ? <StatusDetails status={result.data} t={t} locale={locale} /> : null}
    </div>
  );
}

/** `/status`: type the code; `/status/<code>`: the request's status in the visitor's language. */
export function StatusPage({ code }: { code?: string }) {
  const { t, locale } = useCasesT();
  return (
    <>
      <PageHeading title={t('stTitle')} />
      {code ? (
        <>
          <StatusOfCode code={code} t={t} locale={locale} />
          <h2 className="case-status__other">{t('stOther')}</h2>
          <CodeForm key={code} t={t} initial="" />
        </>
      ) : (
        <>
          <p className="lead">{t('stIntro')}</p>
          <CodeForm t={t} initial="" />
        </>
      )}
    </>
  );
}
