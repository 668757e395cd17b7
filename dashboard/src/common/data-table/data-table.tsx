/**
 * Beacon's list table. It draws rows it is given (a page from the server, or a local list), with:
 * - sorting: by the server (`sort={{ value, onChange }}`, each column naming its `orderBy` value) or, for
 *   local lists, by TanStack Table in the browser (`sort="client"`); headers are buttons with aria-sort;
 * - virtualised rows once a list is long (only the rows near the viewport are in the DOM; the table keeps
 *   aria-rowcount and aria-rowindex so screen readers still know where they are);
 * - optionally a bounded height (`maxHeight`): the rows scroll inside a box under a sticky header, and
 *   are virtualised against that box rather than the window, so a 10,000-row preview is one screen tall
 *   (and so is a full-page screenshot of it) instead of a page of blank spacer;
 * - on phones, each row stacked as a card (its row header as the title, the rest as label/value pairs), so
 *   nothing scrolls sideways out of sight.
 * Filters, search and paging live outside it (use-list-params.ts, pager.tsx).
 */
import { Card, Group, Table, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ColumnDef, type Row, type RowData, type SortingState, useTable } from '@tanstack/react-table';
import { useVirtualizer, useWindowVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { type ColumnMeta, type DataTableFeatures, dataTableFeatures } from './columns';
import classes from './data-table.module.css';

export type ServerSort = { value: string; onChange: (value: string) => void };

export interface DataTableProps<TRow extends RowData> {
  /** Names the table for assistive technology ("Creators"). */
  label: string;
  rows: readonly TRow[];
  // biome-ignore lint/suspicious/noExplicitAny: columns carry heterogeneous value types.
  columns: readonly ColumnDef<DataTableFeatures, TRow, any>[];
  getRowId: (row: TRow) => string;
  sort?: ServerSort | 'client';
  /** A refresh is under way: the rows shown may change. */
  busy?: boolean;
  /** Lists longer than this render only the rows near the viewport. */
  virtualizeOver?: number;
  /** Below this width rows stack as cards. */
  stackBelow?: string;
  /** Heading level of each card's title on phones (the page's h1 is 1; a section's h2 makes this 3). */
  cardHeadingOrder?: 2 | 3 | 4;
  /** A CSS height: the rows scroll inside a box this tall, under a sticky header, instead of the page. */
  maxHeight?: string;
}

const ESTIMATED_ROW_PX = 56;
const ESTIMATED_CARD_PX = 180;

const metaOf = (column: { columnDef: { meta?: unknown } }) => (column.columnDef.meta ?? {}) as ColumnMeta;

export function DataTable<TRow extends RowData>({
  label,
  rows,
  columns,
  getRowId,
  sort,
  busy = false,
  virtualizeOver = 60,
  stackBelow = '48em',
  cardHeadingOrder = 2,
  maxHeight,
}: DataTableProps<TRow>) {
  const [clientSorting, setClientSorting] = useState<SortingState>([]);
  const table = useTable({
    features: dataTableFeatures,
    columns: columns as ColumnDef<DataTableFeatures, TRow, unknown>[],
    data: rows as TRow[],
    getRowId: (row: TRow) => getRowId(row),
    manualSorting: sort !== 'client',
    state: { sorting: clientSorting },
    onSortingChange: setClientSorting,
    enableSortingRemoval: true,
  });
  const stacked = useMediaQuery(`(max-width: ${stackBelow})`, false, { getInitialValueInEffect: false });
  const modelRows = table.getRowModel().rows;
  const virtual = modelRows.length > virtualizeOver;
  const bounded = maxHeight !== undefined;

  const container = useRef<HTMLElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the list starts on the page, for the window virtualiser; re-read after each render because
  // filters and summaries above it change height. Setting the same number again does not re-render.
  useLayoutEffect(() => {
    const top = container.current?.offsetTop ?? 0;
    setScrollMargin((current) => (current === top ? current : top));
  });
  // Stable functions: the virtualiser recomputes every position when one changes identity, and that
  // re-render would hand it new ones again.
  const estimateSize = useCallback(() => (stacked ? ESTIMATED_CARD_PX : ESTIMATED_ROW_PX), [stacked]);
  const getItemKey = useCallback((index: number) => modelRows[index]?.id ?? index, [modelRows]);
  const windowVirtualizer = useWindowVirtualizer({
    count: virtual && !bounded ? modelRows.length : 0,
    estimateSize,
    overscan: 8,
    // React 19 batches the re-render itself; a synchronous flush from inside measurement only adds work.
    useFlushSync: false,
    scrollMargin,
    getItemKey,
  });
  // A bounded list scrolls its own box: the rows start below the header inside it, which the overscan covers.
  const getScrollElement = useCallback(() => container.current, []);
  const boxVirtualizer = useVirtualizer({
    count: virtual && bounded ? modelRows.length : 0,
    getScrollElement,
    estimateSize,
    overscan: 8,
    useFlushSync: false,
    getItemKey,
  });
  const virtualizer = bounded ? boxVirtualizer : windowVirtualizer;
  const margin = bounded ? 0 : scrollMargin;
  const items = virtual ? virtualizer.getVirtualItems() : null;
  const shown: { row: Row<DataTableFeatures, TRow>; index: number }[] = items
    ? items.flatMap((item) => {
        const row = modelRows[item.index];
        return row ? [{ row, index: item.index }] : [];
      })
    : modelRows.map((row, index) => ({ row, index }));
  const paddingTop = items?.length ? (items[0]?.start ?? 0) - margin : 0;
  const paddingBottom = items?.length ? virtualizer.getTotalSize() - ((items.at(-1)?.end ?? 0) - margin) : 0;
  const box = bounded ? { maxHeight } : undefined;

  const leafColumns = table.getAllLeafColumns();
  const headerCell = (column: (typeof leafColumns)[number]): ReactNode => {
    const header = column.columnDef.header;
    return typeof header === 'string' ? header : column.id;
  };

  if (stacked) {
    return (
      <section
        ref={container}
        className={bounded ? classes.box : undefined}
        style={box}
        aria-label={bounded ? label : undefined}
        // A box that scrolls must take keyboard focus, or its rows are out of a keyboard's reach.
        tabIndex={bounded ? 0 : undefined}
      >
        <ul className={classes.cards} aria-label={label} aria-busy={busy || undefined}>
          {paddingTop > 0 && <li aria-hidden style={{ height: paddingTop }} className={classes.spacer} />}
          {shown.map(({ row, index }) => {
            const cells = row.getAllCells();
            const title = cells.find((cell) => metaOf(cell.column).rowHeader);
            return (
              <li key={row.id} data-index={index} ref={virtual ? virtualizer.measureElement : undefined}>
                <Card withBorder padding="sm" radius="md" className={classes.card}>
                  {title && (
                    <Title order={cardHeadingOrder} size="h5" className={classes.cardTitle}>
                      <table.FlexRender cell={title} />
                    </Title>
                  )}
                  <dl className={classes.cardFields}>
                    {cells
                      .filter((cell) => cell !== title && !metaOf(cell.column).hideOnPhone)
                      .map((cell) => (
                        <div key={cell.id} className={classes.cardField}>
                          <dt>{headerCell(cell.column)}</dt>
                          <dd>
                            <table.FlexRender cell={cell} />
                          </dd>
                        </div>
                      ))}
                  </dl>
                </Card>
              </li>
            );
          })}
          {paddingBottom > 0 && (
            <li aria-hidden style={{ height: paddingBottom }} className={classes.spacer} />
          )}
        </ul>
      </section>
    );
  }

  return (
    <section
      ref={container}
      className={bounded ? `${classes.scroll} ${classes.box}` : classes.scroll}
      style={box}
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that may scroll (sideways, or down when bounded) must take keyboard focus.
      tabIndex={0}
    >
      <Table
        stickyHeader={bounded}
        striped
        highlightOnHover
        verticalSpacing="sm"
        aria-busy={busy || undefined}
        aria-rowcount={virtual ? modelRows.length + 1 : undefined}
        className={classes.table}
      >
        <VisuallyHidden component="caption">{label}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr aria-rowindex={virtual ? 1 : undefined}>
            {leafColumns.map((column) => {
              const meta = metaOf(column);
              const title = headerCell(column);
              let ariaSort: 'ascending' | 'descending' | undefined;
              let button: ReactNode = title;
              if (sort === 'client' && column.getCanSort()) {
                const state = column.getIsSorted();
                ariaSort = state === 'asc' ? 'ascending' : state === 'desc' ? 'descending' : undefined;
                button = (
                  <SortButton
                    label={title}
                    state={ariaSort}
                    onClick={column.getToggleSortingHandler() as () => void}
                    numeric={meta.numeric}
                  />
                );
              } else if (sort && sort !== 'client' && meta.serverSort) {
                const orders = [meta.serverSort].flat();
                const active = orders.findIndex((order) => order.value === sort.value);
                ariaSort = orders[active]?.direction;
                // From the order the list is in to the column's next one; else to the column's first.
                const target = orders[(active + 1) % orders.length]?.value ?? sort.value;
                button = (
                  <SortButton
                    label={title}
                    state={ariaSort}
                    onClick={() => sort.onChange(target)}
                    numeric={meta.numeric}
                  />
                );
              }
              return (
                <Table.Th
                  key={column.id}
                  scope="col"
                  aria-sort={ariaSort}
                  ta={meta.numeric ? 'right' : undefined}
                >
                  {button}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden>
              <td style={{ height: paddingTop, padding: 0 }} colSpan={leafColumns.length} />
            </tr>
          )}
          {shown.map(({ row, index }) => (
            <Table.Tr
              key={row.id}
              data-index={index}
              ref={virtual ? virtualizer.measureElement : undefined}
              aria-rowindex={virtual ? index + 2 : undefined}
            >
              {row.getAllCells().map((cell) => {
                const meta = metaOf(cell.column);
                const content = <table.FlexRender key={cell.id} cell={cell} />;
                return meta.rowHeader ? (
                  <Table.Th key={cell.id} scope="row" className={classes.rowHeader}>
                    {content}
                  </Table.Th>
                ) : (
                  <Table.Td
                    key={cell.id}
                    ta={meta.numeric ? 'right' : undefined}
                    className={meta.numeric ? classes.numeric : undefined}
                  >
                    {content}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
          {paddingBottom > 0 && (
            <tr aria-hidden>
              <td style={{ height: paddingBottom, padding: 0 }} colSpan={leafColumns.length} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function SortButton({
  label,
  state,
  onClick,
  numeric,
}: {
  label: ReactNode;
  state: 'ascending' | 'descending' | undefined;
  onClick: () => void;
  numeric?: boolean;
}) {
  return (
    <UnstyledButton onClick={onClick} className={classes.sortButton}>
      <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : undefined}>
        <Text span fw={700} size="sm">
          {label}
        </Text>
        <Text span size="xs" aria-hidden c={state ? undefined : 'dimmed'}>
          {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
