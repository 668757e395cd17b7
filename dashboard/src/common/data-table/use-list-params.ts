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
 *
 * Every list under one router changes the URL through one queue, `ListParamsProvider` (list-params-queue.tsx,
 * put inside the router): each change builds on the newest URL asked for by any list, so two lists changed
 * before the router renders (a busy machine) both land.
 */
import { useMemo } from 'react';
import { useListParamsQueue } from './list-params-queue';

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
  const { params, update } = useListParamsQueue();

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
