/**
 * A campaign's board: its facts; the spotlight with its capacity meter, the published spotlights in rank
 * order (reorderable by drag or keyboard by publishers) and the scheduled ones; the pipeline of nominations
 * by stage; the programming windows on a timeline; the critical-moments calendar with the training before
 * each moment; and the partners. It follows other staff's changes live (`recognitionChanged`).
 */
import { Permission } from '@beacon/shared';
import {
  Anchor,
  Button,
  Card,
  Code,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Link, Navigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LiveIndicator } from '../../common/graphql/live-indicator';
import { Fact } from '../../common/page/fact';
import { FactsCard, RecordHeader, RecordNotFound, RecordPage } from '../../common/page/record-page';
import { Guarded } from '../../common/permissions/use-can';
import { EmptyState, LoadingState, QueryState } from '../../common/query-state/query-state';
import type { CampaignQuery as CampaignResult } from '../../gql/graphql';
import { useRecognitionFeed } from '../home/use-recognition-feed';
import { NominateButton } from '../recognitions/nominate.button';
import { CampaignBoardQuery, CampaignSlugByIdQuery } from './campaign-board.operations';
import { formatDateRange } from './campaign-dates';
import { CampaignQuery } from './campaigns.operations';
import { MomentsCalendar } from './moments-calendar';
import { PIPELINE_STAGES, PipelineSection } from './pipeline-section';
import { SpotlightSection } from './spotlight-section';
import { WindowsTimeline } from './windows-timeline';

const KIND_LABELS: Record<string, string> = {
  CRISIS_SERVICE: 'Crisis service',
  EDUCATION: 'Education',
  EXPERT_BODY: 'Expert body',
  NON_PROFIT: 'Non-profit',
  OTHER: 'Other',
  RESEARCH: 'Research',
};

const BACK = { to: '/campaigns', label: 'All campaigns' };

export function CampaignBoardPage() {
  const { slug = '' } = useParams();
  const [result, reexecute] = useQuery({ query: CampaignQuery, variables: { slug } });
  return (
    <RecordPage
      result={result}
      retry={reexecute}
      noun="campaign"
      back={BACK}
      pick={(data) => data.campaign}
      notFound={`There is no campaign with the address “${slug}”.`}
      whenMissing={<CampaignById address={slug} />}
    >
      {(campaign) => (
        <>
          <RecordHeader
            title={campaign.name}
            archived={!!campaign.archivedAt}
            description={campaign.theme}
            actions={
              <>
                <Guarded permission={Permission.CATALOGUE_WRITE} mode="hide">
                  {() => (
                    <Button
                      component={Link}
                      to={`/campaigns/${encodeURIComponent(campaign.slug)}/edit`}
                      variant="default"
                    >
                      Edit campaign
                    </Button>
                  )}
                </Guarded>
                <NominateButton campaignSlug={campaign.slug} />
                <LiveIndicator />
              </>
            }
          />
          <FactsCard after={campaign.description && <Text mt="md">{campaign.description}</Text>}>
            <Fact term="Hashtag">{campaign.hashtag}</Fact>
            <Fact term="Dates">{formatDateRange(campaign.startsOn, campaign.endsOn)}</Fact>
            <Fact term="Spotlight capacity">{campaign.spotlightCapacity} creators at once</Fact>
            <Fact term="Slug">
              <Code>{campaign.slug}</Code>
            </Fact>
          </FactsCard>

          <CampaignBoard
            campaign={campaign}
            onConflict={() => reexecute({ requestPolicy: 'network-only' })}
          />

          <Stack component="section" aria-labelledby="partners-title" gap="sm">
            <Title order={2} id="partners-title" size="h3">
              Partners ({campaign.partners.totalCount})
            </Title>
            {campaign.partners.nodes.length === 0 ? (
              <EmptyState title="No partners yet" />
            ) : (
              <SimpleGrid
                component="ul"
                cols={{ base: 1, sm: 2, lg: 3 }}
                m={0}
                p={0}
                style={{ listStyle: 'none' }}
              >
                {campaign.partners.nodes.map((partner) => (
                  <Card component="li" withBorder key={partner.id}>
                    <Title order={3} size="h5">
                      {partner.name}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {KIND_LABELS[partner.kind] ?? partner.kind}
                    </Text>
                    {partner.description && <Text mt="xs">{partner.description}</Text>}
                    <Group mt="xs">
                      <Anchor href={partner.website} rel="noopener noreferrer" target="_blank" size="sm">
                        Website<VisuallyHidden> of {partner.name} (opens in a new tab)</VisuallyHidden>
                      </Anchor>
                    </Group>
                  </Card>
                ))}
              </SimpleGrid>
            )}
          </Stack>
        </>
      )}
    </RecordPage>
  );
}

type Campaign = NonNullable<CampaignResult['campaign']>;

/**
 * The board's address is the campaign's slug; other pages may link by the campaign's ID instead
 * (`/campaigns/<id>`). No campaign has that slug, so look the address up as an ID and move to the slug
 * address; else the campaign is not found. An address that is not an ID is refused by the server, which
 * also means not found here.
 */
function CampaignById({ address }: { address: string }) {
  const [result] = useQuery({ query: CampaignSlugByIdQuery, variables: { id: address } });
  if (result.fetching) return <LoadingState label="Loading the campaign…" />;
  const node = result.data?.node;
  // Only a campaign has a slug (the typename is not in the cache's answer).
  if (node && 'slug' in node) return <Navigate to={`/campaigns/${encodeURIComponent(node.slug)}`} replace />;
  return (
    <RecordNotFound noun="campaign" back={BACK}>
      <Text>There is no campaign with the address “{address}”.</Text>
    </RecordNotFound>
  );
}

/** The parts of the board that follow the spotlight workflow, live. */
function CampaignBoard({ campaign, onConflict }: { campaign: Campaign; onConflict: () => void }) {
  useRecognitionFeed(campaign.id);
  const [result, reexecute] = useQuery({
    query: CampaignBoardQuery,
    variables: { campaignId: campaign.id, pipelineStatuses: PIPELINE_STAGES },
  });
  return (
    <>
      <QueryState
        result={result}
        retry={reexecute}
        loading="Loading the spotlight and pipeline…"
        errorTitle="The spotlight and pipeline could not be loaded"
      >
        {(board) => (
          <>
            <SpotlightSection
              campaign={campaign}
              published={board.published.nodes}
              publishedTotal={board.published.totalCount}
              scheduled={board.scheduled.nodes}
              onConflict={() => {
                onConflict();
                reexecute({ requestPolicy: 'network-only' });
              }}
            />
            <PipelineSection items={board.pipeline.nodes} counts={board.recognitionStatusCounts} />
          </>
        )}
      </QueryState>
      <WindowsTimeline campaign={campaign} />
      <MomentsCalendar campaign={campaign} />
    </>
  );
}
