/** One crisis resource: how to reach it, where and when, when it was last checked (with "Mark verified"), and its history. */
import { Badge, Box, Group, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { Fact } from '../../common/page/fact';
import { FactsCard, RecordHeader, RecordPage } from '../../common/page/record-page';
import { topicsText } from '../../common/topics/topics';
import type { CrisisResourceQuery as ResourceResult } from '../../gql/graphql';
import { contactText, verifiedText } from './crisis-resource-columns';
import { CrisisResourceQuery } from './crisis-resources.operations';
import { EditCrisisResourceButton } from './edit-crisis-resource.button';
import { VerifyButton } from './verify.button';

type Resource = Extract<NonNullable<ResourceResult['node']>, { __typename?: 'CrisisResource' }>;

export function CrisisResourcePage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: CrisisResourceQuery, variables: { id } });
  return (
    <RecordPage
      result={result}
      retry={reexecute}
      noun="crisis resource"
      back={{ to: '/crisis-resources', label: 'All crisis resources' }}
      pick={(data) => (data.node?.__typename === 'CrisisResource' ? (data.node as Resource) : null)}
      notFound="There is no crisis resource at this address."
    >
      {(r) => (
        <>
          <RecordHeader
            title={r.name}
            archived={!!r.archivedAt}
            description={r.organisationName}
            actions={
              <Group gap="sm">
                <EditCrisisResourceButton resource={r} />
                <VerifyButton resource={r} />
              </Group>
            }
          />
          <FactsCard>
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
          </FactsCard>
          <Box mt="xl">
            <HistoryTimeline id={r.id} />
          </Box>
        </>
      )}
    </RecordPage>
  );
}
