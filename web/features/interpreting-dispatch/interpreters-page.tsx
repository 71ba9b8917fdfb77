import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { INTERPRETING_MODES } from '../../../contracts/interpreting.ts';
import { INTERPRETER_STATUSES, type InterpreterSummary } from '../../../contracts/interpreting-register.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { offset, text, useSearchState } from '../../app/shell/use-search-state.ts';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { interpretingTranslator } from '../interpreting/i18n.ts';
import { BOOKABLE_LANGUAGES, languageLabel, languageOptions } from '../interpreting/languages.ts';
import { dispatchKeys, listInterpreters } from './api.ts';
import { useDispatchI18n } from './i18n.ts';
import '../interpreting/interpreting.css';
import './dispatch.css';

const ALL = 'all';
const LIMIT = 50;

const parseSearch = (raw: Record<string, unknown>) => ({
  q: text(raw.q),
  language: BOOKABLE_LANGUAGES.find((l) => l === raw.language),
  mode: INTERPRETING_MODES.find((m) => m === raw.mode),
  status: INTERPRETER_STATUSES.find((s) => s === raw.status),
  offset: offset(raw.offset),
});

const modeText = (mode: string) => interpretingTranslator.maybe(`mode.${mode}`) ?? mode;

function useColumns(): TableColumn<InterpreterSummary>[] {
  const i18n = useDispatchI18n();
  const { t } = i18n;
  return [
    {
      id: 'code',
      header: t('reg.code'),
      isRowHeader: true,
      cell: (i) => (
        <Link
          to="/interpreting/interpreters/$interpreterId"
          params={{ interpreterId: i.id }}
          data-interpreter-link={i.code}
          aria-label={t('reg.openLabel', { code: i.code })}
        >
          {i.code}
        </Link>
      ),
      sortValue: (i) => i.code,
    },
    {
      id: 'name',
      header: t('reg.name'),
      cell: (i) => `${i.givenName} ${i.familyName}`,
      sortValue: (i) => i.familyName,
    },
    {
      id: 'languages',
      header: t('reg.languages'),
      cell: (i) => i.languages.map((l) => languageLabel(l.language, l.variant)).join(', '),
    },
    { id: 'modes', header: t('reg.modes'), cell: (i) => i.modes.map(modeText).join(', ') },
    {
      id: 'status',
      header: t('reg.status'),
      cell: (i) => i18n.maybe(`status.${i.status}`) ?? i.status,
      sortValue: (i) => i.status,
    },
    {
      id: 'certification',
      header: t('reg.certification'),
      cell: (i) => i.certificationValidUntil ?? '–',
      sortValue: (i) => i.certificationValidUntil,
    },
  ];
}

/** The register: search by name or code, language, mode and status; filters live in the URL. */
export function InterpretersPage() {
  const { t } = useDispatchI18n();
  const [search, update] = useSearchState(parseSearch);
  const query = {
    q: search.q,
    language: search.language,
    mode: search.mode,
    status: search.status,
    limit: LIMIT,
    offset: search.offset,
  };
  const list = useQuery({
    queryKey: dispatchKeys.interpreters(query),
    queryFn: () => listInterpreters(query),
  });
  const columns = useColumns();
  const filtered = Boolean(search.q || search.language || search.mode || search.status);
  return (
    <>
      <PageHeader
        title={t('title.interpreters')}
        actions={
          <Link to="/interpreting/interpreters/new" className="btn btn--primary">
            {t('reg.new')}
          </Link>
        }
      />
      <search className="filters" aria-label={t('reg.filters')}>
        <TextField
          label={t('reg.q')}
          type="search"
          name="q"
          value={search.q ?? ''}
          onChange={(v) => update({ q: v || undefined, offset: undefined })}
        />
        <Select
          label={t('reg.language')}
          options={[{ id: ALL, label: t('reg.allLanguages') }, ...languageOptions()]}
          value={search.language ?? ALL}
          onChange={(v) => update({ language: BOOKABLE_LANGUAGES.find((l) => l === v), offset: undefined })}
        />
        <Select
          label={t('reg.mode')}
          options={[
            { id: ALL, label: t('reg.allModes') },
            ...INTERPRETING_MODES.map((id) => ({ id, label: modeText(id) })),
          ]}
          value={search.mode ?? ALL}
          onChange={(v) => update({ mode: INTERPRETING_MODES.find((m) => m === v), offset: undefined })}
        />
        <Select
          label={t('reg.status')}
          options={[
            { id: ALL, label: t('reg.allStatuses') },
            ...INTERPRETER_STATUSES.map((id) => ({ id, label: t(`status.${id}`) })),
          ]}
          value={search.status ?? ALL}
          onChange={(v) => update({ status: INTERPRETER_STATUSES.find((s) => s === v), offset: undefined })}
        />
      </search>
      <DataTable
        label={t('title.interpreters')}
        columns={columns}
        rows={list.data?.items}
        rowKey={(i) => i.id}
        isLoading={list.isPending}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={<EmptyState title={filtered ? t('reg.emptyFiltered') : t('reg.empty')} />}
        pagination={
          list.data
            ? {
                total: list.data.total,
                page: { limit: LIMIT, offset: search.offset },
                onChange: (page) => update({ offset: page.offset || undefined }),
              }
            : undefined
        }
      />
    </>
  );
}
