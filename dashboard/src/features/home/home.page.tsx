/**
 * The start page: what needs the signed-in person now. Reviewers see the nominations waiting for safety
 * review, publishers what waits for approval, what is approved and what is due to publish, editors what
 * was returned to them; each a short list, longest waiting first, linking to the recognition's page, with
 * counts that update live as other staff act. Everyone sees the programme's counts by stage.
 */
import { can, Permission, type StaffRole } from '@beacon/shared';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { LiveIndicator } from '../../common/graphql/live-indicator';
import { PageHeader } from '../../common/page/page-header';
import { useCurrentUser } from '../../common/permissions/current-user';
import { useCan } from '../../common/permissions/use-can';
import { QueryState } from '../../common/query-state/query-state';
import { StatusCountsQuery } from './home.operations';
import { STAGE_LABELS, STAGE_ORDER } from './stages';
import { useRecognitionFeed } from './use-recognition-feed';
import { QUEUES, WorkQueue } from './work-queue';

export function HomePage() {
  const user = useCurrentUser();
  useRecognitionFeed();
  const queues = QUEUES.filter((queue) => can(user.role as StaffRole, queue.permission));
  return (
    <>
      <PageHeader
        title="What needs you"
        documentTitle="Home"
        description={`Signed in as ${user.displayName}. Lists and counts update as other staff act.`}
        actions={<LiveIndicator />}
      />
      {queues.length === 0 ? (
        <NothingForYourRole />
      ) : (
        <SimpleGrid cols={{ base: 1, md: queues.length > 1 ? 2 : 1 }} spacing="lg" mb="xl">
          {queues.map((queue) => (
            <WorkQueue key={queue.key} queue={queue} />
          ))}
        </SimpleGrid>
      )}
      <ProgrammeCounts />
    </>
  );
}

function NothingForYourRole() {
  const nominate = useCan(Permission.NOMINATE);
  return (
    <Paper withBorder p="md" mb="xl">
      <Text fw={600}>Nothing waits for you here.</Text>
      <Text size="sm" c="dimmed">
        {nominate.reason ?? 'Your role takes no step in the spotlight workflow.'} The counts below show where
        the programme stands.
      </Text>
    </Paper>
  );
}

/** How many recognitions are at each stage across every campaign. */
function ProgrammeCounts() {
  const [result, reexecute] = useQuery({ query: StatusCountsQuery, variables: { filter: null } });
  return (
    <Stack component="section" aria-labelledby="programme-counts" gap="sm">
      <Title order={2} size="h3" id="programme-counts">
        The programme at a glance
      </Title>
      <QueryState
        result={result}
        retry={reexecute}
        loading="Loading counts…"
        errorTitle="The counts could not be loaded"
      >
        {(data) => {
          const countOf = new Map(data.recognitionStatusCounts.map((c) => [c.status, c.count]));
          return (
            <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" m={0}>
              {STAGE_ORDER.map((status) => (
                // The label comes first for screen readers (dt, dd); the number is drawn above it.
                <Paper
                  withBorder
                  p="sm"
                  key={status}
                  style={{ display: 'flex', flexDirection: 'column-reverse', justifyContent: 'flex-end' }}
                >
                  <Text component="dt" size="sm" c="dimmed">
                    {STAGE_LABELS[status]}
                  </Text>
                  <Text component="dd" m={0} fz="xl" fw={700}>
                    {countOf.get(status) ?? 0}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
          );
        }}
      </QueryState>
    </Stack>
  );
}
