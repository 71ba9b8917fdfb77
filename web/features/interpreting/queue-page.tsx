import { REQUEST_STATUSES, type RequestStatus } from '../../../contracts/interpreting-requests.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { text, useSearchState } from '../../app/shell/use-search-state.ts';
import { Select, type SelectOption } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { brusselsParts } from './brussels.ts';
import { useInterpretingI18n } from './i18n.ts';
import { BOOKABLE_LANGUAGES, languageOptions } from './languages.ts';
import { RequestTable } from './request-table.tsx';
import './interpreting.css';

const ALL = 'all';
const isoDate = (value: unknown) => {
  const v = text(value);
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
};

const parseSearch = (raw: Record<string, unknown>) => ({
  status: REQUEST_STATUSES.find((s) => s === raw.status),
  language: BOOKABLE_LANGUAGES.find((l) => l === raw.language),
  from: isoDate(raw.from),
  to: isoDate(raw.to),
});

/**
 * The dispatcher's queue: from today on unless she picks other dates; the requests without an
 * interpreter come first. Filters live in the URL so a filtered queue can be shared.
 */
export function QueuePage() {
  const { t } = useInterpretingI18n();
  const [search, update] = useSearchState(parseSearch);
  const from = search.from ?? brusselsParts(new Date()).date;
  const statuses: SelectOption<RequestStatus | typeof ALL>[] = [
    { id: ALL, label: t('status.all') },
    ...REQUEST_STATUSES.map((id) => ({ id, label: t(`status.${id}`) })),
  ];
  const languages = [{ id: ALL, label: t('list.allLanguages') }, ...languageOptions()];
  const filtered = Boolean(search.status || search.language || search.to || search.from);
  return (
    <>
      <PageHeader title={t('title.queue')} />
      <search className="filters" aria-label={t('list.filters')}>
        <Select<RequestStatus | typeof ALL>
          label={t('list.status')}
          options={statuses}
          value={search.status ?? ALL}
          onChange={(v) => update({ status: v === ALL || v === null ? undefined : v })}
        />
        <Select
          label={t('list.languageFilter')}
          options={languages}
          value={search.language ?? ALL}
          onChange={(v) => update({ language: BOOKABLE_LANGUAGES.find((code) => code === v) })}
        />
        <TextField
          label={t('list.from')}
          type="date"
          value={from}
          onChange={(v) => update({ from: v || undefined })}
        />
        <TextField
          label={t('list.to')}
          type="date"
          value={search.to ?? ''}
          onChange={(v) => update({ to: v || undefined })}
        />
      </search>
      <RequestTable
        label={t('title.queue')}
        query={{ status: search.status, language: search.language, from, to: search.to }}
        sortOpenFirst
        filtered={filtered}
      />
    </>
  );
}
