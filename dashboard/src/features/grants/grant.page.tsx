/** One ad-credit grant: its figures, "Edit grant" (the catalogue's edit dialog) and its history. */
import { Anchor, Badge, Box, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { Fact } from '../../common/page/fact';
import { FactsCard, RecordHeader, RecordPage } from '../../common/page/record-page';
import type { GrantQuery as GrantResult } from '../../gql/graphql';
import { EditGrantButton } from './edit-grant.button';
import { STATUS_LABELS } from './grant-labels';
import { GrantQuery } from './grants.operations';

type Grant = Extract<NonNullable<GrantResult['node']>, { __typename?: 'AdCreditGrant' }>;

export function GrantPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: GrantQuery, variables: { id } });
  return (
    <RecordPage
      result={result}
      retry={reexecute}
      noun="grant"
      back={{ to: '/grants', label: 'All grants' }}
      pick={(data) => (data.node?.__typename === 'AdCreditGrant' ? (data.node as Grant) : null)}
      notFound="There is no grant at this address."
    >
      {(grant) => (
        <>
          <RecordHeader
            title={`${grant.amount.formatted} to ${grant.organisation.name}`}
            description={`For ${grant.campaign.name}`}
            actions={<EditGrantButton grant={grant} title={`Edit the grant to ${grant.organisation.name}`} />}
          />
          <FactsCard after={grant.note && <Text mt="md">{grant.note}</Text>}>
            <Fact term="Status">{STATUS_LABELS[grant.status]}</Fact>
            <Fact term="Campaign">
              <Anchor component={Link} to={`/campaigns/${encodeURIComponent(grant.campaign.slug)}`}>
                {grant.campaign.name}
              </Anchor>
            </Fact>
            <Fact term="Organisation">
              <Anchor component={Link} to={`/organisations/${encodeURIComponent(grant.organisation.id)}`}>
                {grant.organisation.name}
              </Anchor>
            </Fact>
            <Fact term="Figure">
              {grant.illustrative ? (
                <Badge variant="outline" color="gray.7" tt="none">
                  Illustrative: no per-organisation split was published
                </Badge>
              ) : (
                'As agreed'
              )}
            </Fact>
          </FactsCard>
          <Box mt="xl">
            <HistoryTimeline id={grant.id} />
          </Box>
        </>
      )}
    </RecordPage>
  );
}
