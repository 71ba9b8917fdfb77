import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { casesKeys } from './api.ts';
import { formatDateTime } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';
import { getTimeline } from './work-api.ts';

const STEP = 50;

/** What happened to the case, newest first, from the audit log (confidential text never shows). */
export function TimelineSection({ caseId }: { caseId: string }) {
  const { t } = useCasesI18n();
  const [limit, setLimit] = useState(STEP);
  const query = useQuery({
    queryKey: [...casesKeys.work(caseId, 'timeline'), limit],
    queryFn: () => getTimeline(caseId, limit),
    placeholderData: keepPreviousData,
  });
  if (query.isPending) return <p aria-busy="true">…</p>;
  if (query.isError) return <p role="alert">{t('error.unknown')}</p>;
  const { items, total } = query.data;
  if (items.length === 0) return <p>{t('timeline.none')}</p>;
  return (
    <>
      <ol className="cases-timeline" aria-label={t('tab.timeline')}>
        {items.map((item, i) => (
          // Events have no id of their own; their order in the answer is stable.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={`${item.at}-${i}`} data-action={item.action}>
            <time dateTime={item.at}>{formatDateTime(item.at)}</time> — <strong>{item.label}</strong>
            <span className="cases-meta"> · {item.actor}</span>
          </li>
        ))}
      </ol>
      {items.length < total ? (
        <Button onPress={() => setLimit((n) => n + STEP)}>{t('timeline.more')}</Button>
      ) : null}
    </>
  );
}
