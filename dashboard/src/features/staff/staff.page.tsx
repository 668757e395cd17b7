/**
 * Staff accounts (admins only): who has access and with what role, invitations still pending, role changes
 * and deactivation. Beacon refuses to lose its last active admin; that refusal is shown here in words.
 */
import { ROLE_INFO, type StaffRole } from '@beacon/shared';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { createContext, useContext, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import type { CsvColumn } from '../../common/data-table/export-csv';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { PagedList } from '../../common/data-table/paged-list';
import { ListTextFilter } from '../../common/data-table/search-field';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { problemOf } from '../../common/graphql/problem';
import { useAction } from '../../common/notifications/use-action';
import { PageHeader } from '../../common/page/page-header';
import { useCurrentUser } from '../../common/permissions/current-user';
import { formatInZone, userTimeZone } from '../../common/time/zoned-time';
import type { StaffRowFragment, StaffUserFilter } from '../../gql/graphql';
import { InviteButton, roleOptions } from './invite.button';
import { ChangeStaffRoleMutation, DeactivateStaffMutation, StaffUsersQuery } from './staff.operations';

const PAGE_SIZE = 25;
const SORTS = ['NAME'] as const;
type Row = StaffRowFragment;

const roleLabel = (role: string) => ROLE_INFO[role as StaffRole]?.label ?? role;

/** The last refusal, shown in words above the list until the next action (set from the row controls). */
const RefusalContext = createContext<(text: string | null) => void>(() => {});

function RoleControl({ row }: { row: Row }) {
  const reportRefusal = useContext(RefusalContext);
  const [{ fetching }, change] = useAction(ChangeStaffRoleMutation, {
    success: (d) => `${row.displayName} is now ${roleLabel(d.changeStaffRole.user.role).toLowerCase()}`,
    failure: `${row.displayName}'s role was not changed`,
    announceConflict: true,
  });
  if (row.deactivatedAt) return <Text size="sm">{roleLabel(row.role)}</Text>;
  return (
    <NativeSelect
      aria-label={`Role of ${row.displayName}`}
      value={row.role}
      disabled={fetching}
      data={roleOptions}
      onChange={async (e) => {
        const role = e.currentTarget.value as StaffRole;
        reportRefusal(null);
        const result = await change({ input: { id: row.id, role, expectedVersion: row.version } });
        if (result.error)
          reportRefusal(
            `${row.displayName} is still ${roleLabel(row.role).toLowerCase()}: ${problemOf(result.error).message}.`,
          );
      }}
      w={170}
    />
  );
}

function DeactivateControl({ row }: { row: Row }) {
  const reportRefusal = useContext(RefusalContext);
  const me = useCurrentUser();
  const [{ fetching }, deactivate] = useAction(DeactivateStaffMutation, {
    success: `${row.displayName} deactivated; their sessions have ended`,
    failure: `${row.displayName} was not deactivated`,
    announceConflict: true,
  });
  if (row.deactivatedAt)
    return (
      <Text size="sm" c="dimmed">
        Deactivated
      </Text>
    );
  return (
    <Button
      size="compact-sm"
      variant="default"
      c="red.9"
      loading={fetching}
      aria-label={`Deactivate ${row.displayName}`}
      onClick={async () => {
        const yourself = me.id === row.id ? ' This is your own account: you will be signed out.' : '';
        if (
          !window.confirm(
            `Deactivate ${row.displayName}? They will be signed out and unable to sign in.${yourself}`,
          )
        )
          return;
        reportRefusal(null);
        const result = await deactivate({ input: { id: row.id, expectedVersion: row.version } });
        if (result.error)
          reportRefusal(`${row.displayName} is still active: ${problemOf(result.error).message}.`);
      }}
    >
      Deactivate
    </Button>
  );
}

const when = (iso: string | null | undefined) =>
  iso ? formatInZone(new Date(iso), userTimeZone()) : 'Never';

const col = listColumns<Row>();
const columns = col.columns([
  col.accessor('displayName', {
    header: 'Member',
    cell: (c) => (
      <Stack gap={2}>
        <Anchor component={Link} to={`/staff/${encodeURIComponent(c.row.original.id)}`}>
          {c.getValue()}
        </Anchor>
        <Text span size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {c.row.original.email}
        </Text>
        {c.row.original.invitationPending && (
          <Badge variant="outline" color="gray.7" size="sm" tt="none">
            Invitation pending
          </Badge>
        )}
      </Stack>
    ),
    meta: { rowHeader: true },
  }),
  col.accessor('role', { header: 'Role', cell: (c) => <RoleControl row={c.row.original} /> }),
  col.accessor('lastSignInAt', { header: 'Last signed in', cell: (c) => when(c.getValue()) }),
  col.display({ id: 'access', header: 'Access', cell: (c) => <DeactivateControl row={c.row.original} /> }),
]);

const CSV: CsvColumn<Row>[] = [
  { header: 'Name', value: (r) => r.displayName },
  { header: 'Email', value: (r) => r.email },
  { header: 'Role', value: (r) => roleLabel(r.role) },
  { header: 'Invitation pending', value: (r) => (r.invitationPending ? 'yes' : 'no') },
  { header: 'Last signed in', value: (r) => r.lastSignInAt },
  { header: 'Deactivated at', value: (r) => r.deactivatedAt },
];

export function StaffPage() {
  const list = useListParams({ filters: ['q', 'role', 'all'], sorts: SORTS, defaultSort: 'NAME' });
  const role = list.get('role');
  const filter: StaffUserFilter = {
    search: list.get('q'),
    role: role && role in ROLE_INFO ? (role as StaffRole) : null,
    includeDeactivated: list.get('all') === '1',
  };
  const [result, reexecute] = useQuery({
    query: StaffUsersQuery,
    variables: { ...list.pageVariables(PAGE_SIZE), filter },
  });
  const exportPages = useConnectionPages(StaffUsersQuery, { filter }, (data) => data.staffUsers);
  const [refusal, setRefusal] = useState<string | null>(null);

  return (
    <RefusalContext.Provider value={setRefusal}>
      <PageHeader
        title="Staff"
        description="Who can use Beacon and what each may do. Changes take effect at once, even for people signed in."
        actions={
          <>
            <ExportCsvButton noun="members" filename="staff.csv" columns={CSV} fetchPage={exportPages} />
            <InviteButton />
          </>
        }
      />
      <search>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" mb="sm">
          <ListTextFilter params={list} name="q" label="Search" type="search" placeholder="Name or email" />
          <NativeSelect
            label="Role"
            value={filter.role ?? ''}
            onChange={(e) => list.set({ role: e.currentTarget.value })}
            data={[{ value: '', label: 'Any role' }, ...roleOptions]}
          />
          <Group align="flex-end" pb={6}>
            <Checkbox
              label="Show deactivated accounts"
              checked={filter.includeDeactivated ?? false}
              onChange={(e) => list.set({ all: e.currentTarget.checked ? '1' : null })}
            />
          </Group>
        </SimpleGrid>
      </search>
      {refusal && (
        <Paper withBorder p="sm" mb="sm" role="alert" style={{ borderColor: 'var(--mantine-color-red-9)' }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text fw={700} c="red.9">
                Not changed
              </Text>
              <Text size="sm">{refusal}</Text>
            </div>
            <Button
              variant="subtle"
              size="compact-sm"
              style={{ flexShrink: 0 }}
              onClick={() => setRefusal(null)}
            >
              Dismiss
            </Button>
          </Group>
        </Paper>
      )}
      <PagedList
        result={result}
        retry={reexecute}
        list={list}
        pageSize={PAGE_SIZE}
        connection={(data) => data.staffUsers}
        noun="member"
        label="Staff"
        pagerLabel="Staff pages"
        columns={columns}
        loading="Loading staff…"
        errorTitle="Staff could not be loaded"
        emptyTitle="No staff found"
        emptyText="No staff match these filters."
      />
    </RefusalContext.Provider>
  );
}
