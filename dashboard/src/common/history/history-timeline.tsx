/**
 * A record's history: every audited change to it, newest first, as a timeline staff read on the record's
 * page (who, what, when, why, and each field's value before and after). One component for every record
 * type, fed by `recordHistory(id)`; "Show older changes" pages on with the cursor.
 */
import { Button, Code, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import type { RecordHistoryQuery as RecordHistoryResult } from '../../gql/graphql';
import { EmptyState, QueryState } from '../query-state/query-state';
import { formatInZone, userTimeZone } from '../time/zoned-time';
import { RecordHistoryQuery } from './history.operations';

const PAGE_SIZE = 20;

type Entry = RecordHistoryResult['recordHistory']['nodes'][number];

/** `recognition.return_for_changes` → "Return for changes"; `creator.update` → "Update". */
export function actionLabel(action: string): string {
  const verb = action.slice(action.indexOf('.') + 1).replaceAll('_', ' ');
  return verb.charAt(0).toUpperCase() + verb.slice(1);
}

/** `displayName` → "display name": field names as words. */
export function fieldLabel(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

const shown = (value: string | null) =>
  value === null || value === '' ? (
    <Text span c="dimmed" fs="italic">
      none
    </Text>
  ) : (
    <Text span style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
      {value}
    </Text>
  );

function Changes({ entry }: { entry: Entry }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  if (entry.changes.length === 0) return null;
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        px={0}
        // As wide as its words, at the start of the line under the entry (a Stack stretches its children).
        style={{ alignSelf: 'flex-start' }}
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide' : 'Show'}{' '}
        {entry.changes.length === 1 ? 'the change' : `${entry.changes.length} changes`}
      </Button>
      {open && (
        <Table id={regionId} withTableBorder layout="fixed" fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Field</Table.Th>
              <Table.Th scope="col">Before</Table.Th>
              <Table.Th scope="col">After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entry.changes.map((change) => (
              <Table.Tr key={change.field}>
                <Table.Th scope="row" fw={500}>
                  {fieldLabel(change.field)}
                </Table.Th>
                <Table.Td>{shown(change.before)}</Table.Td>
                <Table.Td>{shown(change.after)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}

function HistoryPage({
  id,
  after,
  onMore,
}: {
  id: string;
  after: string | null;
  /** Set on the last page shown: asks for the next one. */
  onMore: ((cursor: string) => void) | null;
}) {
  const [result, reexecute] = useQuery({
    query: RecordHistoryQuery,
    variables: { id, first: PAGE_SIZE, after },
  });
  const zone = userTimeZone();
  return (
    <QueryState
      result={result}
      retry={reexecute}
      loading="Loading the history…"
      errorTitle="The history could not be loaded"
      isEmpty={(data) => after === null && data.recordHistory.nodes.length === 0}
      empty={<EmptyState title="No changes recorded yet" />}
    >
      {(data) => (
        <>
          <Timeline bulletSize={14} lineWidth={2} aria-label="Changes, newest first">
            {data.recordHistory.nodes.map((entry) => (
              <Timeline.Item
                key={entry.id}
                title={
                  <Text fw={600} size="sm">
                    {actionLabel(entry.action)}{' '}
                    <Text span c="dimmed" size="sm" fw={400}>
                      by {entry.actorName}
                    </Text>
                  </Text>
                }
              >
                <Stack gap={4}>
                  <Text size="xs" c="dimmed">
                    <time dateTime={entry.occurredAt}>{formatInZone(new Date(entry.occurredAt), zone)}</time>
                    {' · '}
                    <Code fz="xs">{entry.action}</Code>
                  </Text>
                  {entry.reason && <Text size="sm">“{entry.reason}”</Text>}
                  <Changes entry={entry} />
                </Stack>
              </Timeline.Item>
            ))}
          </Timeline>
          {onMore && data.recordHistory.pageInfo.hasNextPage && data.recordHistory.pageInfo.endCursor && (
            <Button
              variant="default"
              size="xs"
              mt="sm"
              onClick={() => onMore(data.recordHistory.pageInfo.endCursor as string)}
            >
              Show older changes
            </Button>
          )}
        </>
      )}
    </QueryState>
  );
}

/** The history section of a record's page. `id` is the record's global ID. */
export function HistoryTimeline({ id, title = 'History' }: { id: string; title?: string }) {
  const headingId = useId();
  // Pages already shown stay shown: each "Show older changes" appends the next page below.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {title}
      </Title>
      {cursors.map((after, index) => (
        <HistoryPage
          key={after ?? 'first'}
          id={id}
          after={after}
          onMore={index === cursors.length - 1 ? (cursor) => setCursors((list) => [...list, cursor]) : null}
        />
      ))}
    </section>
  );
}
