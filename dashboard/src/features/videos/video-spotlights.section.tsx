/**
 * The spotlights featuring a video, at every stage, on its page: every one, a page at a time (a video can
 * feature in more spotlights than one page holds), the page in the URL as `spotlights-page`….
 */
import { Anchor, Badge, Card, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { listColumns } from '../../common/data-table/columns';
import { PagedList } from '../../common/data-table/paged-list';
import { useListParams } from '../../common/data-table/use-list-params';
import type { VideoSpotlightsQuery as VideoSpotlightsResult } from '../../gql/graphql';
import { STATUS_COLOURS, STATUS_LABELS } from '../recognitions/recognition-words';
import { VideoSpotlightsQuery } from './videos.operations';

type SpotlightRow = VideoSpotlightsResult['recognitions']['nodes'][number];

const SPOTLIGHTS_PAGE_SIZE = 20;
const spotlightCol = listColumns<SpotlightRow>();
const spotlightColumns = spotlightCol.columns([
  spotlightCol.accessor((r) => r.campaign.name, {
    id: 'campaign',
    header: 'Campaign',
    cell: (c) => (
      <Anchor component={Link} to={`/recognitions/${encodeURIComponent(c.row.original.id)}`}>
        {c.getValue()}
      </Anchor>
    ),
    meta: { rowHeader: true },
  }),
  spotlightCol.accessor('status', {
    header: 'Stage',
    cell: (c) => (
      <Badge size="sm" variant="outline" color={STATUS_COLOURS[c.getValue()]} tt="none">
        {STATUS_LABELS[c.getValue()]}
        {c.getValue() === 'PUBLISHED' && c.row.original.rank ? `, position ${c.row.original.rank}` : ''}
      </Badge>
    ),
  }),
]);

export function VideoSpotlightsSection({ videoId }: { videoId: string }) {
  // Newest nomination first, the server's order for recognitions.
  const list = useListParams({
    prefix: 'spotlights-',
    filters: [],
    sorts: ['NEWEST_NOMINATION'] as const,
    defaultSort: 'NEWEST_NOMINATION',
  });
  const [result, retry] = useQuery({
    query: VideoSpotlightsQuery,
    variables: { videoId, ...list.pageVariables(SPOTLIGHTS_PAGE_SIZE) },
  });
  return (
    <Card withBorder component="section" aria-labelledby="spotlights-title">
      <Title order={2} size="h4" id="spotlights-title" mb="sm">
        Spotlights featuring it
      </Title>
      <PagedList
        result={result}
        retry={retry}
        list={list}
        pageSize={SPOTLIGHTS_PAGE_SIZE}
        connection={(data) => data.recognitions}
        noun="spotlight"
        label="Spotlights featuring this video"
        pagerLabel="Spotlight pages"
        columns={spotlightColumns}
        cardHeadingOrder={3}
        emptyTitle="Not featured yet"
        emptyText="No spotlights."
        emptyHint="No spotlight features this video."
      />
    </Card>
  );
}
