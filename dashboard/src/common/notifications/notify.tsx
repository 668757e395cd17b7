/**
 * Results of actions: a toast people can see (Mantine notifications) and the same words read out by a
 * screen reader through live regions that stay in the page (regions added on the fly are often missed).
 * Success is polite; a failure interrupts.
 *
 *   notify.success('Nomination sent for safety review');
 *   notify.error('The spotlight could not be published', problem);
 */
import { VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSyncExternalStore } from 'react';
import type { Problem } from '../graphql/problem';

type Politeness = 'polite' | 'assertive';
const messages: Record<Politeness, string> = { polite: '', assertive: '' };
const listeners = new Set<() => void>();
let snapshot = { ...messages };

/** Reads `text` out. Repeating the same words still announces them (the region is cleared first). */
export function announce(text: string, politeness: Politeness = 'polite') {
  messages[politeness] = '';
  snapshot = { ...messages };
  for (const l of listeners) l();
  // A tick later, so the cleared region and the new text are two changes.
  setTimeout(() => {
    messages[politeness] = text;
    snapshot = { ...messages };
    for (const l of listeners) l();
  }, 50);
}

/** A toast's close button has only an icon; without a name axe (rightly) fails it. */
const closeButtonProps = { 'aria-label': 'Dismiss notification' };

export const notify = {
  success(message: string, title?: string) {
    notifications.show({ message, title, color: 'teal', role: 'none', closeButtonProps } as never);
    announce(title ? `${title}. ${message}` : message);
  },
  info(message: string, title?: string) {
    notifications.show({ message, title, role: 'none', closeButtonProps } as never);
    announce(title ? `${title}. ${message}` : message);
  },
  error(title: string, problem?: Problem) {
    const detail = problem
      ? `${problem.message}${problem.requestId ? ` (request id ${problem.requestId})` : ''}`
      : '';
    notifications.show({
      title,
      message: detail || title,
      color: 'red',
      autoClose: 10_000,
      role: 'none',
      closeButtonProps,
    } as never);
    announce(detail ? `${title}. ${detail}` : title, 'assertive');
  },
};

/** The page's two live regions; mounted once by the app. */
export function Announcer() {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => snapshot,
  );
  return (
    <VisuallyHidden>
      <div aria-live="polite" aria-atomic="true" data-testid="announcer-polite">
        {current.polite}
      </div>
      <div aria-live="assertive" aria-atomic="true" data-testid="announcer-assertive">
        {current.assertive}
      </div>
    </VisuallyHidden>
  );
}
