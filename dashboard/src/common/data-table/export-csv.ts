/**
 * Exporting a list to CSV: every row that matches the list's filters, fetched page by page from the API
 * (the largest page the API allows), not only the rows on screen. Papa Parse writes the CSV (quoting,
 * line breaks inside values) and neutralises spreadsheet formulae (a cell starting with = + - @).
 */
import { PAGE_SIZE_MAX } from '@beacon/shared';

export interface CsvColumn<Node> {
  readonly header: string;
  readonly value: (node: Node) => string | number | boolean | null | undefined;
}

export interface ConnectionPage<Node> {
  readonly nodes: readonly Node[];
  readonly totalCount?: number | null;
  /** False when `totalCount` is a bound, not the number of rows to come. */
  readonly totalCountIsExact?: boolean;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/** Fetches one page after `after` (null: the first page); throws the operation's error. */
export type PageFetcher<Node> = (after: string | null, first: number) => Promise<ConnectionPage<Node>>;

export async function collectAllRows<Node>(
  fetchPage: PageFetcher<Node>,
  onProgress: (done: number, total: number | null) => void = () => {},
  signal?: AbortSignal,
): Promise<Node[]> {
  const rows: Node[] = [];
  let after: string | null = null;
  for (;;) {
    signal?.throwIfAborted();
    const page: ConnectionPage<Node> = await fetchPage(after, PAGE_SIZE_MAX);
    rows.push(...page.nodes);
    onProgress(rows.length, page.totalCountIsExact === false ? null : (page.totalCount ?? null));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return rows;
    after = page.pageInfo.endCursor;
  }
}

export async function toCsv<Node>(
  rows: readonly Node[],
  columns: readonly CsvColumn<Node>[],
): Promise<string> {
  // Loaded only when someone exports, so the parser is not part of any page's first load.
  const { unparse } = await import('papaparse');
  return unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((row) => columns.map((c) => c.value(row) ?? '')),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

/** Hands the CSV to the browser as a download. */
export function downloadCsv(filename: string, csv: string) {
  // A byte-order mark so spreadsheet programs read the file as UTF-8 (names with accents, emoji).
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
