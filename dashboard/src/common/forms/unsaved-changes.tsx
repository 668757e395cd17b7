/**
 * Knowing whether anything typed is not saved yet, so leaving it can ask first ("never lose work"). Forms
 * on the shared foundation (`useBeaconForm`) report to the nearest tracker on their own: the form dialog
 * they sit in (form-modal.tsx, which reports on to the page), or else the page (`LeavePageGuard`, around
 * the signed-in layout), which asks before a link, Sign out or the browser's Back or Forward leaves the page
 * and has the browser ask before the tab closes or reloads. A form kept in plain state reports with `useTrackChanges`.
 */
import { createContext, type ReactNode, use, useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { type ConfirmDiscard, useConfirmDiscard } from './confirm-discard';

export interface TrackedForm {
  /** Whether anything differs from what was last loaded or saved. */
  changed: () => boolean;
  /** Whether a save is on its way (its page may be left for the saved record). */
  saving: () => boolean;
}

type Track = (form: TrackedForm) => () => void;

const TrackerContext = createContext<Track | null>(null);

/** Reports a form to the nearest tracker while it is mounted; `form` is read when someone leaves. */
export function useTrackChanges(form: TrackedForm): void {
  const track = use(TrackerContext);
  const latest = useRef(form);
  latest.current = form;
  useEffect(
    () => track?.({ changed: () => latest.current.changed(), saving: () => latest.current.saving() }),
    [track],
  );
}

/** The forms reported inside `Tracker` and whether any changed. */
export function useTracker() {
  const forms = useRef(new Set<TrackedForm>());
  const track = useCallback<Track>((form) => {
    forms.current.add(form);
    return () => {
      forms.current.delete(form);
    };
  }, []);
  const changed = useCallback(
    ({ unlessSaving = false }: { unlessSaving?: boolean } = {}) =>
      [...forms.current].some((form) => form.changed() && !(unlessSaving && form.saving())),
    [],
  );
  return { track, changed };
}

export function Tracker({ track, children }: { track: Track; children: ReactNode }) {
  return <TrackerContext value={track}>{children}</TrackerContext>;
}

const PageGuardContext = createContext<ConfirmDiscard['leave'] | null>(null);

/**
 * Leaving the page by code (Cancel going back to the board): asks first when a form on it changed. Outside
 * `LeavePageGuard` it simply goes.
 */
export function useLeavePage(): ConfirmDiscard['leave'] {
  return use(PageGuardContext) ?? ((go) => go());
}

/**
 * Around the signed-in layout (header and routes): following a link off a page with changes not saved (the
 * navigation, a breadcrumb), or Cancel or Sign out through `useLeavePage`, asks "Discard your changes?"
 * first; closing or reloading the tab gets the browser's own question. A form being saved does not hold its
 * page (a nomination goes to its new page once made).
 *
 * Links are caught as they are clicked (Enter on a link clicks it), before React Router sees them, rather
 * than with React Router's useBlocker: that needs a data router, whose code costs about 17 KB gzipped on
 * every first visit, over the bundle budget. Back and Forward are held with the browser's Navigation API
 * instead (`holdTraversals`); where a browser lacks it or will not let the page hold
 * them, they leave without asking, as they always did.
 */
export function LeavePageGuard({ children }: { children: ReactNode }) {
  const { track, changed } = useTracker();
  const unsaved = useCallback(() => changed({ unlessSaving: true }), [changed]);
  const discard = useConfirmDiscard({ dirty: unsaved, what: 'a form on this page' });
  const { leave } = discard;
  const navigate = useNavigate();
  useEffect(() => {
    const follow = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab or window
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
      if (link.target && link.target !== '_self') return;
      const to = new URL(link.href);
      if (to.origin !== window.location.origin) return; // leaving Beacon: beforeunload asks
      if (to.pathname === window.location.pathname && to.search === window.location.search) return;
      if (!unsaved()) return;
      // Captured on the document, before React's listener on its root: the router never sees this click.
      event.preventDefault();
      event.stopPropagation();
      leave(() => navigate(`${to.pathname}${to.search}${to.hash}`));
    };
    document.addEventListener('click', follow, { capture: true });
    return () => document.removeEventListener('click', follow, { capture: true });
  }, [unsaved, leave, navigate]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  useEffect(() => holdTraversals(unsaved, leave), [unsaved, leave]);
  return (
    <PageGuardContext value={leave}>
      <Tracker track={track}>
        {children}
        {discard.dialog}
      </Tracker>
    </PageGuardContext>
  );
}

/** The part of the Navigation API used here (TypeScript's DOM library does not describe it yet). */
interface NavigateEvent extends Event {
  readonly navigationType: 'push' | 'replace' | 'reload' | 'traverse';
  readonly destination: { readonly key: string; readonly url: string; readonly sameDocument: boolean };
}
interface Navigation extends EventTarget {
  traverseTo(key: string): { committed: Promise<unknown>; finished: Promise<unknown> };
}

/**
 * Back or Forward (or a jump through the history list) to another page of Beacon, with changes not saved:
 * the traversal is stopped and the question asked; on "Discard changes" it is made again, let through.
 * The navigate event comes before the history moves and before popstate, React Router's cue, so a stopped
 * traversal is never seen by the router. The HTML standard lets a browser refuse a page the right to stop a
 * Back the person made (`cancelable` false, so that Back cannot trap anyone); such a traversal goes ahead
 * unasked, as does one to another document, where the browser asks instead (beforeunload).
 */
function holdTraversals(unsaved: () => boolean, leave: ConfirmDiscard['leave']): (() => void) | undefined {
  const navigation = (window as Window & { navigation?: Navigation }).navigation;
  if (!navigation) return undefined;
  let letThrough: string | null = null;
  const traverse = (event: Event) => {
    const { navigationType, destination, cancelable } = event as NavigateEvent;
    if (navigationType !== 'traverse') return;
    if (destination.key === letThrough) {
      letThrough = null;
      return;
    }
    if (!cancelable || !destination.sameDocument || !unsaved()) return;
    const to = new URL(destination.url);
    if (to.pathname === window.location.pathname && to.search === window.location.search) return;
    event.preventDefault();
    leave(() => {
      letThrough = destination.key;
      // Rejects only when that entry has gone meanwhile; the page then simply stays.
      const { committed, finished } = navigation.traverseTo(destination.key);
      committed.catch(() => undefined);
      finished.catch(() => undefined);
    });
  };
  navigation.addEventListener('navigate', traverse);
  return () => navigation.removeEventListener('navigate', traverse);
}
