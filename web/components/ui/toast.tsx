import {
  Button,
  Text,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import { flushSync } from 'react-dom';
import { useUiI18n } from './use-ui-i18n.ts';

export type ToastTone = 'info' | 'success' | 'error';
export type ToastMessage = { tone: ToastTone; title: string; description?: string };

/**
 * One queue for the whole app: the API client's error listener, mutations and pages all add to it.
 * flushSync lets the view transition API (when present) animate the change.
 */
export const toastQueue = new ToastQueue<ToastMessage>({
  maxVisibleToasts: 4,
  wrapUpdate: (fn) => {
    flushSync(fn);
  },
});

export function toast(message: ToastMessage): void {
  // Errors stay until dismissed: someone who reads slowly or uses a screen reader must not miss them.
  toastQueue.add(message, message.tone === 'error' ? undefined : { timeout: 6000 });
}

/** The landmark region where toasts appear; F6 moves focus into it. */
export function Toasts() {
  const { t } = useUiI18n();
  return (
    <ToastRegion queue={toastQueue} className="toast-region" aria-label={t('ui.toast.region')}>
      {({ toast: item }) => (
        <Toast toast={item} className={`toast toast--${item.content.tone}`}>
          <ToastContent className="toast__content">
            <Text slot="title" className="toast__title">
              {item.content.title}
            </Text>
            {item.content.description ? (
              <Text slot="description" className="toast__description">
                {item.content.description}
              </Text>
            ) : null}
          </ToastContent>
          <Button slot="close" className="btn btn--quiet toast__close" aria-label={t('ui.close')}>
            <span aria-hidden="true">×</span>
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
