/**
 * Leaving a form with changes not saved asks first, the way the dashboard asks before any loss (archive's
 * "Keep the video" / "Archive video"): the safe choice is focused and on the left, the loss is red. With no
 * changes, leaving is immediate.
 *
 *   const discard = useConfirmDiscard({ dirty: form.formState.isDirty, what: 'the campaign's details' });
 *   <Button variant="default" onClick={() => discard.leave(() => navigate(boardLink))}>Cancel</Button>
 *   {discard.dialog}
 */
import { lazy, type ReactNode, Suspense, useCallback, useRef, useState } from 'react';

// Loaded as the hook mounts, before anyone leaves: rendered closed, it is ready when the question comes.
const DiscardQuestion = lazy(() =>
  import('./discard-question').then((m) => ({ default: m.DiscardQuestion })),
);

export interface ConfirmDiscard {
  /** Runs `go` now when nothing changed, else once the person chooses to discard (`stay` if they keep editing). */
  leave: (go: () => void, stay?: () => void) => void;
  dialog: ReactNode;
}

export function useConfirmDiscard({
  dirty,
  what,
}: {
  /** Whether anything changed, asked when the person leaves (a function when that takes comparing values). */
  dirty: boolean | (() => boolean);
  /** What changed, for "You changed … and have not saved". */
  what: string;
}): ConfirmDiscard {
  const [opened, setOpened] = useState(false);
  const pending = useRef<{
    go: () => void;
    stay?: (() => void) | undefined;
    focused: Element | null;
  } | null>(null);
  const leave = useCallback(
    (go: () => void, stay?: () => void) => {
      if (!(typeof dirty === 'function' ? dirty() : dirty)) return go();
      // Where the person was when they tried to leave (Cancel, a link, a field Escape was pressed in):
      // Keep editing puts them back there. Noted here, not by the dialog as it opens: the dialog's code may
      // still be loading then, and mounting already open it would note nothing.
      pending.current = { go, stay, focused: document.activeElement };
      setOpened(true);
    },
    [dirty],
  );
  const keep = () => {
    const { stay, focused } = pending.current ?? { focused: null };
    pending.current = null;
    setOpened(false);
    if (stay) stay();
    else if (focused instanceof HTMLElement && focused.isConnected) focused.focus({ preventScroll: true });
  };
  const discard = () => {
    const go = pending.current?.go;
    pending.current = null;
    setOpened(false);
    go?.();
  };
  const dialog = (
    <Suspense fallback={null}>
      <DiscardQuestion opened={opened} what={what} onKeep={keep} onDiscard={discard} />
    </Suspense>
  );
  return { leave, dialog };
}
