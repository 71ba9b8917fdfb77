import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { PlainLanguageCheck } from '../../../contracts/plain-language.ts';
import { useAppI18n } from '../../app/app-catalogs.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { FileUpload } from '../../components/ui/file-upload.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { intlTag } from '../../i18n/locales.ts';
import { checkFile, checkText } from './api.ts';
import { type Piece, piecesOf } from './highlight.ts';
import { usePlainLanguageI18n } from './i18n.ts';
import './plain-language.css';

const ACCEPT = [
  '.docx',
  '.odt',
  '.pdf',
  '.txt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/pdf',
  'text/plain',
] as const;

function PieceView({ piece }: { piece: Piece }) {
  const { t } = usePlainLanguageI18n();
  if (piece.marks.length === 0) return <>{piece.text}</>;
  const label = piece.marks.map((kind) => t(`mark.${kind}`)).join(', ');
  const title = piece.hint ? t('mark.hint', { label, hint: piece.hint }) : label;
  return (
    <mark className={piece.marks.map((kind) => `pl-mark--${kind}`).join(' ')} title={title}>
      {piece.text}
      <span className="visually-hidden"> ({title})</span>
    </mark>
  );
}

function Scores({ result }: { result: PlainLanguageCheck }) {
  const { t, locale } = usePlainLanguageI18n();
  const { scores } = result;
  const format = new Intl.NumberFormat(intlTag(locale), {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const one = (value: number) => format.format(value);
  return (
    <dl className="pl-scores">
      <div>
        <dt>{t('score.fleschDouma')}</dt>
        <dd>
          {scores.fleschDouma === null ? '—' : `${one(scores.fleschDouma)} (${scores.fleschDoumaBand})`}
        </dd>
      </div>
      <div>
        <dt>{t('score.lint')}</dt>
        <dd>
          {scores.lint === null || scores.lintLevel === null
            ? '—'
            : t('score.lintValue', { score: one(scores.lint), level: scores.lintLevel })}
          <small className="pl-help">{t('score.lintHelp')}</small>
        </dd>
      </div>
      <div>
        <dt>{t('score.average')}</dt>
        <dd>{t('score.averageValue', { value: one(result.averageSentenceLength) })}</dd>
      </div>
      <div>
        <dt>{t('score.long')}</dt>
        <dd>
          {t('score.longValue', {
            count: result.sentences.filter((s) => s.flags.long).length,
            total: result.sentences.length,
          })}
        </dd>
      </div>
    </dl>
  );
}

function Result({ result }: { result: PlainLanguageCheck }) {
  const { t } = usePlainLanguageI18n();
  return (
    <section aria-labelledby="pl-result">
      <h2 id="pl-result">{t(`estimate.${result.b1.estimate}`)}</h2>
      {result.file ? <p className="pl-file">{t('check.fromFile', { name: result.file.name })}</p> : null}
      <Scores result={result} />
      <ul className="pl-legend" aria-label={t('legend')}>
        <li className="pl-sentence--long">{t('mark.longSentence')}</li>
        {(['jargon', 'long-word', 'passive'] as const).map((kind) => (
          <li key={kind}>
            <mark className={`pl-mark--${kind}`}>{t(`mark.${kind}`)}</mark>
          </li>
        ))}
      </ul>
      <p className="pl-text">
        {result.sentences.map((sentence) => (
          <span key={sentence.start} className={sentence.flags.long ? 'pl-sentence--long' : undefined}>
            {piecesOf(result.text, sentence).map((piece, i) => (
              // Pieces of one sentence never move: their order is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <PieceView key={i} piece={piece} />
            ))}{' '}
          </span>
        ))}
      </p>
      <h3>{t('why')}</h3>
      <ul>
        {result.b1.reasons.map((reason) => (
          <li key={reason.code}>
            {reason.ok ? '✓' : '✗'} {reason.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Paste Dutch text or upload a document, see what keeps it from B1, highlighted where it happens. */
export function CheckPage() {
  const { t } = usePlainLanguageI18n();
  const app = useAppI18n();
  const [text, setText] = useState('');
  const [result, setResult] = useState<PlainLanguageCheck | null>(null);
  const check = useMutation({ mutationFn: checkText, onSuccess: setResult });
  return (
    <>
      <PageHeader
        title={app.t('nav.plainLanguage')}
        actions={
          <Link to="/plain-language/terms" className="btn btn--secondary">
            {t('check.termsLink')}
          </Link>
        }
      />
      <div className="pl-inputs">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim()) check.mutate(text);
          }}
        >
          <TextField label={t('check.text')} multiline value={text} onChange={setText} isRequired />
          <Button type="submit" variant="primary" isDisabled={check.isPending || !text.trim()}>
            {t('check.submit')}
          </Button>
        </form>
        <FileUpload
          label={t('check.file')}
          accept={ACCEPT}
          upload={async (file, onProgress) => setResult(await checkFile(file, onProgress))}
        />
      </div>
      {check.isError ? <p role="alert">{t('check.failed')}</p> : null}
      {result ? <Result result={result} /> : null}
    </>
  );
}
