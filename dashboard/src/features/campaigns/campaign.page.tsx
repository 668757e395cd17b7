/** One campaign: its facts, its programming windows (in their own time zones) and its partners. */
import {
  Anchor,
  Badge,
  Card,
  Code,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../common/page/page-header';
import { EmptyState, QueryState } from '../../common/query-state/query-state';
import { NominateButton } from '../recognitions/nominate.button';
import { formatDateRange, formatWindow } from './campaign-dates';
import { CampaignQuery } from './campaigns.operations';

const KIND_LABELS: Record<string, string> = {
  CRISIS_SERVICE: 'Crisis service',
  EDUCATION: 'Education',
  EXPERT_BODY: 'Expert body',
  NON_PROFIT: 'Non-profit',
  OTHER: 'Other',
  RESEARCH: 'Research',
};

const back = (
  <Anchor component={Link} to="/campaigns" size="sm">
    ← All campaigns
  </Anchor>
);

export function CampaignPage() {
  const { slug = '' } = useParams();
  const [result, reexecute] = useQuery({ query: CampaignQuery, variables: { slug } });
  return (
    <QueryState
      result={result}
      retry={reexecute}
      loading="Loading campaign…"
      errorTitle="This campaign could not be loaded"
      isEmpty={(data) => !data.campaign}
      empty={
        <>
          <PageHeader title="Campaign not found" before={back} />
          <Text>There is no campaign with the address “{slug}”.</Text>
        </>
      }
    >
      {({ campaign }) =>
        campaign && (
          <>
            <PageHeader
              before={back}
              documentTitle={campaign.name}
              title={
                <>
                  {campaign.name}
                  {campaign.archivedAt && (
                    <Badge color="red.9" variant="outline" ml="sm" size="lg">
                      Archived
                    </Badge>
                  )}
                </>
              }
              description={campaign.theme}
              actions={<NominateButton campaignSlug={campaign.slug} />}
            />
            <Card withBorder mb="lg">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0}>
                <Fact term="Hashtag">{campaign.hashtag}</Fact>
                <Fact term="Dates">{formatDateRange(campaign.startsOn, campaign.endsOn)}</Fact>
                <Fact term="Spotlight capacity">{campaign.spotlightCapacity} creators at once</Fact>
                <Fact term="Slug">
                  <Code>{campaign.slug}</Code>
                </Fact>
              </SimpleGrid>
              {campaign.description && <Text mt="md">{campaign.description}</Text>}
            </Card>

            <Stack component="section" aria-labelledby="windows-title" gap="sm" mb="xl">
              <Title order={2} id="windows-title" size="h3">
                Programming windows ({campaign.programmingWindows.totalCount})
              </Title>
              {campaign.programmingWindows.nodes.length === 0 ? (
                <EmptyState title="No programming windows yet" />
              ) : (
                <SimpleGrid
                  component="ol"
                  cols={{ base: 1, md: 2 }}
                  m={0}
                  p={0}
                  style={{ listStyle: 'none' }}
                >
                  {campaign.programmingWindows.nodes.map((slot) => (
                    <Card component="li" withBorder key={slot.id}>
                      <Title order={3} size="h5">
                        {slot.title}
                      </Title>
                      <Text size="sm" c="dimmed">
                        {formatWindow(slot.startsAt, slot.endsAt, slot.timeZone)}
                      </Text>
                      {slot.description && <Text mt="xs">{slot.description}</Text>}
                    </Card>
                  ))}
                </SimpleGrid>
              )}
            </Stack>

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
        )
      }
    </QueryState>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}
