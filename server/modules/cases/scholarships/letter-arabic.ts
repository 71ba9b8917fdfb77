import { arabicParagraph, type Content, scriptRuns } from '../../../platform/pdf/index.ts';
import type { LetterFacts, Outcome } from './letter-texts.ts';

/**
 * The Arabic part of a decision letter, in plain Modern Standard Arabic (short sentences, "you").
 * The PDF engine shapes Arabic but has no bidirectional algorithm, so no sentence holds a Latin
 * name, a number or a reference: those stand in a table of facts at the top, each in its own cell,
 * and the sentences point to it ("mentioned above").
 */
const AR = {
  heading: 'العربية',
  subject: 'طلبك للحصول على منحة من مدينة غنت لدورة لغة في جامعة غنت',
  greeting: 'عزيزي مقدم الطلب،',
  labels: { name: 'الاسم', course: 'الدورة', amount: 'مبلغ المنحة', reference: 'رقم الملف' },
  body: {
    approved: [
      'خبر سار: ستحصل على منحة من مدينة غنت.',
      'المنحة مخصصة للدورة المذكورة أعلاه. المبلغ مذكور أعلاه.',
      'نحن ندفع المنحة بأنفسنا إلى المركز الجامعي لتعليم اللغات.',
    ],
    waitlisted: [
      'أنت على قائمة الانتظار للحصول على منحة.',
      'لم يعد هناك مال للمنح الآن. إذا توفر المال، سنرسل لك رسالة.',
      'هل تريد أن تتابع الدورة الآن؟ سجّل في المركز وادفع الثمن كاملاً. افعل ذلك قبل بداية الدورة بأسبوعين على الأقل.',
    ],
    rejected: [
      'لن تحصل على منحة.',
      'أنت لا تستوفي كل شروط هذه المنحة.',
      'يمكنك مع ذلك أن تتابع الدورة. سجّل في المركز وادفع الثمن كاملاً. افعل ذلك قبل بداية الدورة بأسبوعين على الأقل.',
      'هل لا توافق على هذا القرار؟ تحدث عنه مع مرشدك.',
    ],
  } satisfies Record<Outcome, string[]>,
  stepsTitle: 'ماذا يجب أن تفعل الآن؟',
  // Arabic-Indic numerals belong to the script: they stay on the right side of their sentence.
  steps: [
    '١. سجّل في المركز الجامعي لتعليم اللغات. يمكنك ذلك عبر الإنترنت أو في المكتب. خذ معك بطاقة هويتك الإلكترونية.',
    '٢. ادفع بنفسك بقية ثمن الدورة إلى المركز.',
    '٣. افعل ذلك قبل بداية الدورة بأسبوعين على الأقل. عندها فقط يصبح مكانك مؤكدًا.',
  ],
  contact: 'هل لديك أسئلة؟ اتصل بمرشدك واذكر رقم ملفك المذكور أعلاه.',
  closing: 'مع أطيب التحيات،',
} as const;

function factsTable(facts: LetterFacts): Content {
  const rows: [string, string | null][] = [
    [AR.labels.name, facts.name],
    [AR.labels.course, facts.course],
    [AR.labels.amount, facts.amount],
    [AR.labels.reference, facts.reference],
  ];
  return {
    // Right to left: the label on the right, its value to its left.
    table: {
      widths: ['*', 'auto'],
      body: rows
        .filter((row): row is [string, string] => row[1] !== null)
        .map(([label, value]) => [
          { text: scriptRuns(value), alignment: 'right' },
          arabicParagraph(label, { bold: true }),
        ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

export function arabicPart(outcome: Outcome, facts: LetterFacts): Content[] {
  const steps: Content[] =
    outcome === 'approved'
      ? [
          arabicParagraph(AR.stepsTitle, { bold: true, margin: [0, 6, 0, 2] }),
          ...AR.steps.map((step) => arabicParagraph(step, { margin: [0, 0, 0, 2] })),
        ]
      : [];
  return [
    arabicParagraph(AR.heading, { style: 'heading' }),
    arabicParagraph(AR.subject, { bold: true, margin: [0, 0, 0, 8] }),
    factsTable(facts),
    arabicParagraph(AR.greeting, { margin: [0, 0, 0, 6] }),
    ...AR.body[outcome].map((line) => arabicParagraph(line, { margin: [0, 0, 0, 4] })),
    ...steps,
    arabicParagraph(AR.contact, { margin: [0, 4, 0, 8] }),
    arabicParagraph(AR.closing),
  ];
}
