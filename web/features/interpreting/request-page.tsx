import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import {
  type CancellationKind,
  type InterpretingRequestView,
  OPEN_REQUEST_STATUSES,
  type RequestStatus,
} from '../../../contracts/interpreting-requests.ts';
import { PERMISSIONS } from '../../../contracts/permissions.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Skeleton } from '../../components/ui/states.tsx';
import { getRequest, interpretingKeys } from './api.ts';
import { CancelDialog } from './cancel-dialog.tsx';
import { ChangeSection } from './change-section.tsx';
import { ChargeActions } from './charge-actions.tsx';
import { DispatchPanel } from './dispatch-panel.tsx';
import { type InterpretingT, interpretingTranslator, useInterpretingI18n } from './i18n.ts';
import { languageLabel } from './languages.ts';
import { Facts, LoadError, StatusBadge, sessionTime } from './parts.tsx';
import { RequestOffers } from './request-offers.tsx';
import './interpreting.css';

const DISPATCHABLE: readonly RequestStatus[] = ['submitted', 'unfilled', 'offered'];
const OPEN: readonly RequestStatus[] = OPEN_REQUEST_STATUSES;

function place(r: InterpretingRequestView, t: InterpretingT): string | null {
  if (r.mode === 'on_site') {
    return [r.address, r.room ? t.t('detail.room', { room: r.room }) : null].filter(Boolean).join(', ');
  }
  return r.mode === 'phone' ? r.phoneNumber : r.videoLink;
}

function cancelledText(kind: CancellationKind | null, t: InterpretingT): string {
  if (kind === 'free') return t.t('detail.cancelledFree');
  if (kind === 'late') return t.t('detail.cancelledLate');
  if (kind === 'void') return t.t('detail.cancelledVoid');
  return t.t('detail.cancelled');
}

function RequestFacts({ request: r }: { request: InterpretingRequestView }) {
  const tr = interpretingTranslator;
  const { t } = tr;
  const alternatives = r.alternativeLanguages.map((l) => languageLabel(l.language, l.variant)).join(', ');
  const language = alternatives ? `${languageLabel(r.language, r.variant)} (of: ${alternatives})` : null;
  return (
    <Facts
      items={[
        [t('list.start'), sessionTime(r.start, r.end)],
        [t('detail.durationLabel'), t('detail.duration', { minutes: r.durationMinutes })],
        [t('list.language'), language ?? languageLabel(r.language, r.variant)],
        [t('list.mode'), tr.maybe(`mode.${r.mode}`) ?? r.mode],
        [t('detail.where'), place(r, tr)],
        [t('book.sector'), tr.maybe(`sector.${r.sector}`) ?? r.sector],
        [t('book.conversationType'), tr.maybe(`conversation.${r.conversationType}`) ?? r.conversationType],
        [t('detail.clientReference'), r.clientReference],
        [
          t('detail.interpreter'),
          r.interpreter ? `${r.interpreter.givenName} (${r.interpreter.code})` : t('list.noInterpreter'),
        ],
        [t('detail.notes'), r.preparationNotes],
        [
          t('detail.cancellation'),
          r.cancellation
            ? [
                tr.maybe(`detail.cancellation.${r.cancellation.kind}`),
                r.cancellation.waived ? t('charge.waived') : null,
              ]
                .filter(Boolean)
                .join(', ')
            : null,
        ],
      ]}
    />
  );
}

/**
 * One request: its facts, change and cancel (requester and staff), and for dispatchers the
 * candidates, the offers so far and the billing decisions (void, waive, undo waive).
 */
export function RequestPage() {
  const { t } = useInterpretingI18n();
  const { requestId } = useParams({ strict: false });
  const id = requestId ?? '';
  const me = useMe();
  const client = useQueryClient();
  const [cancelOpen, setCancelOpen] = useState(false);
  const [changeOpen, setChangeOpen] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const request = useQuery({ queryKey: interpretingKeys.request(id), queryFn: () => getRequest(id) });
  const r = request.data;
  const dispatches = me.roles.some((role) => PERMISSIONS['interpreting.dispatch'].some((x) => x === role));
  const requests = me.roles.some((role) => PERMISSIONS['interpreting.request'].some((x) => x === role));

  return (
    <>
      <PageHeader
        title={r ? t('title.request', { reference: r.reference }) : t('title.requestLoading')}
        actions={
          r && requests && OPEN.includes(r.status) ? (
            <>
              <Button onPress={() => setChangeOpen(true)} isDisabled={changeOpen}>
                {t('change.open')}
              </Button>
              <Button variant="danger" onPress={() => setCancelOpen(true)}>
                {t('detail.cancel')}
              </Button>
            </>
          ) : undefined
        }
      >
        {r ? (
          <p className="page-header__sub">
            <StatusBadge status={r.status} />
          </p>
        ) : null}
      </PageHeader>
      <div role="status" aria-live="polite">
        {outcome ? (
          <p className="interp-notice" data-cancel-outcome data-outcome>
            {outcome}
          </p>
        ) : null}
      </div>
      {request.isPending ? (
        <Skeleton lines={6} />
      ) : request.error || !r ? (
        <LoadError error={request.error} onRetry={() => void request.refetch()} />
      ) : (
        <>
          <RequestFacts request={r} />
          {changeOpen && OPEN.includes(r.status) ? (
            <ChangeSection
              key={r.updatedAt}
              request={r}
              onClose={() => setChangeOpen(false)}
              onChanged={(updated, released) => {
                const done = t('change.done', { count: Math.max(1, updated.changedIds.length) });
                setOutcome(released ? `${done} ${t('change.doneReleased')}` : done);
                setChangeOpen(false);
                client.setQueryData(interpretingKeys.request(id), updated);
                void client.invalidateQueries({ queryKey: interpretingKeys.all });
              }}
            />
          ) : null}
          {dispatches && DISPATCHABLE.includes(r.status) ? <DispatchPanel request={r} /> : null}
          {dispatches ? <RequestOffers requestId={r.id} /> : null}
          {dispatches ? (
            <ChargeActions
              request={r}
              onDone={(updated, message) => {
                setOutcome(message);
                client.setQueryData(interpretingKeys.request(id), updated);
                void client.invalidateQueries({ queryKey: interpretingKeys.all });
              }}
            />
          ) : null}
          <CancelDialog
            request={r}
            isOpen={cancelOpen}
            onOpenChange={setCancelOpen}
            onCancelled={(result, updated) => {
              setOutcome(cancelledText(result.kind, interpretingTranslator));
              client.setQueryData(interpretingKeys.request(id), updated);
              void client.invalidateQueries({ queryKey: interpretingKeys.all });
            }}
          />
        </>
      )}
      <p>
        <Link to={dispatches ? '/interpreting/queue' : '/interpreting/requests'}>{t('detail.back')}</Link>
      </p>
    </>
  );
}
