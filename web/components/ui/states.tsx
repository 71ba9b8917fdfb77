import type { ReactNode } from 'react';
import { ApiError } from '../../lib/api-client.ts';
import { Button } from './button.tsx';
import { useUiI18n } from './use-ui-i18n.ts';

export function EmptyState({
  title,
  children,
  action,
}: {
  title?: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  const { t } = useUiI18n();
  return (
    <div className="state state--empty">
      <p className="state__title">{title ?? t('ui.empty.title')}</p>
      {children ? <div className="state__body">{children}</div> : null}
      {action}
    </div>
  );
}

/**
 * What went wrong, in the reader's language, with the request id to quote to support, and a way to
 * try again. role="alert" so it is announced when it replaces a loading state.
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useUiI18n();
  const api = error instanceof ApiError ? error : null;
  const body = api?.status === 0 ? t('ui.error.network') : t('ui.error.body');
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('ui.error.title')}</p>
      <p className="state__body">{body}</p>
      {api?.problem?.requestId ? (
        <p className="state__meta">{t('ui.error.reference', { requestId: api.problem.requestId })}</p>
      ) : null}
      {onRetry ? <Button onPress={onRetry}>{t('ui.retry')}</Button> : null}
    </div>
  );
}

/** Placeholders with the shape of what is loading, so the page does not jump when it arrives. */
export function Skeleton({ lines = 3, block }: { lines?: number; block?: boolean }) {
  const { t } = useUiI18n();
  return (
    <div className="skeleton-group" aria-busy="true">
      <span className="visually-hidden">{t('ui.loading')}</span>
      {block ? (
        <span className="skeleton skeleton--block" />
      ) : (
        Array.from({ length: lines }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <span key={i} className="skeleton skeleton--text" style={{ inlineSize: `${90 - i * 15}%` }} />
        ))
      )}
    </div>
  );
}

/** The error line of a form for what no single field can show (wrong password, server down). */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'form-error' : undefined}>
      {message}
    </div>
  );
}
