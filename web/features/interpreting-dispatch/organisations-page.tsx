import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { text, useSearchState } from '../../app/shell/use-search-state.ts';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState, Skeleton } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { LoadError } from '../interpreting/parts.tsx';
import { dispatchKeys, getEligibility, searchOrganisations } from './api.ts';
import { EligibilityForm } from './eligibility-form.tsx';
import { useDispatchI18n } from './i18n.ts';
import { UnitsSection } from './units-section.tsx';
import '../interpreting/interpreting.css';
import './dispatch.css';

const UUID = /^[0-9a-f-]{36}$/i;

const parseSearch = (raw: Record<string, unknown>) => {
  const org = text(raw.org);
  return { q: text(raw.q), org: org && UUID.test(org) ? org : undefined };
};

/** The organisations matching the search, as one compact choice (the API's name search allows typos). */
function OrganisationPicker(props: { q: string; chosen?: string; onPick: (id: string) => void }) {
  const { t } = useDispatchI18n();
  const found = useQuery({
    queryKey: dispatchKeys.organisations(props.q),
    queryFn: () => searchOrganisations(props.q),
  });
  if (found.isPending) return <Skeleton lines={1} />;
  if (found.error) return <LoadError error={found.error} onRetry={() => void found.refetch()} />;
  if (found.data.items.length === 0) return <EmptyState title={t('org.notFound')} />;
  const options = found.data.items.map((o) => ({ id: o.id, label: o.name }));
  return (
    <Select
      label={t('org.pick')}
      name="organisation"
      options={options}
      value={options.find((o) => o.id === props.chosen)?.id ?? null}
      onChange={(id) => {
        if (id) props.onPick(id);
      }}
    />
  );
}

function OrganisationDetail({ orgId }: { orgId: string }) {
  const { t } = useDispatchI18n();
  const eligibility = useQuery({
    queryKey: dispatchKeys.eligibility(orgId),
    queryFn: () => getEligibility(orgId),
  });
  return (
    <div data-eligibility-of={orgId}>
      <section aria-labelledby="eligibility" className="interp-section">
        <h2 id="eligibility">{t('org.eligibility')}</h2>
        {eligibility.isPending ? (
          <Skeleton lines={4} />
        ) : eligibility.error ? (
          <LoadError error={eligibility.error} onRetry={() => void eligibility.refetch()} />
        ) : (
          <EligibilityForm
            key={`${orgId}:${eligibility.data?.updatedAt ?? 'new'}`}
            orgId={orgId}
            current={eligibility.data}
          />
        )}
      </section>
      <UnitsSection orgId={orgId} />
    </div>
  );
}

/** A requesting organisation: search it, then its eligibility and its units with cost centres. */
export function OrganisationsPage() {
  const { t } = useDispatchI18n();
  const [search, update] = useSearchState(parseSearch);
  return (
    <>
      <PageHeader title={t('title.organisations')} />
      <search className="filters" aria-label={t('org.search')}>
        <TextField
          label={t('org.search')}
          type="search"
          name="q"
          value={search.q ?? ''}
          onChange={(v) => update({ q: v || undefined })}
        />
        <OrganisationPicker q={search.q ?? ''} chosen={search.org} onPick={(org) => update({ org })} />
      </search>

      {search.org ? (
        <OrganisationDetail orgId={search.org} />
      ) : (
        <p className="dispatch-hint">{t('org.none')}</p>
      )}
    </>
  );
}
