/**
 * Crisis resources: first those overdue a check (the server's rule: live resources last verified over 180
 * days ago, least recently verified first), paged, each with one-click "Mark verified"; then the resources
 * readers in a region are shown (the global directory where a region has none), with overdue ones
 * highlighted. Each list keeps its own page in the URL (the overdue one's params start `overdue-`), and
 * each exports every row as CSV from beside its heading. The staff directory of every resource, archived
 * ones included, is one link away.
 */
import { Permission } from '@beacon/shared';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { PagedList } from '../../common/data-table/paged-list';
import { ListTextFilter } from '../../common/data-table/search-field';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { PageHeader } from '../../common/page/page-header';
import { useCan } from '../../common/permissions/use-can';
import { RESOURCE_CSV, resourceColumns } from './crisis-resource-columns';
import { RegionCrisisResourcesQuery, StaleCrisisResourcesQuery } from './crisis-resources.operations';
import { NewCrisisResourceButton } from './new-crisis-resource.button';

const PAGE_SIZE = 25;
const acceptRegion = (value: string) => value === '' || /^[A-Za-z]{2}$/.test(value);

export function CrisisResourcesPage() {
  const list = useListParams({ filters: ['region'], sorts: ['REGION'] as const, defaultSort: 'REGION' });
  const region = list.get('region')?.toUpperCase() ?? 'GB';
  // The server's one order: least recently verified first.
  const overdue = useListParams({
    prefix: 'overdue-',
    filters: [],
    sorts: ['OLDEST_CHECK'] as const,
    defaultSort: 'OLDEST_CHECK',
  });
  const [stale, retryStale] = useQuery({
    query: StaleCrisisResourcesQuery,
    variables: overdue.pageVariables(PAGE_SIZE),
  });
  const exportOverdue = useConnectionPages(
    StaleCrisisResourcesQuery,
    {},
    (data) => data.staleCrisisResources,
  );
  const overdueCount = stale.data?.staleCrisisResources.totalCount ?? 0;
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
          </Group>
        }
      />

      <Stack component="section" aria-labelledby="stale-title" gap="xs" mb="xl">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="stale-title">
            Overdue a check
          </Title>
          <ExportCsvButton
            noun="resources"
            label="Export CSV of resources overdue a check"
            filename="crisis-resources-overdue.csv"
            columns={RESOURCE_CSV}
            fetchPage={exportOverdue}
          />
        </Group>
        <Text size="sm" c="red.9" fw={600} role="status">
          {overdueCount === 0
            ? ''
            : overdueCount === 1
              ? '1 resource was last verified over 180 days ago.'
              : `${overdueCount.toLocaleString('en-GB')} resources were last verified over 180 days ago.`}
        </Text>
        <PagedList
          result={stale}
          retry={retryStale}
          list={overdue}
          pageSize={PAGE_SIZE}
          connection={(d) => d.staleCrisisResources}
          noun="resource"
          label="Resources overdue a check"
          pagerLabel="Overdue resource pages"
          columns={columns}
          cardHeadingOrder={3}
          loading="Loading resources overdue a check…"
          errorTitle="Resources overdue a check could not be loaded"
          emptyText="No resource is overdue a check."
          emptyTitle="Every resource was checked in the last 180 days"
          emptyHint={null}
        />
      </Stack>

      <Stack component="section" aria-labelledby="region-title" gap="xs">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="region-title">
            What readers in {region} see
          </Title>
          <ExportCsvButton
            noun="resources"
            label={`Export CSV of resources for ${region}`}
            filename={`crisis-resources-${region}.csv`}
            columns={RESOURCE_CSV}
            fetchPage={exportPages}
          />
        </Group>
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
