import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type PlainLanguageCheck, PlainLanguageCheckSchema } from '../../../contracts/plain-language.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { api } from '../../lib/api-client.ts';
import { type Piece, piecesOf } from './highlight.ts';
import './plain-language.css';

const ESTIMATE: Record<PlainLanguageCheck['b1']['estimate'], string> = {
  B1: 'Op B1-niveau',
  borderline: 'Net boven B1: een paar aanpassingen volstaan',
  'above-B1': 'Boven B1: herschrijf de aangeduide zinnen',
  empty: 'Geen tekst om te beoordelen',
};

const MARK_LABEL: Record<Piece['marks'][number], string> = {
  jargon: 'moeilijk woord',
  'long-word': 'lang woord',
  passive: 'lijdende vorm',
};

function PieceView({ piece }: { piece: Piece }) {
  if (piece.marks.length === 0) return <>{piece.text}</>;
  const label = piece.marks.map((kind) => MARK_LABEL[kind]).join(', ');
  const title = piece.hint ? `${label}: schrijf liever “${piece.hint}”` : label;
  return (
    <mark className={piece.marks.map((kind) => `pl-mark--${kind}`).join(' ')} title={title}>
      {piece.text}
      <span className="visually-hidden"> ({title})</span>
    </mark>
  );
}

function Result({ text, result }: { text: string; result: PlainLanguageCheck }) {
  const { scores } = result;
  const longCount = result.sentences.filter((s) => s.flags.long).length;
  return (
    <section aria-labelledby="pl-result">
      <h2 id="pl-result">{ESTIMATE[result.b1.estimate]}</h2>
      <dl className="pl-scores">
        <div>
          <dt>Flesch-Douma</dt>
          <dd>
            {scores.fleschDouma === null
              ? '—'
              : `${scores.fleschDouma.toFixed(1)} (${scores.fleschDoumaBand})`}
          </dd>
        </div>
        <div>
          <dt>LiNT-II</dt>
          <dd>{scores.lint === null ? 'niet berekend uit losse tekst' : scores.lint.toFixed(1)}</dd>
        </div>
        <div>
          <dt>Gemiddelde zinslengte</dt>
          <dd>{result.averageSentenceLength.toFixed(1)} woorden (doel: 15 of minder)</dd>
        </div>
        <div>
          <dt>Lange zinnen</dt>
          <dd>
            {longCount} van {result.sentences.length} (meer dan 20 woorden)
          </dd>
        </div>
      </dl>
      <ul className="pl-legend" aria-label="Legende">
        <li className="pl-sentence--long">lange zin</li>
        <li>
          <mark className="pl-mark--jargon">moeilijk woord</mark>
        </li>
        <li>
          <mark className="pl-mark--long-word">lang woord</mark>
        </li>
        <li>
          <mark className="pl-mark--passive">lijdende vorm</mark>
        </li>
      </ul>
      <p className="pl-text">
        {result.sentences.map((sentence) => (
          <span key={sentence.start} className={sentence.flags.long ? 'pl-sentence--long' : undefined}>
            {piecesOf(text, sentence).map((piece, i) => (
              // Pieces of one sentence never move: their order is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <PieceView key={i} piece={piece} />
            ))}{' '}
          </span>
        ))}
      </p>
      <h3>Waarom</h3>
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

/** Paste Dutch text, see what keeps it from B1, highlighted where it happens. */
export function CheckPage() {
  const [text, setText] = useState('');
  const check = useMutation({
    mutationFn: (body: string) =>
      api.post('/api/plain-language/check', { text: body }, { schema: PlainLanguageCheckSchema }),
  });
  return (
    <>
      <PageHeader title="Klare taal" />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) check.mutate(text);
        }}
      >
        <TextField label="Tekst (Nederlands)" multiline value={text} onChange={setText} isRequired />
        <Button type="submit" variant="primary" isDisabled={check.isPending || !text.trim()}>
          Controleren
        </Button>
      </form>
      {check.isError ? (
        <p role="alert">De tekst kon niet worden gecontroleerd. Probeer het opnieuw.</p>
      ) : null}
      {check.data && check.variables ? <Result text={check.variables} result={check.data} /> : null}
    </>
  );
}
