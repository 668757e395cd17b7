/**
 * The one queue through which every list under the router changes the URL (useListParams, beside it): the
 * provider sits inside the router, around the routes. Small and apart from useListParams, so the app shell
 * that renders it does not carry the lists' code in the first download.
 */
import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { useSearchParams } from 'react-router';

/**
 * The changes asked for and not yet rendered from the URL, oldest first, and the URL they started from.
 *
 * React Router puts a new URL on screen in a transition: until that renders (a busy machine, a route still
 * loading) the router's params are the old ones. A control bound to them would snap back (React restores a
 * controlled select to its last rendered value), and the next keystroke would start from there; a second
 * change built on the router's params would undo the first. So each change is queued here and the list
 * shows the newest at once. A render of a queued URL drops it and those before it; a render of any other
 * URL (Back, Forward, a link) is a navigation of its own, which wins: nothing is pending any more. Back
 * or Forward pressed before a change rendered may land on the very URL last rendered, which no render
 * would tell apart from nothing happening: the browser's `popstate` says so instead.
 */
interface Pending {
  readonly rendered: string;
  readonly queue: readonly string[];
}

const reconcile = (state: Pending, rendered: string): Pending => {
  if (state.rendered === rendered) return state;
  const seen = state.queue.indexOf(rendered);
  return { rendered, queue: seen >= 0 ? state.queue.slice(seen + 1) : [] };
};

/** A tiny store for `Pending`: changes to it render synchronously (useSyncExternalStore), not in a transition. */
function createPendingStore(rendered: string) {
  let state: Pending = { rendered, queue: [] };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Records what has rendered; what is shown does not change, so nobody is told. */
    settle(rendered: string) {
      state = reconcile(state, rendered);
    },
    push(next: string) {
      state = { ...state, queue: [...state.queue, next] };
      for (const listener of listeners) listener();
    },
    /** Back or Forward: the history entry wins over every change still pending. */
    drop() {
      if (state.queue.length === 0) return;
      state = { ...state, queue: [] };
      for (const listener of listeners) listener();
    },
  };
}

/** The URL's params as the lists show them (the newest change asked for), and the one way to change them. */
export interface ListParamsQueue {
  params: URLSearchParams;
  update(change: (next: URLSearchParams) => void): void;
}

const ListParamsContext = createContext<ListParamsQueue | null>(null);

/**
 * One queue of URL changes for every list under the router (put it inside the router, around the routes).
 * A queue per list built each change on that list's own view of the URL: a second list changed before the
 * router rendered the first one's change put the old URL back with only its own change, and the first was
 * lost (the crisis resources page's two lists, paged in quick succession).
 */
export function ListParamsProvider({ children }: { children: ReactNode }) {
  const [urlParams, setUrlParams] = useSearchParams();
  const rendered = urlParams.toString();
  const [store] = useState(() => createPendingStore(rendered));
  const pending = reconcile(useSyncExternalStore(store.subscribe, store.get), rendered);
  useLayoutEffect(() => store.settle(rendered), [store, rendered]);
  useEffect(() => {
    window.addEventListener('popstate', store.drop);
    return () => window.removeEventListener('popstate', store.drop);
  }, [store]);
  const shown = pending.queue.at(-1) ?? rendered;
  const params = useMemo(() => new URLSearchParams(shown), [shown]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      // What the person sees: the newest change asked for (by any list), or else the URL last rendered.
      const { queue, rendered: base } = store.get();
      const from = queue.at(-1) ?? base;
      const next = new URLSearchParams(from);
      change(next);
      if (next.toString() === from) return;
      store.push(next.toString());
      // Every change is a history entry: Back undoes a filter and returns to the previous page.
      setUrlParams(next);
    },
    [store, setUrlParams],
  );

  const queue = useMemo(() => ({ params, update }), [params, update]);
  return <ListParamsContext value={queue}>{children}</ListParamsContext>;
}

/** The queue of the ListParamsProvider above: useListParams's way to the URL. */
export function useListParamsQueue(): ListParamsQueue {
  const queue = use(ListParamsContext);
  if (!queue) throw new Error('useListParams needs a ListParamsProvider inside the router');
  return queue;
}
