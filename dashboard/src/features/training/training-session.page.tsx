/**
 * One training session: what, when (in the zone it is held in, and in yours), who runs it, how full it is,
 * its enrolments with attendance and completion, and its history. Editors and above edit it and record
 * attendance; viewers read.
 */
import { Box, Group, Progress, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { Fact } from '../../common/page/fact';
import { FactsCard, RecordHeader, RecordPage } from '../../common/page/record-page';
import { formatInZone, userTimeZone } from '../../common/time/zoned-time';
import { EditSessionButton } from './edit-session.button';
import { EnrolmentsSection } from './enrolments.section';
import { TrainingSessionQuery } from './training.operations';
import { AUDIENCE_LABELS, capacityText, OCCASION_LABELS, sessionWhen, TOPIC_LABELS } from './training-labels';

export function TrainingSessionPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: TrainingSessionQuery, variables: { id } });
  return (
    <RecordPage
      result={result}
      retry={reexecute}
      noun="training session"
      back={{ to: '/training', label: 'All training sessions' }}
      pick={(data) => (data.node?.__typename === 'TrainingSession' ? data.node : null)}
      notFound="There is no training session at this address. It may have been archived."
    >
      {(session) => {
        const full = session.seatsLeft <= 0;
        const mine = userTimeZone();
        return (
          <>
            <RecordHeader
              title={session.title}
              archived={!!session.archivedAt}
              description={TOPIC_LABELS[session.topic]}
              actions={<EditSessionButton session={session} />}
            />
            <FactsCard
              after={
                <>
                  <Stack gap={4} mt="md">
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <Text fw={600} c={full ? 'red.9' : undefined}>
                        {capacityText(session.enrolledCount, session.capacity)}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {session.completedCount} of {session.enrolledCount} completed
                      </Text>
                    </Group>
                    <Progress
                      value={Math.min(100, (session.enrolledCount / session.capacity) * 100)}
                      color={full ? 'red.8' : 'indigo'}
                      aria-label="Places taken"
                    />
                  </Stack>
                  {session.description && <Text mt="md">{session.description}</Text>}
                </>
              }
            >
              <Fact term="When">
                {sessionWhen(session.startsAt, session.endsAt, session.timeZone)}
                <Text size="xs" c="dimmed" fw={400}>
                  Held in {session.timeZone}
                  {mine !== session.timeZone && `; ${formatInZone(new Date(session.startsAt), mine)} for you`}
                </Text>
              </Fact>
              <Fact term="For">{AUDIENCE_LABELS[session.audience]}</Fact>
              <Fact term="Occasion">{OCCASION_LABELS[session.occasion]}</Fact>
              <Fact term="Run by">{session.facilitator?.name ?? 'Beacon staff'}</Fact>
            </FactsCard>

            <EnrolmentsSection session={session} />

            <Box mt="xl">
              <HistoryTimeline id={session.id} />
            </Box>
          </>
        );
      }}
    </RecordPage>
  );
}
