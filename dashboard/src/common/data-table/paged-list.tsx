/**
 * A server-paged list, the one way: where it stands ("Showing 21–40 of 55 sessions", read out), then its
 * loading, error (with retry and the request id) and empty states, the table, and the pager. The page
 * supplies the query result, which connection in it to show, and the words; the usual words follow from
 * the noun ("Loading sessions…", "No sessions found", "Session pages"), and a page may say its own.
 *
 *   <PagedList result={result} retry={reexecute} list={list} pageSize={20} connection={(d) => d.trainingSessions}
 *     noun="session" label="Training sessions" columns={columns} loading="Loading training sessions…"
 *     filters={{ names: ['topic'], search: <ListTextFilter … />, controls: <NativeSelect … /> }} />
 *
 * With `filters`, the list's filters come first (list-filters.tsx): a row at desktop widths, a "Filters"
 * drawer on phones when there are more than a few.
 *
 * A later page can come back empty when its rows left the list after it was opened (the last overdue
 * resource on it marked verified, a record archived): while the list still has rows elsewhere it says so and
 * offers the first page, rather than claiming nothing matches. When the whole list is empty (a link to page
 * 3 opened after every row went), it shows the list's own empty state, on any page.
 */
import { Button, Stack } from '@mantine/core';
import type { RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { EmptyState, type QueryResultLike, QueryState } from '../query-state/query-state';
import { DataTable, type DataTableProps } from './data-table';
import { ListFilters, type ListFiltersConfig } from './list-filters';
import { ListSummary, type PageInfoLike, Pager } from './pager';
import type { AnyListParams } from './use-list-params';

const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

interface ConnectionLike<Row> {
  totalCount: number;
  /** Lists whose count is bounded say when more match than `totalCount`. */
  totalCountIsExact?: boolean;
  pageInfo: PageInfoLike;
  nodes: readonly Row[];
}

export function PagedList<Data, Row extends RowData & { id: string }>({
  result,
  retry,
  list,
  pageSize,
  connection,
  noun,
  plural = `${noun}s`,
  label,
  pagerLabel = `${capitalise(noun)} pages`,
  columns,
  loading = `Loading ${plural}…`,
  errorTitle = `${capitalise(plural)} could not be loaded`,
  emptyTitle = `No ${plural} found`,
  emptyText = `No ${plural} match these filters.`,
  emptyHint = 'Try another search, or clear a filter.',
  sort,
  filters,
  cardHeadingOrder,
}: {
  result: QueryResultLike<Data>;
  retry: (options: { requestPolicy: 'network-only' }) => void;
  list: AnyListParams;
  pageSize: number;
  connection: (data: Data) => ConnectionLike<Row>;
  /** One row's noun, lower case ("session"). */
  noun: string;
  plural?: string;
  /** Names the table ("Training sessions"). */
  label: string;
  /** Names the pager's navigation ("Training pages"). */
  pagerLabel?: string;
  columns: DataTableProps<Row>['columns'];
  loading?: string;
  errorTitle?: string;
  emptyTitle?: string;
  /** The summary's words when nothing matches. */
  emptyText?: string;
  emptyHint?: ReactNode;
  /** Server sorting from the column headers, when the list has it. */
  sort?: DataTableProps<Row>['sort'];
  /** The list's filters: a row above it, or on phones (when there are many) a "Filters" drawer. */
  filters?: ListFiltersConfig;
  /** Heading level of each row's card on phones: 3 when the list sits in a section under an h2. */
  cardHeadingOrder?: DataTableProps<Row>['cardHeadingOrder'];
}) {
  const shown = result.data === undefined ? undefined : connection(result.data);
  return (
    <>
      {filters && (
        <ListFilters
          list={list}
          config={filters}
          results={shown && { total: shown.totalCount, exact: shown.totalCountIsExact ?? true, noun, plural }}
        />
      )}
      <ListSummary
        total={shown?.totalCount ?? null}
        exact={shown?.totalCountIsExact ?? true}
        shown={shown?.nodes.length ?? 0}
        firstIndex={(list.page - 1) * pageSize + 1}
        noun={noun}
        plural={plural}
        loading={result.fetching}
        emptyText={emptyText}
      />
      <QueryState
        result={result}
        retry={retry}
        loading={loading}
        errorTitle={errorTitle}
        isEmpty={(data) => connection(data).nodes.length === 0}
        empty={
          shown && shown.totalCount > 0 ? (
            <PastTheEnd list={list} plural={plural} />
          ) : (
            <EmptyState title={emptyTitle}>{emptyHint}</EmptyState>
          )
        }
      >
        {(data) => (
          <>
            <DataTable
              label={label}
              rows={connection(data).nodes}
              columns={columns}
              getRowId={(row) => row.id}
              sort={sort}
              busy={result.fetching}
              cardHeadingOrder={cardHeadingOrder}
            />
            <Pager list={list} pageInfo={connection(data).pageInfo} label={pagerLabel} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** A page after the last: the rows it showed have gone from the list, which still has some elsewhere. */
function PastTheEnd({ list, plural }: { list: AnyListParams; plural: string }) {
  return (
    <Stack align="center" gap={0} pb="lg">
      <EmptyState title="Nothing on this page any more">
        The {plural} that were here have left the list since it was opened.
      </EmptyState>
      <Button variant="default" onClick={() => list.first()}>
        Go to the first page
      </Button>
    </Stack>
  );
}
