/** The columns the crisis-resource lists share: name, how to reach it, where, topics, and when last checked. */
import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { listColumns } from '../../common/data-table/columns';
import type { CsvColumn } from '../../common/data-table/export-csv';
import { ArchivedBadge } from '../../common/page/archived-badge';
import { topicLabel, topicsText } from '../../common/topics/topics';
import type { CrisisResourceRowFragment } from '../../gql/graphql';
import { VerifyButton } from './verify.button';

export type ResourceRow = CrisisResourceRowFragment;

const CHANNEL: Record<string, string> = { CALL: 'Call', TEXT: 'Text', CHAT: 'Chat', WEB: 'Web' };
export const contactText = (c: ResourceRow['contacts'][number]) =>
  `${CHANNEL[c.channel] ?? c.channel} ${c.value}${c.instructions ? ` (${c.instructions})` : ''}`;

const dateOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
export const verifiedText = (iso: string) => dateOnly.format(new Date(iso));

/** A row of the staff directory, which also lists archived resources. */
export type DirectoryRow = ResourceRow & { archivedAt?: unknown };

/**
 * The columns for a list of resources. `withStatus` adds whether each is archived (the staff directory);
 * the "Check" column offers "Mark verified" on live resources only.
 */
export function resourceColumnsFor<Row extends DirectoryRow>({ withStatus = false } = {}) {
  const col = listColumns<Row>();
  return col.columns([
    col.accessor((r) => r.name, {
      id: 'name',
      header: 'Resource',
      cell: (c) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/crisis-resources/${encodeURIComponent(c.row.original.id)}`}>
            {c.getValue()}
          </Anchor>
          <Text span size="xs" c="dimmed">
            {c.row.original.organisationName}
          </Text>
        </Stack>
      ),
      meta: { rowHeader: true },
    }),
    col.accessor((r) => r.contacts, {
      id: 'contacts',
      header: 'How to reach it',
      cell: (c) => (
        <Stack gap={2}>
          {c.getValue().map((contact) => (
            <Text span size="sm" key={`${contact.channel}-${contact.value}`}>
              {contactText(contact)}
            </Text>
          ))}
        </Stack>
      ),
    }),
    col.accessor((r) => r.regions, {
      id: 'regions',
      header: 'Regions',
      cell: (c) => (c.row.original.isGlobal ? 'Global directory' : c.getValue().join(', ')),
    }),
    col.accessor((r) => r.topics, {
      id: 'topics',
      header: 'Topics',
      cell: (c) => topicsText(c.getValue(), 'Any crisis'),
    }),
    ...(withStatus
      ? [
          col.accessor((r) => (r.archivedAt ? 'Archived' : 'Live'), {
            id: 'status',
            header: 'Status',
            cell: (c) => (c.row.original.archivedAt ? <ArchivedBadge size="md" ml={0} /> : 'Live'),
          }),
        ]
      : []),
    col.accessor((r) => r.lastVerifiedAt, {
      id: 'lastVerifiedAt',
      header: 'Last verified',
      cell: (c) =>
        c.row.original.isStale ? (
          <Stack gap={2} align="flex-start">
            <Badge color="red.9" variant="filled" tt="none">
              Overdue a check
            </Badge>
            <Text span size="sm" c="red.9" fw={600}>
              {verifiedText(c.getValue())}
            </Text>
          </Stack>
        ) : (
          verifiedText(c.getValue())
        ),
    }),
    col.display({
      id: 'verify',
      header: 'Check',
      cell: (c) => (c.row.original.archivedAt ? null : <VerifyButton resource={c.row.original} />),
    }),
  ]);
}

export const resourceColumns = resourceColumnsFor<ResourceRow>();

export const RESOURCE_CSV: CsvColumn<ResourceRow>[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'Organisation', value: (r) => r.organisationName },
  { header: 'Contacts', value: (r) => r.contacts.map(contactText).join('; ') },
  { header: 'Regions', value: (r) => (r.isGlobal ? 'global' : r.regions.join('; ')) },
  { header: 'Topics', value: (r) => r.topics.map(topicLabel).join('; ') },
  { header: 'Hours', value: (r) => r.hours },
  { header: 'Last verified at', value: (r) => r.lastVerifiedAt },
  { header: 'Overdue a check', value: (r) => (r.isStale ? 'yes' : 'no') },
];
