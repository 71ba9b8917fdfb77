import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { CASE_TYPE_LABELS } from '../../../contracts/case-types.ts';
import type { CaseDetail } from '../../../contracts/cases.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { casesKeys, getCase } from './api.ts';
import { AppointmentsSection } from './appointments-section.tsx';
import { derivedEntries, formatDate } from './case-format.ts';
import { ChecklistSection } from './checklist-section.tsx';
import { ContactsSection } from './contacts-section.tsx';
import { DocumentsSection } from './documents-section.tsx';
import { EligibilitySection } from './eligibility-section.tsx';
import { FieldsSection } from './fields-section.tsx';
import { HeStepsSection } from './he-steps-section.tsx';
import { useCasesI18n } from './i18n.ts';
import { NotesSection } from './notes-section.tsx';
import { Facts } from './parts.tsx';
import { ReferralsSection } from './referrals-section.tsx';
import { TasksSection } from './tasks-section.tsx';
import { TimelineSection } from './timeline-section.tsx';
import { TrajectorySection } from './trajectory-section.tsx';
import { Transitions } from './transitions.tsx';
import './cases.css';

function Header({ detail }: { detail: CaseDetail }) {
  const { t } = useCasesI18n();
  const rows: [string, string][] = [
    [t('case.reference'), detail.reference],
    [t('case.type'), CASE_TYPE_LABELS[detail.type]],
    [t('case.status'), detail.statusLabel],
    [t('case.team'), detail.teamName ?? t('none')],
    [t('case.assignee'), detail.assignee?.name ?? t('unassigned')],
    [t('case.opened'), formatDate(detail.openedAt)],
    [t('case.people'), detail.people.map((p) => p.name).join(', ') || t('none')],
    [t('case.language'), detail.language || t('none')],
  ];
  if (detail.closedAt) rows.push([t('case.closed'), formatDate(detail.closedAt)]);
  return (
    <section className="cases-card cases-header" aria-label={t('case.reference')}>
      <Facts rows={rows} />
      {detail.origin === 'portal' ? <p className="badge">{t('case.origin.portal')}</p> : null}
    </section>
  );
}

function Deadlines({ detail }: { detail: CaseDetail }) {
  const tr = useCasesI18n();
  const { t } = tr;
  const derived = derivedEntries(detail.derived, tr);
  return (
    <section className="cases-card" aria-labelledby="cases-deadlines">
      <h2 id="cases-deadlines">{t('case.deadlines')}</h2>
      {detail.deadlines.length === 0 ? <p>{t('case.noDeadlines')}</p> : null}
      <ul className="cases-deadlines">
        {detail.deadlines.map((d) => (
          <li key={d.key} data-deadline={d.key}>
            {t('case.deadlineDue', { label: d.label, date: formatDate(d.dueOn) })}{' '}
            {d.done ? <span className="badge badge--sent">{t('case.deadlineDone')}</span> : null}
            {d.overdue && !d.done ? (
              <span className="badge badge--failed">{t('case.deadlineOverdue')}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {derived.length > 0 ? (
        <>
          <h3>{t('case.derived')}</h3>
          <Facts rows={derived.map((d) => [d.label, d.text] as const)} />
        </>
      ) : null}
    </section>
  );
}

const TABS = ['tasks', 'notes', 'documents', 'contacts', 'referrals', 'appointments', 'timeline'] as const;

function WorkTabs({ detail, editable }: { detail: CaseDetail; editable: boolean }) {
  const { t } = useCasesI18n();
  const id = detail.id;
  const panels = {
    tasks: <TasksSection caseId={id} editable={editable} />,
    notes: <NotesSection caseId={id} editable={editable} />,
    documents: (
      <DocumentsSection caseId={id} editable={editable} checklist={detail.type === 'diploma_recognition'} />
    ),
    contacts: <ContactsSection caseId={id} editable={editable} />,
    referrals: <ReferralsSection caseId={id} teamId={detail.teamId} editable={editable} />,
    appointments: <AppointmentsSection caseId={id} editable={editable} language={detail.language} />,
    timeline: <TimelineSection caseId={id} />,
  };
  return (
    <section className="cases-card" aria-labelledby="cases-work">
      <h2 id="cases-work">{t('case.sections')}</h2>
      <Tabs className="cases-tabs">
        <TabList aria-labelledby="cases-work" className="cases-tabs__list">
          {TABS.map((tab) => (
            <Tab key={tab} id={tab} className="cases-tabs__tab">
              {t(`tab.${tab}`)}
            </Tab>
          ))}
        </TabList>
        {TABS.map((tab) => (
          <TabPanel key={tab} id={tab} className="cases-tabs__panel">
            {panels[tab]}
          </TabPanel>
        ))}
      </Tabs>
    </section>
  );
}

function Refused({ status }: { status: number }) {
  const { t } = useCasesI18n();
  return (
    <div className="state state--error cases-refused" role="alert" data-status={status}>
      <p className="state__title">{status === 403 ? t('case.refused') : t('case.notFound')}</p>
      {status === 403 ? <p className="state__body">{t('case.refusedBody')}</p> : null}
    </div>
  );
}

/**
 * One case: header, status moves, its fields and facts, the type's own editor (trajectory plan,
 * higher-education steps, NARIC checklist) or the scholarship's eligibility, and its working parts.
 */
export function CasePage() {
  const { t } = useCasesI18n();
  const { caseId } = useParams({ strict: false });
  const id = caseId ?? '';
  const query = useQuery({ queryKey: casesKeys.detail(id), queryFn: () => getCase(id), retry: false });
  const detail = query.data;
  const refusal =
    query.error instanceof ApiError && [403, 404, 400].includes(query.error.status)
      ? query.error.status
      : null;
  const editable = Boolean(detail && !detail.anonymisedAt);
  const title = detail
    ? `${detail.reference} · ${detail.title}`
    : refusal === 403
      ? t('case.refused')
      : t('title.case');
  return (
    <>
      <p>
        <Link to="/cases" className="back-link">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={title}>
        {detail ? (
          <p className="page-header__sub">
            <span className="badge" data-status={detail.status}>
              {detail.statusLabel}
            </span>{' '}
            {CASE_TYPE_LABELS[detail.type]}
          </p>
        ) : null}
      </PageHeader>
      {query.isPending ? <Skeleton lines={6} /> : null}
      {refusal ? <Refused status={refusal} /> : null}
      {query.isError && !refusal ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {detail ? (
        <>
          {detail.anonymisedAt ? (
            <p className="notice">{t('case.anonymised', { date: formatDate(detail.anonymisedAt) })}</p>
          ) : null}
          <div className="cases-layout">
            <Header detail={detail} />
            {editable ? <Transitions detail={detail} /> : null}
          </div>
          <FieldsSection detail={detail} editable={editable} />
          {detail.type === 'guidance' ? <TrajectorySection detail={detail} editable={editable} /> : null}
          {detail.type === 'higher_education' ? <HeStepsSection detail={detail} editable={editable} /> : null}
          {detail.type === 'diploma_recognition' ? (
            <ChecklistSection detail={detail} editable={editable} />
          ) : null}
          {detail.type === 'scholarship' && !detail.anonymisedAt ? (
            <EligibilitySection detail={detail} />
          ) : null}
          <Deadlines detail={detail} />
          <WorkTabs detail={detail} editable={editable} />
        </>
      ) : null}
    </>
  );
}
