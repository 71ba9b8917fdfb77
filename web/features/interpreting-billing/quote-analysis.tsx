import type {
  TranslationQuoteAnalysis,
  TranslationQuoteBand,
} from '../../../contracts/interpreting-translations.ts';
import { useBillingI18n } from './i18n.ts';
import { type SimpleColumn, SimpleTable } from './simple-table.tsx';

const decimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });

/**
 * Why the quote is lower than the raw word count: the translation memory's words per match band
 * with the share of the word price each band pays. Bands without words are left out.
 */
export function QuoteAnalysis({ analysis }: { analysis: TranslationQuoteAnalysis }) {
  const { t } = useBillingI18n();
  const columns: SimpleColumn<TranslationQuoteBand>[] = [
    { id: 'band', header: t('translations.band'), cell: (b) => t(`translations.band.${b.band}`) },
    { id: 'words', header: t('translations.words'), numeric: true, cell: (b) => b.words },
    { id: 'weight', header: t('translations.bandWeight'), numeric: true, cell: (b) => `${b.weight}%` },
    {
      id: 'weighted',
      header: t('translations.weightedWords'),
      numeric: true,
      cell: (b) => decimal.format(b.weightedWords),
    },
  ];
  return (
    <div data-quote-analysis>
      <SimpleTable
        caption={t('translations.analysisCaption')}
        columns={columns}
        rows={analysis.bands.filter((b) => b.words > 0)}
        rowKey={(b) => b.band}
        footer={[t('translations.total'), analysis.totalWords, '', decimal.format(analysis.weightedWords)]}
      />
    </div>
  );
}
