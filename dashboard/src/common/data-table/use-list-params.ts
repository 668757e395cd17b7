/**
 * A list's state in the URL: search, filters, sort and page, so a filtered list survives a reload and can
 * be bookmarked or sent to a colleague. Paging is by cursor (Beacon's connections are keyset-paginated):
 * the URL keeps the cursor (`after` or `before`) and the page number shown; any change of search, filter
 * or sort goes back to the first page.
 *
 *   const list = useListParams({ filters: ['q', 'topic', 'region'], sorts: ['HANDLE', 'FOLLOWERS'], defaultSort: 'HANDLE' });
 *   useQuery({ query, variables: { ...list.pageVariables(20), orderBy: list.sort, filter: { search: list.get('q') } } });
 */
import { useCallback, useMemo } from 'react';
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

  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          change(next);
          return next;
        },
        // Typing into a filter should not fill the history; paging should (Back returns to the page).
        { replace: false },
      ),
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
