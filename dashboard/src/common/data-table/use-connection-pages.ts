/**
 * The page fetcher a list hands to `ExportCsvButton`: the list's own query with its current filters, one
 * page at a time, always from the server (the cache may hold rows someone has changed since the list
 * loaded), and the operation's error thrown so the export can say why it failed.
 *
 *   const fetchPage = useConnectionPages(CreatorsQuery, { filter, orderBy: list.sort }, (d) => d.creators);
 *   <ExportCsvButton noun="creators" filename="creators.csv" columns={CSV} fetchPage={fetchPage} />
 */
import { type TypedDocumentNode, useClient } from 'urql';
import type { ConnectionPage, PageFetcher } from './export-csv';

/** The forward and backward paging arguments every list query takes; the fetcher sets them. */
interface PageArguments {
  first: number | null;
  after: string | null;
  last: number | null;
  before: string | null;
}

export function useConnectionPages<Data, Variables extends Partial<PageArguments>, Node>(
  query: TypedDocumentNode<Data, Variables>,
  /** The list's other variables (filter, order), as the list on screen uses them. */
  variables: Omit<Variables, keyof PageArguments>,
  connection: (data: Data) => ConnectionPage<Node>,
): PageFetcher<Node> {
  const client = useClient();
  return async (after, first) => {
    const paging: PageArguments = { first, after, last: null, before: null };
    const page = await client
      .query(query, { ...variables, ...paging } as Variables, { requestPolicy: 'network-only' })
      .toPromise();
    if (page.error) throw page.error;
    if (!page.data) throw new Error('The list query returned no data.');
    return connection(page.data);
  };
}
