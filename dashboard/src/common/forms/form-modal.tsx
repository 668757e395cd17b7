/**
 * A dialog holding a form, which never loses what was typed: Escape, the close button, a click outside and
 * Cancel all go through one `requestClose`, which closes at once when nothing changed and otherwise asks
 * "Discard your changes?" (confirm-discard.tsx) with "Keep editing" focused. Saving closes through the
 * dialog's own `onClose`, which never asks.
 *
 * Forms made with `useBeaconForm` inside report their changes on their own (unsaved-changes.tsx); a form
 * kept elsewhere passes `dirty`. Cancel buttons inside use `CancelButton` (or `useFormModal().requestClose`).
 *
 *   <FormModal opened={opened} onClose={close} title="New organisation" size="lg">
 *     {opened && <NewOrganisationForm onDone={close} />}   // with <CancelButton /> next to its submit
 *   </FormModal>
 *
 * Why Escape is handled here rather than by Mantine's `closeOnEscape`: Mantine listens on the window, so every
 * open modal sees every Escape (a nested conflict dialog's Escape would close the form too) and the decision
 * would be split between Mantine and this guard. Here Escape counts only when it was pressed inside this
 * dialog, not in a dialog stacked on it, and one function decides.
 */
import { Button, Modal, type ModalProps } from '@mantine/core';
import { createContext, type KeyboardEvent, type ReactNode, use, useCallback, useMemo } from 'react';
import { useConfirmDiscard } from './confirm-discard';
import { Tracker, useTracker } from './unsaved-changes';

interface FormModalContextValue {
  /** Close, asking first when something changed. */
  requestClose: () => void;
}

const FormModalContext = createContext<FormModalContextValue | null>(null);

/** The enclosing form dialog, or null outside one. */
export function useFormModal(): FormModalContextValue | null {
  return use(FormModalContext);
}

export function FormModal({
  onClose,
  dirty = false,
  what = 'this form',
  children,
  ...modal
}: Omit<ModalProps, 'closeOnEscape'> & {
  /** Changes the dialog cannot see through `useBeaconForm` (state kept by the dialog itself). */
  dirty?: boolean;
  /** What changed, for "You changed … and have not saved". */
  what?: string;
}) {
  const tracker = useTracker();
  const changed = useCallback(() => dirty || tracker.changed(), [dirty, tracker.changed]);
  const discard = useConfirmDiscard({ dirty: changed, what });
  const { leave } = discard;
  const requestClose = useCallback(() => leave(onClose), [leave, onClose]);
  const context = useMemo<FormModalContextValue>(() => ({ requestClose }), [requestClose]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    // An Escape in a dialog opened from this one (the conflict dialog) arrives here too, as React bubbles
    // events out of portals: that dialog closes itself, this one stays. An open dropdown marks its input,
    // as Mantine's own modal expects, and takes the Escape for itself.
    const own = event.currentTarget.querySelector('[role="dialog"]');
    if (target.closest('[role="dialog"]') !== own) return;
    if (target.getAttribute('data-mantine-stop-propagation') === 'true') return;
    requestClose();
  };
  return (
    <>
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        {...modal}
        onClose={requestClose}
        closeOnEscape={false}
        onKeyDown={onKeyDown}
      >
        <FormModalContext value={context}>
          <Tracker track={tracker.track}>{children}</Tracker>
        </FormModalContext>
      </Modal>
      {discard.dialog}
    </>
  );
}

/** "Cancel" in a form dialog: closes it, asking first when something changed. */
export function CancelButton({ children = 'Cancel' }: { children?: ReactNode }) {
  const dialog = useFormModal();
  return (
    <Button variant="default" onClick={dialog?.requestClose}>
      {children}
    </Button>
  );
}
