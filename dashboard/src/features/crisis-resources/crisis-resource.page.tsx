/** One crisis resource: how to reach it, where and when, when it was last checked (with "Mark verified"), and its history. */
import { Anchor, Badge, Box, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { Fact } from '../../common/page/fact';
import { PageHeader } from '../../common/page/page-header';
import { QueryState } from '../../common/query-state/query-state';
import { topicsText } from '../../common/topics/topics';
import type { CrisisResourceQuery as ResourceResult } from '../../gql/graphql';
import { contactText, verifiedText } from './crisis-resource-columns';
import { CrisisResourceQuery } from './crisis-resources.operations';
import { EditCrisisResourceButton } from './edit-crisis-resource.button';
import { VerifyButton } from './verify.button';

type Resource = Extract<NonNullable<ResourceResult['node']>, { __typename?: 'CrisisResource' }>;

const back = (
  <Anchor component={Link} to="/crisis-resources" size="sm">
    ← All crisis resources
  </Anchor>
);

export function CrisisResourcePage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: CrisisResourceQuery, variables: { id } });
  return (
    <QueryState
      result={result}
      retry={reexecute}
      loading="Loading the resource…"
      errorTitle="This resource could not be loaded"
      isEmpty={(data) => data.node?.__typename !== 'CrisisResource'}
      empty={
        <>
          <PageHeader title="Resource not found" before={back} />
          <Text>There is no crisis resource at this address.</Text>
        </>
      }
    >
      {({ node }) => {
        if (node?.__typename !== 'CrisisResource') return null;
        const r = node as Resource;
        return (
          <>
            <PageHeader
              before={back}
              documentTitle={r.name}
              title={r.name}
              description={r.organisationName}
              actions={
                <Group gap="sm">
                  <EditCrisisResourceButton resource={r} />
                  <VerifyButton resource={r} />
                </Group>
              }
            />
            <Card withBorder mb="lg">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} component="dl" m={0}>
                <Fact term="How to reach it">
                  <Stack gap={2}>
                    {r.contacts.map((c) => (
                      <span key={`${c.channel}-${c.value}`}>{contactText(c)}</span>
                    ))}
                  </Stack>
                </Fact>
                <Fact term="Regions">{r.isGlobal ? 'Global directory' : r.regions.join(', ')}</Fact>
                <Fact term="Topics">{topicsText(r.topics, 'Any crisis')}</Fact>
                <Fact term="Hours">{r.hours}</Fact>
                {r.archivedAt && <Fact term="Status">Archived: readers are no longer shown it</Fact>}
                <Fact term="Last verified">
                  <Group gap="xs">
                    <span>{verifiedText(r.lastVerifiedAt)}</span>
                    {r.isStale && (
                      <Badge color="red.9" variant="filled" tt="none">
                        Overdue a check
                      </Badge>
                    )}
                  </Group>
                </Fact>
              </SimpleGrid>
            </Card>
            <Box mt="xl">
              <HistoryTimeline id={r.id} />
            </Box>
          </>
        );
      }}
    </QueryState>
  );
}
