import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { casesKeys } from './api.ts';
import { formatDate } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';
import { getWorkload } from './work-api.ts';
import './cases.css';

const COLUMNS = ['counsellor', 'team', 'cases', 'tasks', 'overdue', 'appointments'] as const;

/** Open cases, open and overdue tasks and the coming week's appointments per counsellor. */
export function WorkloadPage() {
  const { t } = useCasesI18n();
  const query = useQuery({ queryKey: casesKeys.workload, queryFn: getWorkload });
  const data = query.data;
  return (
    <>
      <p>
        <Link to="/cases" className="back-link">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('title.workload')}>
        {data ? <p className="page-header__sub">{t(`workload.scope.${data.scope}`)}</p> : null}
      </PageHeader>
      {query.isPending ? <Skeleton lines={5} /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? <p>{t('workload.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <div className="data-table__scroll">
          <table className="table cases-table">
            <caption id="cases-workload-caption" className="cases-caption">
              {t('workload.caption', { date: formatDate(data.today) })}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" className="table__header">
                    {t(`workload.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.items.map((row) => (
                <tr key={row.counsellor.id} className="table__row">
                  <th scope="row" className="table__cell">
                    {row.counsellor.name}
                  </th>
                  <td className="table__cell">{row.teamName ?? t('none')}</td>
                  <td className="table__cell cases-num">{row.openCases}</td>
                  <td className="table__cell cases-num">{row.openTasks}</td>
                  <td className="table__cell cases-num">
                    {row.overdueTasks > 0 ? (
                      <span className="badge badge--failed">{row.overdueTasks}</span>
                    ) : (
                      0
                    )}
                  </td>
                  <td className="table__cell cases-num">{row.appointmentsNext7Days}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
