/**
 * A list's state in the URL: search, filters, sort and page, so a filtered list survives a reload and can
 * be bookmarked or sent to a colleague. Paging is by cursor (Beacon's connections are keyset-paginated):
 * the URL keeps the cursor (`after` or `before`) and the page number shown; any change of search, filter
 * or sort goes back to the first page.
 *
 *   const list = useListParams({ filters: ['q', 'topic', 'region'], sorts: ['HANDLE', 'FOLLOWERS'], defaultSort: 'HANDLE' });
 *   useQuery({ query, variables: { ...list.pageVariables(20), orderBy: list.sort, filter: { search: list.get('q') } } });
 *
 * Two lists on one page keep a state each: the second gets a `prefix`, put before each of its params in the
 * URL (`overdue-page`, `overdue-after`…; its filters too, though the page still asks `list.get('q')`), so
 * paging or filtering one leaves the other where it was.
 *
 *   const overdue = useListParams({ prefix: 'overdue-', filters: [], sorts: ['OLDEST'], defaultSort: 'OLDEST' });
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';

/** A list's param names in the URL: its own prefix before each. */
const namesOf = (prefix: string) => ({
  after: `${prefix}after`,
  before: `${prefix}before`,
  page: `${prefix}page`,
  sort: `${prefix}sort`,
  filter: (name: string) => `${prefix}${name}`,
});
type ParamNames = ReturnType<typeof namesOf>;

const clearPaging = (names: ParamNames) => (next: URLSearchParams) => {
  for (const name of [names.after, names.before, names.page]) next.delete(name);
};
const pageOf = (names: ParamNames, params: URLSearchParams) =>
  Math.max(1, Number.parseInt(params.get(names.page) ?? '1', 10) || 1);

export interface PageVariables {
  first: number | null;
  after: string | null;
  last: number | null;
  before: string | null;
}

/** What filters and pagers need of a list's params, whatever its sort values. */
export type AnyListParams = Omit<ListParams<string>, 'sort' | 'setSort'>;

export interface ListParams<Sort extends string> {
  get(name: string): string | null;
  /** Sets (or, for empty values, clears) filters and goes back to the first page. */
  set(values: Record<string, string | null | undefined>): void;
  sort: Sort;
  setSort(sort: Sort): void;
  /** 1-based number of the page shown. */
  page: number;
  /** The connection arguments for the page shown: `{ first, after }` or `{ last, before }`. */
  pageVariables(size: number): PageVariables;
  next(endCursor: string): void;
  previous(startCursor: string): void;
  first(): void;
  /** A key that changes whenever the filters or sort do (not the page): for "start again" effects. */
  filterKey: string;
}

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

export function useListParams<Sort extends string>({
  filters,
  sorts,
  defaultSort,
  prefix = '',
}: {
  filters: readonly string[];
  sorts: readonly Sort[];
  defaultSort: Sort;
  /** Put before each of this list's params in the URL: for a second list on the same page. */
  prefix?: string;
}): ListParams<Sort> {
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
      // What the person sees: the newest change asked for, or else the URL last rendered.
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

  const names = useMemo(() => namesOf(prefix), [prefix]);
  const sortParam = params.get(names.sort);
  const sort = sorts.includes(sortParam as Sort) ? (sortParam as Sort) : defaultSort;
  const page = pageOf(names, params);
  const after = params.get(names.after);
  const before = params.get(names.before);
  const filterKey = JSON.stringify([sort, ...filters.map((f) => params.get(names.filter(f)))]);

  return useMemo(
    () => ({
      get: (name) => params.get(names.filter(name)) || null,
      set: (values) =>
        update((next) => {
          for (const [name, value] of Object.entries(values)) {
            if (value) next.set(names.filter(name), value);
            else next.delete(names.filter(name));
          }
          clearPaging(names)(next);
        }),
      sort,
      setSort: (value) =>
        update((next) => {
          if (value === defaultSort) next.delete(names.sort);
          else next.set(names.sort, value);
          clearPaging(names)(next);
        }),
      page,
      pageVariables: (size) =>
        after
          ? { first: size, after, last: null, before: null }
          : before
            ? { first: null, after: null, last: size, before }
            : { first: size, after: null, last: null, before: null },
      next: (endCursor) =>
        update((next) => {
          const from = pageOf(names, next);
          clearPaging(names)(next);
          next.set(names.after, endCursor);
          next.set(names.page, String(from + 1));
        }),
      previous: (startCursor) =>
        update((next) => {
          const from = pageOf(names, next);
          clearPaging(names)(next);
          if (from > 2) {
            next.set(names.before, startCursor);
            next.set(names.page, String(from - 1));
          }
        }),
      first: () => update(clearPaging(names)),
      filterKey,
    }),
    [params, update, names, sort, page, after, before, defaultSort, filterKey],
  );
}
