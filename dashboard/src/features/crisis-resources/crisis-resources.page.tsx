/**
 * Crisis resources: first those overdue a check (the server's rule: live resources last verified over 180
 * days ago, least recently verified first), each with one-click "Mark verified"; then the resources readers
 * in a region are shown (the global directory where a region has none), with overdue ones highlighted. The
 * staff directory of every resource, archived ones included, is one link away.
 */
import { Permission } from '@beacon/shared';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../../common/data-table/data-table';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { PagedList } from '../../common/data-table/paged-list';
import { ListTextFilter } from '../../common/data-table/search-field';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { PageHeader } from '../../common/page/page-header';
import { useCan } from '../../common/permissions/use-can';
import { EmptyState, QueryState } from '../../common/query-state/query-state';
import { RESOURCE_CSV, resourceColumns } from './crisis-resource-columns';
import { RegionCrisisResourcesQuery, StaleCrisisResourcesQuery } from './crisis-resources.operations';
import { NewCrisisResourceButton } from './new-crisis-resource.button';

const PAGE_SIZE = 25;
const acceptRegion = (value: string) => value === '' || /^[A-Za-z]{2}$/.test(value);

export function CrisisResourcesPage() {
  const list = useListParams({ filters: ['region'], sorts: ['REGION'] as const, defaultSort: 'REGION' });
  const region = list.get('region')?.toUpperCase() ?? 'GB';
  const [stale, retryStale] = useQuery({
    query: StaleCrisisResourcesQuery,
    variables: { first: 100, after: null, last: null, before: null },
  });
  const [regional, retryRegional] = useQuery({
    query: RegionCrisisResourcesQuery,
    variables: { region, ...list.pageVariables(PAGE_SIZE) },
  });
  const exportPages = useConnectionPages(
    RegionCrisisResourcesQuery,
    { region },
    (data) => data.crisisResources,
  );
  const canWrite = useCan(Permission.CATALOGUE_WRITE).allowed;
  const columns = canWrite ? resourceColumns : resourceColumns.filter((c) => c.id !== 'verify');

  return (
    <>
      <PageHeader
        title="Crisis resources"
        description="Helplines shown beside sensitive content. Check each one's details still work at least every 180 days."
        actions={
          <Group gap="sm">
            <Anchor component={Link} to="/crisis-resources/all">
              All resources, archived included
            </Anchor>
            <NewCrisisResourceButton />
            <ExportCsvButton
              noun="resources"
              filename={`crisis-resources-${region}.csv`}
              columns={RESOURCE_CSV}
              fetchPage={exportPages}
            />
          </Group>
        }
      />

      <Stack component="section" aria-labelledby="stale-title" gap="xs" mb="xl">
        <Title order={2} size="h3" id="stale-title">
          Overdue a check
        </Title>
        <QueryState
          result={stale}
          retry={retryStale}
          loading="Loading resources overdue a check…"
          errorTitle="Resources overdue a check could not be loaded"
          isEmpty={(d) => d.staleCrisisResources.nodes.length === 0}
          empty={<EmptyState title="Every resource was checked in the last 180 days" />}
        >
          {(d) => (
            <>
              <Text size="sm" c="red.9" fw={600} role="status">
                {d.staleCrisisResources.totalCount === 1
                  ? '1 resource was last verified over 180 days ago.'
                  : `${d.staleCrisisResources.totalCount} resources were last verified over 180 days ago.`}
              </Text>
              <DataTable
                label="Resources overdue a check"
                rows={d.staleCrisisResources.nodes}
                columns={columns}
                getRowId={(r) => r.id}
                cardHeadingOrder={3}
              />
            </>
          )}
        </QueryState>
      </Stack>

      <Stack component="section" aria-labelledby="region-title" gap="xs">
        <Title order={2} size="h3" id="region-title">
          What readers in {region} see
        </Title>
        <PagedList
          result={regional}
          retry={retryRegional}
          list={list}
          pageSize={PAGE_SIZE}
          connection={(d) => d.crisisResources}
          noun="resource"
          label={`Resources for ${region}`}
          columns={columns}
          cardHeadingOrder={3}
          emptyText="No resources for this region."
          emptyTitle="No resources for this region"
          emptyHint="Try another region."
          filters={{
            names: ['region'],
            cols: { base: 1, xs: 3, md: 5 },
            controls: (
              <ListTextFilter
                params={list}
                name="region"
                label="Region"
                description="Two-letter code"
                placeholder="GB"
                maxLength={2}
                autoComplete="off"
                spellCheck={false}
                isValid={acceptRegion}
                transform={(value) => value.toUpperCase()}
              />
            ),
          }}
        />
      </Stack>
    </>
  );
}
