/**
 * Every crisis resource staff keep, archived ones included (readers never see those), by name: search, a
 * region, overdue or not, live or archived, in the URL. Overdue ones are highlighted with one-click "Mark
 * verified"; the server's staff-only `crisisResourceDirectory` answers it, page by page.
 */
import { Permission } from '@beacon/shared';
import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { listSearch } from '../../common/data-table/list-filters';
import { PagedList } from '../../common/data-table/paged-list';
import { ParamSelect } from '../../common/data-table/param-select';
import { ListTextFilter } from '../../common/data-table/search-field';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { PageHeader } from '../../common/page/page-header';
import { useCan } from '../../common/permissions/use-can';
import { TOPIC_OPTIONS } from '../../common/topics/topics';
import type { CrisisResourceDirectoryFilter, Topic } from '../../gql/graphql';
import { type DirectoryRow, RESOURCE_CSV, resourceColumnsFor } from './crisis-resource-columns';
import { CrisisResourceDirectoryQuery } from './crisis-resources.operations';
import { NewCrisisResourceButton } from './new-crisis-resource.button';

const PAGE_SIZE = 25;
const acceptRegion = (value: string) => value === '' || /^[A-Za-z]{2}$/.test(value);
const columns = resourceColumnsFor<DirectoryRow>({ withStatus: true });
const readOnlyColumns = columns.filter((c) => c.id !== 'verify');
const CSV = [
  ...RESOURCE_CSV,
  { header: 'Archived', value: (r: DirectoryRow) => (r.archivedAt ? 'yes' : 'no') },
];

const yesNo = (value: string | null, yes: string, no: string) =>
  value === yes ? true : value === no ? false : null;

export function CrisisResourceDirectoryPage() {
  const list = useListParams({
    filters: ['q', 'region', 'topic', 'check', 'status'],
    sorts: ['NAME'] as const,
    defaultSort: 'NAME',
  });
  const region = list.get('region')?.toUpperCase();
  const topic = list.get('topic');
  const filter: CrisisResourceDirectoryFilter = {
    search: list.get('q'),
    region: region && acceptRegion(region) ? region : null,
    topic: TOPIC_OPTIONS.some((o) => o.value === topic) ? (topic as Topic) : null,
    overdue: yesNo(list.get('check'), 'overdue', 'current'),
    archived: yesNo(list.get('status'), 'archived', 'live'),
  };
  const [result, retry] = useQuery({
    query: CrisisResourceDirectoryQuery,
    variables: { ...list.pageVariables(PAGE_SIZE), filter },
  });
  const exportPages = useConnectionPages(
    CrisisResourceDirectoryQuery,
    { filter },
    (data) => data.crisisResourceDirectory,
  );
  const canWrite = useCan(Permission.CATALOGUE_WRITE).allowed;

  return (
    <>
      <PageHeader
        before={
          <Anchor component={Link} to="/crisis-resources" size="sm">
            ← Crisis resources
          </Anchor>
        }
        title="All crisis resources"
        description="Every resource staff keep, archived ones included. Readers are shown only the live ones for their region."
        actions={
          <Group gap="sm">
            <NewCrisisResourceButton />
            <ExportCsvButton
              noun="resources"
              filename="crisis-resources-all.csv"
              columns={CSV}
              fetchPage={exportPages}
            />
          </Group>
        }
      />
      <PagedList
        result={result}
        retry={retry}
        list={list}
        pageSize={PAGE_SIZE}
        connection={(data) => data.crisisResourceDirectory}
        noun="resource"
        label="All crisis resources"
        columns={canWrite ? columns : readOnlyColumns}
        filters={{
          names: ['region', 'topic', 'check', 'status'],
          cols: { base: 1, xs: 2, md: 5 },
          search: listSearch(list, 'Name or organisation'),
          controls: (
            <>
              <ListTextFilter
                params={list}
                name="region"
                label="Region"
                description="Two-letter code"
                maxLength={2}
                autoComplete="off"
                spellCheck={false}
                isValid={acceptRegion}
                transform={(value) => value.toUpperCase()}
              />
              <ParamSelect list={list} name="topic" label="Topic" any="Any topic" options={TOPIC_OPTIONS} />
              <ParamSelect
                list={list}
                name="check"
                label="Last check"
                any="Any"
                options={[
                  { value: 'overdue', label: 'Overdue a check' },
                  { value: 'current', label: 'Checked in the last 180 days' },
                ]}
              />
              <ParamSelect
                list={list}
                name="status"
                label="Status"
                any="Live and archived"
                options={[
                  { value: 'live', label: 'Live' },
                  { value: 'archived', label: 'Archived' },
                ]}
              />
            </>
          ),
        }}
      />
    </>
  );
}
