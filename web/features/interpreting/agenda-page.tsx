import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { TimesheetOut } from '../../../contracts/interpreting-billing.ts';
import type { AgendaItem } from '../../../contracts/interpreting-register.ts';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState, Skeleton } from '../../components/ui/states.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { getMyAgenda, getMyProfile, getTimesheet, interpretingKeys } from './api.ts';
import { addDays, brusselsParts } from './brussels.ts';
import { CalendarFeed } from './calendar-feed.tsx';
import { interpretingTranslator, useInterpretingI18n } from './i18n.ts';
import { languageLabel } from './languages.ts';
import { Facts, LoadError, sessionTime } from './parts.tsx';
import { TimesheetDialog } from './timesheet-dialog.tsx';
import './interpreting.css';

function place(item: AgendaItem): string | null {
  const r = item.request;
  if (r.mode === 'on_site') return [r.address, r.room].filter(Boolean).join(', ');
  return r.mode === 'phone' ? r.phoneNumber : r.videoLink;
}

function JobCard({ item, action }: { item: AgendaItem; action?: ReactNode }) {
  const tr = interpretingTranslator;
  const { t } = tr;
  const r = item.request;
  return (
    <li className="interp-card" data-assignment={item.assignmentId} data-reference={r.reference}>
      <h3>
        {sessionTime(item.start, item.end)} · {languageLabel(r.language, r.variant)}
      </h3>
      <Facts
        items={[
          [t('list.reference'), r.reference],
          [t('list.mode'), tr.maybe(`mode.${r.mode}`) ?? r.mode],
          [t('detail.where'), place(item)],
          [t('list.organisation'), r.organisationName],
          [t('book.conversationType'), tr.maybe(`conversation.${r.conversationType}`) ?? r.conversationType],
          [t('detail.clientReference'), r.clientReference],
          [t('detail.notes'), r.preparationNotes],
        ]}
      />
      {action ? <div className="interp-card__actions">{action}</div> : null}
    </li>
  );
}

type OpenSheet = { item: AgendaItem; existing: TimesheetOut | null };

/** Jobs whose end has passed and that were not cancelled: each needs a timesheet. */
function isPast(item: AgendaItem, now: number): boolean {
  return item.status === 'active' && Date.parse(item.end) <= now && item.request.status !== 'cancelled';
}

/** A past job with its timesheet's state: to fill in, submitted (still changeable), approved. */
function PastJob({ item, onOpen }: { item: AgendaItem; onOpen: (open: OpenSheet) => void }) {
  const { t } = useInterpretingI18n();
  const sheet = useQuery({
    queryKey: interpretingKeys.timesheet(item.assignmentId),
    queryFn: () => getTimesheet(item.assignmentId),
  });
  const status = sheet.data?.status;
  const label = status ? t('agenda.timesheetChange') : t('agenda.timesheetOpen');
  return (
    <JobCard
      item={item}
      action={
        <>
          {status ? (
            <span className="badge badge--sent" data-timesheet={status}>
              {t(`timesheet.status.${status}`)}
            </span>
          ) : null}
          {status === 'approved' || sheet.isPending ? null : (
            <Button
              variant={status ? 'secondary' : 'primary'}
              onPress={() => onOpen({ item, existing: sheet.data ?? null })}
              aria-label={`${label} ${item.request.reference}`}
            >
              {label}
            </Button>
          )}
        </>
      }
    />
  );
}

function Jobs() {
  const { t } = useInterpretingI18n();
  const today = brusselsParts(new Date()).date;
  const from = addDays(today, -30);
  const to = addDays(today, 60);
  const agenda = useQuery({
    queryKey: interpretingKeys.agenda(from, to),
    queryFn: () => getMyAgenda(from, to),
  });
  const [open, setOpen] = useState<OpenSheet | null>(null);
  if (agenda.isPending) return <Skeleton lines={5} />;
  if (agenda.error) return <LoadError error={agenda.error} onRetry={() => void agenda.refetch()} />;
  const now = Date.now();
  const upcoming = agenda.data.items.filter((i) => Date.parse(i.end) > now && i.status === 'active');
  const past = agenda.data.items.filter((i) => isPast(i, now)).reverse();
  return (
    <>
      <section aria-labelledby="agenda-upcoming" className="interp-section">
        <h2 id="agenda-upcoming">{t('agenda.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <EmptyState title={t('agenda.empty')} />
        ) : (
          <ul className="interp-cards">
            {upcoming.map((item) => (
              <JobCard key={item.assignmentId} item={item} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="agenda-past" className="interp-section">
        <h2 id="agenda-past">{t('agenda.past')}</h2>
        {past.length === 0 ? (
          <EmptyState title={t('agenda.pastEmpty')} />
        ) : (
          <ul className="interp-cards">
            {past.map((item) => (
              <PastJob key={item.assignmentId} item={item} onOpen={setOpen} />
            ))}
          </ul>
        )}
      </section>
      {open ? (
        <TimesheetDialog item={open.item} existing={open.existing} onClose={() => setOpen(null)} />
      ) : null}
    </>
  );
}

/** The interpreter's next jobs, the jobs that need a timesheet, and her calendar feed. */
export function AgendaPage() {
  const { t } = useInterpretingI18n();
  const me = useQuery({ queryKey: interpretingKeys.me, queryFn: getMyProfile });
  // An account with the interpreter role that the register does not know yet has no agenda.
  const unknown = me.error instanceof ApiError && me.error.code === 'INTERPRETING.INTERPRETER_NOT_FOUND';
  return (
    <>
      <PageHeader title={t('title.agenda')} />
      {me.isPending ? (
        <Skeleton lines={2} />
      ) : unknown ? (
        <EmptyState title={t('agenda.notRegistered')} />
      ) : me.error ? (
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <>
          <Jobs />
          {me.data.calendarUrl ? <CalendarFeed url={me.data.calendarUrl} /> : null}
        </>
      )}
    </>
  );
}
