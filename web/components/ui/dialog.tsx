import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './button.tsx';
import { useUiI18n } from './use-ui-i18n.ts';

/**
 * A modal dialog: focus moves in and is trapped, Escape and the close button close it, focus
 * returns to what opened it. Controlled, so a form can close it after a successful save.
 */
export function Dialog(props: {
  title: ReactNode;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
  /** Buttons at the bottom; a close button is always there. */
  actions?: ReactNode;
  size?: 'md' | 'lg';
}) {
  const { t } = useUiI18n();
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      isDismissable
    >
      <Modal className={`modal modal--${props.size ?? 'md'}`}>
        <AriaDialog className="dialog">
          {({ close }) => (
            <>
              <div className="dialog__header">
                <Heading slot="title" className="dialog__title">
                  {props.title}
                </Heading>
                <Button variant="quiet" onPress={close} aria-label={t('ui.close')} className="dialog__close">
                  <span aria-hidden="true">×</span>
                </Button>
              </div>
              <div className="dialog__body">{props.children}</div>
              {props.actions ? <div className="dialog__actions">{props.actions}</div> : null}
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
