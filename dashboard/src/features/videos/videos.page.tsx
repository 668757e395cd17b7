/**
 * Awareness videos: search by title or caption, filter by topic, advisory, safe-messaging findings,
 * strategy, creator and archived, sort, page through the results and export every match to CSV. The
 * filters, sort and page live in the URL (a creator's profile links here with `?creator=`).
 */
import { STRATEGY_LABELS, TOPIC_INFO } from '@beacon/shared';
import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import type { CsvColumn } from '../../common/data-table/export-csv';
import { ExportCsvButton } from '../../common/data-table/export-csv.button';
import { listSearch } from '../../common/data-table/list-filters';
import { PagedList } from '../../common/data-table/paged-list';
import { ParamSelect, SortSelect } from '../../common/data-table/param-select';
import { useConnectionPages } from '../../common/data-table/use-connection-pages';
import { useListParams } from '../../common/data-table/use-list-params';
import { ArchivedBadge } from '../../common/page/archived-badge';
import { PageHeader } from '../../common/page/page-header';
import type {
  ContentStrategy,
  Topic,
  VideoFilter,
  VideoOrder,
  VideosQuery as VideosResult,
} from '../../gql/graphql';
import { advisoryText, captionExcerpt, findingsText } from './video-labels';
import { VideosQuery } from './videos.operations';

const PAGE_SIZE = 20;
const SORTS = ['NEWEST', 'MOST_VIEWED'] as const satisfies readonly VideoOrder[];
const SORT_LABELS: Record<VideoOrder, string> = { NEWEST: 'Newest first', MOST_VIEWED: 'Most viewed' };
const TOPICS = Object.entries(TOPIC_INFO) as [Topic, { label: string }][];
const STRATEGIES = Object.entries(STRATEGY_LABELS) as [ContentStrategy, string][];
const isTopic = (value: string | null): value is Topic => value !== null && value in TOPIC_INFO;
const isStrategy = (value: string | null): value is ContentStrategy =>
  value !== null && value in STRATEGY_LABELS;
const YES_NO: Record<string, boolean> = { yes: true, no: false };
const topicLabel = (t: string) => TOPIC_INFO[t as Topic]?.label ?? t;

type VideoRow = VideosResult['awarenessVideos']['nodes'][number];

const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const count = new Intl.NumberFormat('en-GB');

const col = listColumns<VideoRow>();
const columns = col.columns([
  col.accessor('title', {
    header: 'Video',
    cell: (c) => (
      <>
        <Anchor component={Link} to={`/videos/${encodeURIComponent(c.row.original.id)}`} inherit>
          {c.getValue()}
        </Anchor>
        {c.row.original.archivedAt && <ArchivedBadge size="sm" ml="xs" />}
      </>
    ),
    meta: { rowHeader: true },
  }),
  col.accessor('creator', {
    header: 'Creator',
    cell: (c) => (
      <Anchor component={Link} to={`/creators/${encodeURIComponent(c.getValue().id)}`} inherit>
        @{c.getValue().handle}
      </Anchor>
    ),
  }),
  col.accessor('caption', {
    header: 'Caption',
    cell: (c) =>
      c.getValue() ? (
        <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
          {captionExcerpt(c.getValue())}
        </Text>
      ) : (
        <Text span size="sm" c="dimmed">
          No caption
        </Text>
      ),
  }),
  col.accessor('topics', {
    header: 'Topics',
    cell: (c) => (
      <Group gap={4}>
        {c.getValue().map((t) => (
          <Badge key={t} variant="outline" color="gray.7" size="sm" radius="sm" tt="none">
            {topicLabel(t)}
          </Badge>
        ))}
      </Group>
    ),
  }),
  col.accessor('advisory', {
    header: 'Advisory',
    cell: (c) => (
      <Text
        span
        size="sm"
        fw={c.getValue().required ? 500 : 400}
        c={c.getValue().required ? undefined : 'dimmed'}
      >
        {advisoryText(c.getValue())}
      </Text>
    ),
  }),
  col.accessor('safetyFindings', {
    header: 'Findings',
    cell: (c) => {
      const findings = c.getValue() ?? [];
      const blocking = findings.some((f) => f.severity === 'BLOCK');
      return (
        <Text
          span
          size="sm"
          c={blocking ? 'red.9' : findings.length ? undefined : 'dimmed'}
          fw={blocking ? 600 : 400}
        >
          {findingsText(findings)}
        </Text>
      );
    },
  }),
  col.accessor('publishedAt', {
    header: 'Posted',
    cell: (c) => date.format(new Date(c.getValue())),
    meta: { serverSort: { value: 'NEWEST', direction: 'descending' } },
  }),
  col.accessor((v) => v.metrics.views, {
    id: 'views',
    header: 'Views',
    cell: (c) => count.format(c.getValue()),
    meta: { numeric: true, serverSort: { value: 'MOST_VIEWED', direction: 'descending' } },
  }),
]);

const CSV: CsvColumn<VideoRow>[] = [
  { header: 'Title', value: (v) => v.title },
  { header: 'Creator', value: (v) => `@${v.creator.handle}` },
  { header: 'Creator name', value: (v) => v.creator.displayName },
  { header: 'Caption', value: (v) => v.caption },
  { header: 'Topics', value: (v) => v.topics.map(topicLabel).join('; ') },
  { header: 'Advisory', value: (v) => advisoryText(v.advisory) },
  { header: 'Safe-messaging findings', value: (v) => v.safetyFindings?.length ?? 0 },
  { header: 'Findings detail', value: (v) => findingsText(v.safetyFindings) },
  { header: 'Posted at', value: (v) => v.publishedAt },
  { header: 'Views', value: (v) => v.metrics.views },
  { header: 'Archived at', value: (v) => v.archivedAt },
];

export function VideosPage() {
  const list = useListParams({
    filters: ['q', 'topic', 'advisory', 'findings', 'strategy', 'archived', 'creator'],
    sorts: SORTS,
    defaultSort: 'NEWEST',
  });
  const topicParam = list.get('topic');
  const strategyParam = list.get('strategy');
  const creatorId = list.get('creator');
  const filter: VideoFilter = {
    search: list.get('q'),
    topic: isTopic(topicParam) ? topicParam : null,
    strategy: isStrategy(strategyParam) ? strategyParam : null,
    hasAdvisory: YES_NO[list.get('advisory') ?? ''] ?? null,
    hasSafetyFindings: YES_NO[list.get('findings') ?? ''] ?? null,
    includeArchived: list.get('archived') === 'include',
    creatorId,
  };
  const variables = { ...list.pageVariables(PAGE_SIZE), filter, orderBy: list.sort };
  const [result, reexecute] = useQuery({ query: VideosQuery, variables });
  const exportPages = useConnectionPages(
    VideosQuery,
    { filter, orderBy: list.sort },
    (data) => data.awarenessVideos,
  );
  const connection = result.data?.awarenessVideos;
  const creator = connection?.nodes.find((v) => v.creator.id === creatorId)?.creator;

  return (
    <>
      <PageHeader
        title="Videos"
        description="Awareness videos with the advisory a reader meets and what the safe-messaging check found."
        actions={
          <ExportCsvButton noun="videos" filename="videos.csv" columns={CSV} fetchPage={exportPages} />
        }
      />

      <PagedList
        result={result}
        retry={reexecute}
        list={list}
        pageSize={PAGE_SIZE}
        connection={(data) => data.awarenessVideos}
        noun="video"
        label="Videos found"
        columns={columns}
        sort={{ value: list.sort, onChange: (value) => list.setSort(value as VideoOrder) }}
        filters={{
          names: ['topic', 'advisory', 'findings', 'strategy', 'archived'],
          cols: { base: 1, xs: 2, md: 4 },
          search: listSearch(list, 'Words in the title or caption'),
          controls: (
            <>
              <ParamSelect
                list={list}
                name="topic"
                label="Topic"
                any="Any topic"
                options={TOPICS.map(([value, info]) => ({ value, label: info.label }))}
              />
              <ParamSelect
                list={list}
                name="advisory"
                label="Advisory"
                any="With or without"
                options={[
                  { value: 'yes', label: 'Carries an advisory' },
                  { value: 'no', label: 'No advisory' },
                ]}
              />
              <ParamSelect
                list={list}
                name="findings"
                label="Safe-messaging findings"
                any="With or without"
                options={[
                  { value: 'yes', label: 'Has findings' },
                  { value: 'no', label: 'No findings' },
                ]}
              />
              <ParamSelect
                list={list}
                name="strategy"
                label="Strategy"
                any="Any strategy"
                options={STRATEGIES.map(([value, label]) => ({ value, label }))}
              />
              <ParamSelect
                list={list}
                name="archived"
                label="Archived"
                any="Hide archived"
                options={[{ value: 'include', label: 'Include archived' }]}
              />
              <SortSelect list={list} sorts={SORTS} labels={SORT_LABELS} />
            </>
          ),
          after: creatorId && (
            <Group gap="xs" mb="sm">
              <Text size="sm">Only videos by {creator ? `@${creator.handle}` : 'one creator'}.</Text>
              <Button size="compact-sm" variant="default" onClick={() => list.set({ creator: null })}>
                Show every creator
              </Button>
            </Group>
          ),
        }}
      />
    </>
  );
}
