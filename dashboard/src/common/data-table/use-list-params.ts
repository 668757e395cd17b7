/**
 * A list's state in the URL: search, filters, sort and page, so a filtered list survives a reload and can
 * be bookmarked or sent to a colleague. Paging is by cursor (Beacon's connections are keyset-paginated):
 * the URL keeps the cursor (`after` or `before`) and the page number shown; any change of search, filter
 * or sort goes back to the first page.
 *
 *   const list = useListParams({ filters: ['q', 'topic', 'region'], sorts: ['HANDLE', 'FOLLOWERS'], defaultSort: 'HANDLE' });
 *   useQuery({ query, variables: { ...list.pageVariables(20), orderBy: list.sort, filter: { search: list.get('q') } } });
 */
import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

const PAGING = ['after', 'before', 'page'] as const;
const clearPaging = (next: URLSearchParams) => {
  for (const name of PAGING) next.delete(name);
};

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

export function useListParams<Sort extends string>({
  filters,
  sorts,
  defaultSort,
}: {
  filters: readonly string[];
  sorts: readonly Sort[];
  defaultSort: Sort;
}): ListParams<Sort> {
  const [params, setParams] = useSearchParams();

  // React Router's functional `setSearchParams` starts from the params of the last render, not from the
  // last change asked for: two changes before React renders (a fast user, a busy machine) and the second
  // undoes the first. So the changes asked for and not yet rendered are kept here, in order, and the next
  // change starts from the newest of them. A render of one of them drops it and those before it; a render
  // of anything else (Back, a link) is a navigation of its own, and nothing is pending any more. Renders
  // for other reasons (a query's answer) leave the queue as it is.
  const pending = useRef<string[]>([]);
  const rendered = params.toString();
  const latest = useRef(rendered);
  if (latest.current !== rendered) {
    const seen = pending.current.indexOf(rendered);
    pending.current = seen >= 0 ? pending.current.slice(seen + 1) : [];
    latest.current = rendered;
  }

  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(pending.current.at(-1) ?? latest.current);
      change(next);
      pending.current = [...pending.current, next.toString()];
      // Typing into a filter should not fill the history; paging should (Back returns to the page).
      setParams(next, { replace: false });
    },
    [setParams],
  );

  const sortParam = params.get('sort');
  const sort = sorts.includes(sortParam as Sort) ? (sortParam as Sort) : defaultSort;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const after = params.get('after');
  const before = params.get('before');
  const filterKey = JSON.stringify([sort, ...filters.map((f) => params.get(f))]);

  return useMemo(
    () => ({
      get: (name) => params.get(name) || null,
      set: (values) =>
        update((next) => {
          for (const [name, value] of Object.entries(values)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          clearPaging(next);
        }),
      sort,
      setSort: (value) =>
        update((next) => {
          if (value === defaultSort) next.delete('sort');
          else next.set('sort', value);
          clearPaging(next);
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
          clearPaging(next);
          next.set('after', endCursor);
          next.set('page', String(page + 1));
        }),
      previous: (startCursor) =>
        update((next) => {
          clearPaging(next);
          if (page > 2) {
            next.set('before', startCursor);
            next.set('page', String(page - 1));
          }
        }),
      first: () => update(clearPaging),
      filterKey,
    }),
    [params, update, sort, page, after, before, defaultSort, filterKey],
  );
}
