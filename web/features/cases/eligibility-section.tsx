import { useQuery } from '@tanstack/react-query';
import type { CaseDetail } from '../../../contracts/cases.ts';
import type { CaseEligibility } from '../../../contracts/scholarships.ts';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { casesKeys, getEligibility } from './api.ts';
import { formatDate } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';

const decimals = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });

function Verdict({ answer }: { answer: CaseEligibility }) {
  const { t } = useCasesI18n();
  const { score } = answer;
  return (
    <>
      <p className="cases-summary" data-eligible={answer.eligible}>
        <span className={`badge ${answer.eligible ? 'badge--sent' : 'badge--failed'}`}>
          {answer.eligible ? t('eligibility.yes') : t('eligibility.no')}
        </span>{' '}
        {t('eligibility.rulesOn', { date: formatDate(answer.rulesOn) })}
      </p>
      <p data-scored={score !== null}>
        <strong>{t('eligibility.score')}:</strong>{' '}
        {score
          ? t('eligibility.scoreValue', {
              average: decimals.format(score.averageTotal),
              max: score.maxTotal,
              count: score.scoresCount,
            })
          : t('eligibility.notScored')}
      </p>
    </>
  );
}

/**
 * A scholarship application against the rules in force on the day it was opened (computed by the
 * server, `GET /api/cases/{id}/eligibility`): the verdict, each criterion met or not and why, and
 * the committee's average score. Refetched with the case, so an edit of the fields shows at once.
 */
export function EligibilitySection({ detail }: { detail: CaseDetail }) {
  const { t } = useCasesI18n();
  const query = useQuery({
    queryKey: [...casesKeys.work(detail.id, 'eligibility'), detail.version],
    queryFn: () => getEligibility(detail.id),
  });
  const answer = query.data;
  return (
    <section className="cases-card" aria-labelledby="cases-eligibility">
      <h2 id="cases-eligibility">{t('eligibility.title')}</h2>
      {query.isPending ? <Skeleton lines={3} /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {answer ? (
        <>
          <Verdict answer={answer} />
          <table className="table cases-eligibility">
            <caption className="visually-hidden">{t('eligibility.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('eligibility.col.rule')}</th>
                <th scope="col">{t('eligibility.col.result')}</th>
                <th scope="col">{t('eligibility.col.why')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.reasons.map((reason) => (
                <tr key={reason.rule} data-rule={reason.rule} data-passed={reason.passed}>
                  <th scope="row">{t(`eligibility.rule.${reason.rule}`)}</th>
                  <td>
                    <span className={`badge ${reason.passed ? 'badge--sent' : 'badge--failed'}`}>
                      {reason.passed ? t('eligibility.met') : t('eligibility.notMet')}
                    </span>
                  </td>
                  <td>{reason.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
