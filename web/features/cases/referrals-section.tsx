import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type CaseReferral, REFERRAL_STATUS_LABELS } from '../../../contracts/case-work.ts';
import { Button } from '../../components/ui/button.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { casesKeys } from './api.ts';
import { formatDateTime } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';
import { InputField, SelectField } from './parts.tsx';
import { addReferral, listPartners, listReferrals, listTeams, updateReferral } from './work-api.ts';
import { useWorkMutation, WorkForm, WorkList } from './work-common.tsx';

const NEXT: Record<CaseReferral['status'], readonly ('accepted' | 'declined' | 'completed')[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['completed'],
  declined: [],
  completed: [],
};

function ReferralItem({
  r,
  onStatus,
  editable,
}: {
  r: CaseReferral;
  onStatus: (s: 'accepted' | 'declined' | 'completed') => void;
  editable: boolean;
}) {
  const { t } = useCasesI18n();
  const what =
    r.kind === 'referral'
      ? t('referrals.kind.referral', { name: r.organisation?.name ?? t('unknown') })
      : t('referrals.kind.transfer', {
          from: r.fromTeam?.name ?? t('unknown'),
          to: r.toTeam?.name ?? t('unknown'),
        });
  return (
    <li className="cases-work-item" data-referral={r.kind}>
      <strong>{what}</strong> <span className="badge">{REFERRAL_STATUS_LABELS[r.status]}</span>
      {r.reason ? <p className="cases-note__body">{r.reason}</p> : null}
      <span className="cases-meta">
        {formatDateTime(r.createdAt)}
        {r.createdBy ? ` · ${r.createdBy.name}` : ''}
      </span>
      {editable && r.kind === 'referral' && NEXT[r.status].length > 0 ? (
        <span className="button-row">
          {NEXT[r.status].map((s) => (
            <Button key={s} variant="quiet" onPress={() => onStatus(s)}>
              {t('referrals.setStatus', { status: REFERRAL_STATUS_LABELS[s] })}
            </Button>
          ))}
        </span>
      ) : null}
    </li>
  );
}

function ReferForm({ caseId }: { caseId: string }) {
  const { t } = useCasesI18n();
  const [organisationId, setOrganisationId] = useState('');
  const [reason, setReason] = useState('');
  const [search, setSearch] = useState('');
  const q = search.trim();
  const partners = useQuery({
    queryKey: casesKeys.partners(q),
    queryFn: () => listPartners(q),
    placeholderData: keepPreviousData,
  });
  const add = useWorkMutation(
    caseId,
    'referrals',
    () => addReferral(caseId, { kind: 'referral', organisationId, reason: reason.trim() }),
    () => {
      setOrganisationId('');
      setReason('');
    },
  );
  const submit = () => {
    const errors: Record<string, string> = {};
    if (!organisationId) errors.organisationId = t('error.validation');
    if (!reason.trim()) errors.reason = t('error.validation');
    if (Object.keys(errors).length > 0) return add.setErrors(errors);
    add.mutation.mutate(undefined);
  };
  const items = partners.data?.items ?? [];
  const options = items.map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }));
  return (
    <WorkForm
      title={t('referrals.refer')}
      submit={t('referrals.sendReferral')}
      pending={add.mutation.isPending}
      message={add.message}
      onSubmit={submit}
    >
      <h3>{t('referrals.refer')}</h3>
      <InputField
        label={t('referrals.search')}
        name="partnerSearch"
        type="search"
        value={search}
        onChange={(value) => {
          // A new search lists other partners: the choice is made again from them.
          setSearch(value);
          setOrganisationId('');
        }}
      />
      {partners.isSuccess && items.length === 0 ? (
        <p aria-live="polite">{t('referrals.noPartners')}</p>
      ) : null}
      <SelectField
        label={t('referrals.partner')}
        name="organisationId"
        required
        value={organisationId}
        onChange={setOrganisationId}
        placeholder={t('referrals.choosePartner')}
        options={options}
        error={add.errors.organisationId}
      />
      <InputField
        label={t('referrals.reason')}
        name="referralReason"
        multiline
        required
        value={reason}
        onChange={setReason}
        error={add.errors.reason}
      />
    </WorkForm>
  );
}

/** "Overdragen": to any other team (a transfer hands the case over, so her own team is left out). */
function TransferForm({ caseId, teamId }: { caseId: string; teamId: string | null }) {
  const { t } = useCasesI18n();
  const client = useQueryClient();
  const [toTeamId, setToTeamId] = useState('');
  const [reason, setReason] = useState('');
  const all = useQuery({ queryKey: [...casesKeys.all, 'teams'], queryFn: listTeams });
  const teams = new Map(
    (all.data?.items ?? []).filter((team) => team.id !== teamId).map((team) => [team.id, team.name]),
  );
  const add = useWorkMutation(
    caseId,
    'referrals',
    () => addReferral(caseId, { kind: 'transfer', toTeamId, reason: reason.trim() }),
    () => {
      toast({ tone: 'success', title: t('referrals.transferred') });
      void client.invalidateQueries({ queryKey: casesKeys.all });
    },
  );
  const submit = () => {
    const errors: Record<string, string> = {};
    if (!toTeamId) errors.toTeamId = t('error.validation');
    if (!reason.trim()) errors.reason = t('error.validation');
    if (Object.keys(errors).length > 0) return add.setErrors(errors);
    add.mutation.mutate(undefined);
  };
  if (all.isSuccess && teams.size === 0) return <p>{t('referrals.noTeams')}</p>;
  return (
    <WorkForm
      title={t('referrals.transfer')}
      submit={t('referrals.sendTransfer')}
      pending={add.mutation.isPending}
      message={add.message}
      onSubmit={submit}
    >
      <h3>{t('referrals.transfer')}</h3>
      <SelectField
        label={t('referrals.team')}
        name="toTeamId"
        required
        value={toTeamId}
        onChange={setToTeamId}
        placeholder={t('referrals.chooseTeam')}
        options={[...teams].map(([value, label]) => ({ value, label }))}
        error={add.errors.toTeamId}
      />
      <InputField
        label={t('referrals.reason')}
        name="transferReason"
        multiline
        required
        value={reason}
        onChange={setReason}
        error={add.errors.reason}
      />
    </WorkForm>
  );
}

/** Referrals to partners (the case is shared) and transfers to another team (ownership moves). */
export function ReferralsSection({
  caseId,
  teamId,
  editable,
}: {
  caseId: string;
  teamId: string | null;
  editable: boolean;
}) {
  const { t } = useCasesI18n();
  const query = useQuery({
    queryKey: casesKeys.work(caseId, 'referrals'),
    queryFn: () => listReferrals(caseId),
  });
  const status = useWorkMutation(
    caseId,
    'referrals',
    (input: { id: string; status: 'accepted' | 'declined' | 'completed' }) =>
      updateReferral(caseId, input.id, { status: input.status }),
  );
  return (
    <>
      <WorkList
        query={query}
        empty={t('referrals.none')}
        label={t('tab.referrals')}
        render={(r) => (
          <ReferralItem
            key={r.id}
            r={r}
            editable={editable}
            onStatus={(s) => status.mutation.mutate({ id: r.id, status: s })}
          />
        )}
      />
      {status.message ? <p role="alert">{status.message}</p> : null}
      {editable ? (
        <div className="cases-two">
          <ReferForm caseId={caseId} />
          <TransferForm caseId={caseId} teamId={teamId} />
        </div>
      ) : null}
    </>
  );
}
