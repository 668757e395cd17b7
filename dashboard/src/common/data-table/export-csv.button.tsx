/**
 * "Export CSV": downloads every row of a list (all pages, with the list's current filters), showing and
 * announcing progress; it can be cancelled, and a failure says why with the request id.
 *
 *   const exportPages = useConnectionPages(CreatorsQuery, { filter }, (data) => data.creators);
 *   <ExportCsvButton noun="creators" filename="creators.csv" columns={CREATOR_CSV} fetchPage={exportPages} />
 */
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { CombinedError } from 'urql';
import { problemOf } from '../graphql/problem';
import { notify } from '../notifications/notify';
import { type CsvColumn, collectAllRows, downloadCsv, type PageFetcher, toCsv } from './export-csv';
import { countOf } from './pager';

export function ExportCsvButton<Node>({
  noun,
  label,
  filename,
  columns,
  fetchPage,
}: {
  /** Plural: "creators". */
  noun: string;
  /**
   * The button's name when a page has two lists to export ("Export CSV of resources overdue a check"); it
   * starts with the words shown, "Export CSV", so speech input can still say them.
   */
  label?: string;
  filename: string;
  columns: readonly CsvColumn<Node>[];
  fetchPage: PageFetcher<Node>;
}) {
  const [progress, setProgress] = useState<{ done: number; total: number | null } | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function run() {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: null });
    try {
      const rows = await collectAllRows(
        fetchPage,
        (done, total) => setProgress({ done, total }),
        controller.signal,
      );
      downloadCsv(filename, await toCsv(rows, columns));
      notify.success(`Exported ${countOf(rows.length, noun.replace(/s$/, ''), noun)} to ${filename}.`);
    } catch (error) {
      if (controller.signal.aborted) notify.info('Export cancelled.');
      else if (error instanceof CombinedError) notify.error('The export failed', problemOf(error));
      else notify.error('The export failed');
    } finally {
      abort.current = null;
      setProgress(null);
    }
  }

  if (!progress) {
    return (
      <Button variant="default" onClick={run} aria-label={label}>
        Export CSV
      </Button>
    );
  }
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Stack gap={4} miw={220}>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm" role="status">
          Exporting {progress.done.toLocaleString('en-GB')}
          {progress.total !== null ? ` of ${progress.total.toLocaleString('en-GB')}` : ''} {noun}…
        </Text>
        <Button size="compact-sm" variant="subtle" onClick={() => abort.current?.abort()}>
          Cancel
        </Button>
      </Group>
      <Progress value={percent} aria-label={`Export progress`} size="sm" />
    </Stack>
  );
}
