import { type Content, renderPdf, scriptRuns } from '../../../platform/pdf/index.ts';
import { arabicPart } from './letter-arabic.ts';
import {
  formatAmount,
  type LetterFacts,
  letterLanguages,
  type Outcome,
  type PrintedLanguage,
  TEXTS,
} from './letter-texts.ts';

/** What one decision letter says; `amountCents` is the grant (or the call's grant when none was given). */
export type Letter = {
  outcome: Outcome;
  name: string | null;
  reference: string;
  course: string;
  amountCents: number;
  /** The reader's language (the case's `language`, or `?lang=`). */
  language: string;
  /** e.g. "Beurs Stad Gent UCT 2026-2027". */
  callTitle: string | null;
  date: string;
};

function part(letter: Letter, language: PrintedLanguage): Content[] {
  const facts: LetterFacts = {
    name: letter.name,
    course: letter.course,
    amount: formatAmount(letter.amountCents, language),
    reference: letter.reference,
  };
  if (language === 'ar') return arabicPart(letter.outcome, facts);
  const text = TEXTS[language];
  const steps: Content[] =
    letter.outcome === 'approved'
      ? [
          { text: text.stepsTitle, bold: true, margin: [0, 6, 0, 2] },
          { ol: text.steps(), margin: [0, 0, 0, 6] },
        ]
      : [];
  return [
    { text: text.heading, style: 'heading' },
    { text: text.subject, bold: true, margin: [0, 0, 0, 8] },
    // A name or course may be written in Arabic script: each run gets a font that has its glyphs.
    { text: scriptRuns(text.greeting(letter.name)), margin: [0, 0, 0, 6] },
    ...text.body[letter.outcome](facts).map(
      (line): Content => ({ text: scriptRuns(line), margin: [0, 0, 0, 4] }),
    ),
    ...steps,
    { text: text.contact(letter.reference), margin: [0, 4, 0, 8] },
    { text: text.closing },
  ];
}

// A new object each time: pdfmake writes layout state into the nodes it renders.
const separator = (): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 0.5 }],
  margin: [0, 10, 0, 6],
});

/** One letter's content: a header, the Dutch part, then the reader's language (or English + a note). */
export function letterContent(letter: Letter, brand: string): Content[] {
  const { languages, fallback } = letterLanguages(letter.language);
  const note: Content[] = fallback
    ? [
        {
          stack: [TEXTS.nl.fallbackNote, TEXTS.en.fallbackNote],
          italics: true,
          fontSize: 9,
          margin: [0, 0, 0, 10],
        },
      ]
    : [];
  const parts = languages.flatMap((language, index) => [
    ...(index > 0 ? [separator()] : []),
    ...part(letter, language),
  ]);
  return [
    { text: brand, bold: true, fontSize: 13 },
    { text: [letter.callTitle, letter.date, letter.reference].filter(Boolean).join(' · '), fontSize: 9 },
    { text: ' ', margin: [0, 0, 0, 8] },
    ...note,
    ...parts,
    { text: brand, margin: [0, 6, 0, 0] },
  ];
}

/** Renders letters into one PDF, each starting on a new page. */
export async function lettersPdf(letters: readonly Letter[], brand: string): Promise<Buffer> {
  const content = letters.flatMap((letter, index) => {
    const [first, ...rest] = letterContent(letter, brand);
    if (!first) return [];
    return [index > 0 ? { stack: [first], pageBreak: 'before' as const } : first, ...rest];
  });
  return renderPdf({
    info: { title: 'Beslissing beurs UCT', author: brand },
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    content,
    styles: { heading: { fontSize: 12, bold: true, margin: [0, 4, 0, 4] } },
    defaultStyle: { fontSize: 10.5, lineHeight: 1.2 },
  });
}
