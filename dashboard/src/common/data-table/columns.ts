/**
 * Columns for <DataTable>: TanStack Table column definitions with Beacon's meta. Define a list's columns
 * once, at module scope, with `listColumns<Row>()`:
 *
 *   const col = listColumns<CreatorRow>();
 *   const columns = col.columns([
 *     col.accessor('handle', { header: 'Handle', cell: (c) => `@${c.getValue()}`,
 *                              meta: { rowHeader: true, serverSort: { value: 'HANDLE', direction: 'ascending' } } }),
 *     col.accessor('followerCount', { header: 'Followers', meta: { numeric: true } }),
 *   ]);
 */
import {
  createColumnHelper,
  createSortedRowModel,
  metaHelper,
  type RowData,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';

export interface ColumnMeta {
  /** The cell that names the row (a `th scope="row"`); on phones, the card's heading. One per table. */
  rowHeader?: boolean;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Left out of the stacked cards on phones (the card's heading already says it, or it is secondary). */
  hideOnPhone?: boolean;
  /**
   * The server sorts by this column: the list's `orderBy` value and the direction the server orders it in,
   * or several such orders (newest first, earliest first), the header's button going from one to the next.
   * Columns without it are not sortable in a server-sorted table.
   */
  serverSort?: ServerSortOrder | readonly ServerSortOrder[];
}

/** One order the server can sort a list in by a column. */
export interface ServerSortOrder {
  value: string;
  direction: 'ascending' | 'descending';
}

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    alphanumeric: sortFn_alphanumeric,
    text: sortFn_text,
    basic: sortFn_basic,
    datetime: sortFn_datetime,
  },
  columnMeta: metaHelper<ColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

export const listColumns = <Row extends RowData>() => createColumnHelper<DataTableFeatures, Row>();
