import { useQuery } from '@tanstack/react-query';
import type { TranslationJobOut } from '../../../contracts/interpreting-translations.ts';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { formatDateTime } from '../../components/ui/date-time.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { formatCents } from '../interpreting/format.ts';
import { languageName } from '../interpreting/i18n.ts';
import { LoadError } from '../interpreting/parts.tsx';
import { billingKeys, listTranslations, translationFileUrl } from './api.ts';
import { useBillingI18n } from './i18n.ts';

function useColumns(): TableColumn<TranslationJobOut>[] {
  const { t } = useBillingI18n();
  return [
    {
      id: 'reference',
      header: t('common.reference'),
      isRowHeader: true,
      cell: (j) => j.reference,
      sortValue: (j) => j.reference,
    },
    {
      id: 'status',
      header: t('common.status'),
      cell: (j) => <span data-translation-status={j.status}>{t(`translations.status.${j.status}`)}</span>,
    },
    {
      id: 'language',
      header: t('common.language'),
      cell: (j) => `${languageName(j.sourceLanguage)} → ${languageName(j.targetLanguage)}`,
    },
    { id: 'words', header: t('translations.words'), cell: (j) => j.words, sortValue: (j) => j.words },
    {
      id: 'price',
      header: t('translations.price'),
      cell: (j) => formatCents(j.quoteCents),
      sortValue: (j) => j.quoteCents,
    },
    {
      id: 'deadline',
      header: t('translations.deadline'),
      cell: (j) => formatDateTime(j.deadline, 'nl-BE', 'date'),
      sortValue: (j) => j.deadline,
    },
    {
      id: 'translator',
      header: t('translations.translator'),
      cell: (j) => (j.translator ? `${j.translator.code} · ${j.translator.givenName}` : ''),
    },
    {
      id: 'files',
      header: t('billing.downloads'),
      cell: (j) => (
        <span className="interp-card__actions">
          <a href={translationFileUrl(j.id, 'source')} download>
            {t('translations.source')}
          </a>
          {j.hasDelivery ? (
            <a
              href={translationFileUrl(j.id, 'delivery')}
              download
              aria-label={t('translations.downloadLabel', { reference: j.reference })}
            >
              {t('translations.download')}
            </a>
          ) : null}
        </span>
      ),
    },
  ];
}

/** The translation jobs the reader may see: her organisation's, her own as translator, or all for staff. */
export function TranslationList({ title }: { title: string }) {
  const { t } = useBillingI18n();
  const jobs = useQuery({ queryKey: billingKeys.translations, queryFn: listTranslations });
  const columns = useColumns();
  return (
    <section className="interp-section" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{title}</h2>
      {jobs.error ? (
        <LoadError error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : (
        <DataTable
          label={title}
          columns={columns}
          rows={jobs.data?.items}
          rowKey={(j) => j.id}
          isLoading={jobs.isPending}
          empty={<EmptyState title={t('translations.empty')} />}
        />
      )}
    </section>
  );
}
