/**
 * One spotlight through its lifecycle: where it is (a stepper of the steps, who did each and when), the
 * steps the signed-in person may take now (or why not), the citation with its safe-messaging findings, the
 * eligibility checks, the public hub card as a reader in a chosen region would get it, the note thread and
 * the record's history. Follows `recognitionChanged` live, so a colleague's step shows without reloading.
 */
import { Permission, SafetySeverity } from '@beacon/shared';
import { Alert, Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useId, useRef } from 'react';
import { useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { LiveIndicator } from '../../common/graphql/live-indicator';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { RecordHeader, RecordPage } from '../../common/page/record-page';
import { useCan } from '../../common/permissions/use-can';
import { formatInZone, userTimeZone } from '../../common/time/zoned-time';
import type { RecognitionFieldsFragment } from '../../gql/graphql';
import { EditNominationForm } from './edit-nomination.form';
import { checksSummary, EligibilityChecks } from './eligibility-checks';
import { formatWhen } from './format-when';
import { LifecycleStepper } from './lifecycle-stepper';
import { NoteThread } from './note-thread';
import { STATUS_COLOURS, STATUS_LABELS } from './recognition-words';
import { RecognitionChangedSubscription, RecognitionQuery } from './recognitions.operations';
import { SpotlightPreview } from './spotlight-preview';
import { announceStale, WorkflowActions } from './workflow-actions';

type Recognition = RecognitionFieldsFragment;

export function RecognitionPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: RecognitionQuery, variables: { id } });
  return (
    <RecordPage
      result={result}
      retry={reexecute}
      noun="spotlight"
      back={{ to: '/campaigns', label: 'Campaigns' }}
      pick={(data) => data.recognition}
      notFound="There is no nomination or spotlight at this address."
    >
      {(recognition) => (
        <RecognitionView
          recognition={recognition}
          reload={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
    </RecordPage>
  );
}

function RecognitionView({ recognition, reload }: { recognition: Recognition; reload: () => void }) {
  // Live: a colleague's step or note updates this record in the cache (and so this page).
  useSubscription({
    query: RecognitionChangedSubscription,
    variables: { campaignId: recognition.campaign.id },
  });
  const statusHeading = useRef<HTMLHeadingElement>(null);
  const focusStatus = useCallback(() => {
    requestAnimationFrame(() => statusHeading.current?.focus());
  }, []);
  const stale = useCallback(() => {
    announceStale();
    reload();
  }, [reload]);
  const canNominate = useCan(Permission.NOMINATE).allowed;
  const editable =
    canNominate && (recognition.status === 'NOMINATED' || recognition.status === 'RETURNED_FOR_CHANGES');
  const { creator, campaign } = recognition;
  const ids = { status: useId(), citation: useId(), checks: useId(), actions: useId() };

  return (
    <>
      <RecordHeader
        back={{ to: `/campaigns/${encodeURIComponent(campaign.slug)}`, label: campaign.name }}
        documentTitle={`${creator.displayName} · ${campaign.name}`}
        title={`${creator.displayName} (@${creator.handle})`}
        description={`Spotlight nomination for ${campaign.name} (${campaign.hashtag}), by ${recognition.nominatedBy.displayName} on ${formatWhen(recognition.nominatedAt)}.`}
        actions={<LiveIndicator />}
      />

      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="xl">
            <Card withBorder component="section" aria-labelledby={ids.status}>
              <Group gap="sm" mb="md" wrap="wrap">
                <Title order={2} size="h4" id={ids.status} ref={statusHeading} tabIndex={-1}>
                  Status
                </Title>
                {/* A live region: a colleague's step, arriving live, is read out too. */}
                <div role="status">
                  <Badge size="lg" color={STATUS_COLOURS[recognition.status]} variant="outline" tt="none">
                    {STATUS_LABELS[recognition.status]}
                  </Badge>
                </div>
              </Group>
              <LifecycleStepper recognition={recognition} />
              <StatusNotes recognition={recognition} />
              <Title order={3} size="h5" mt="lg" mb="xs" id={ids.actions}>
                Your next steps
              </Title>
              <WorkflowActions recognition={recognition} onDone={focusStatus} onStale={stale} />
            </Card>

            <Card withBorder component="section" aria-labelledby={ids.citation}>
              <Title order={2} size="h4" id={ids.citation} mb="sm">
                Citation
              </Title>
              {editable ? (
                <EditNominationForm recognition={recognition} onSaved={focusStatus} />
              ) : (
                <>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{recognition.citation}</Text>
                  <Findings recognition={recognition} />
                </>
              )}
              <Title order={3} size="h5" mt="lg" mb="xs">
                Featured videos
              </Title>
              <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
                {recognition.featuredVideos.nodes.map((video) => (
                  <li key={video.id}>
                    <Text size="sm" fw={500}>
                      {video.title}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {video.advisory.required
                        ? `Advisory: ${video.advisory.warningText ?? 'required'}${video.advisory.requiresOptIn ? ' Viewers opt in before it plays.' : ''}`
                        : 'No advisory needed.'}
                    </Text>
                  </li>
                ))}
              </Stack>
            </Card>

            <NoteThread recognition={recognition} />
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="xl">
            <Card withBorder component="section" aria-labelledby={ids.checks}>
              <Title order={2} size="h4" id={ids.checks} mb="xs">
                Eligibility
              </Title>
              <Text size="sm" mb="sm">
                {checksSummary(recognition.eligibility)}. Approving and publishing need every check to pass.
              </Text>
              <EligibilityChecks checks={recognition.eligibility} labelledBy={ids.checks} />
            </Card>
            <SpotlightPreview
              recognitionId={recognition.id}
              creatorRegion={creator.region}
              version={recognition.version}
            />
          </Stack>
        </Grid.Col>
      </Grid>

      <Stack mt="xl">
        <HistoryTimeline id={recognition.id} />
      </Stack>
    </>
  );
}

/** What the state means beyond the stepper: returned, rejected, withdrawn, a schedule or a failed publish. */
function StatusNotes({ recognition: r }: { recognition: Recognition }) {
  const mine = userTimeZone();
  return (
    <Stack gap="xs" mt="sm">
      {r.status === 'RETURNED_FOR_CHANGES' && (
        <Alert color="red.9" variant="outline" title="Returned for changes" p="sm">
          {r.reviewedBy?.displayName ?? 'The safety reviewer'} asked for changes: see the notes. Editing the
          citation resubmits it for review.
        </Alert>
      )}
      {r.status === 'REJECTED' && (
        <Alert color="red.9" variant="outline" title="Rejected" p="sm">
          {r.reviewedBy?.displayName ?? 'The safety reviewer'} rejected this nomination: see the notes.
        </Alert>
      )}
      {r.status === 'WITHDRAWN' && (
        <Alert color="gray.8" variant="outline" title="Withdrawn" p="sm">
          {r.withdrawnBy?.displayName ?? 'A publisher'} withdrew it
          {r.withdrawnAt ? ` on ${formatWhen(r.withdrawnAt)}` : ''}: {r.withdrawalReason}
        </Alert>
      )}
      {r.status === 'SCHEDULED' && r.scheduledFor && r.scheduledTimeZone && (
        <Text size="sm">
          Publishes at <strong>{formatInZone(new Date(r.scheduledFor), r.scheduledTimeZone)}</strong> (
          {r.scheduledTimeZone}), which is {formatInZone(new Date(r.scheduledFor), 'UTC')}
          {mine !== 'UTC' && mine !== r.scheduledTimeZone
            ? ` and ${formatInZone(new Date(r.scheduledFor), mine)} in your time zone`
            : ''}
          {r.scheduledBy ? `; scheduled by ${r.scheduledBy.displayName}` : ''}.
        </Text>
      )}
      {r.scheduleFailure && (
        <Alert color="red.9" variant="outline" title="The scheduled publish did not happen" p="sm">
          {r.scheduleFailure}
        </Alert>
      )}
    </Stack>
  );
}

function Findings({ recognition }: { recognition: Recognition }) {
  const findings = recognition.safetyFindings ?? [];
  if (findings.length === 0)
    return (
      <Text size="sm" c="dimmed" mt="xs">
        No safe-messaging problems found.
      </Text>
    );
  return (
    <Stack
      component="ul"
      gap="xs"
      mt="sm"
      p={0}
      style={{ listStyle: 'none' }}
      aria-label="Safe-messaging findings"
    >
      {findings.map((finding) => {
        const blocking = finding.severity === SafetySeverity.BLOCK;
        return (
          <Card component="li" withBorder p="xs" key={`${finding.ruleId}-${finding.start}`}>
            <Group gap="xs">
              <Badge
                color={blocking ? 'red.9' : 'yellow.4'}
                variant={blocking ? 'outline' : 'filled'}
                autoContrast
                tt="none"
              >
                {blocking ? 'Blocks publishing' : 'Warning'}
              </Badge>
              <Text size="sm" fw={600} component="q">
                {finding.excerpt}
              </Text>
            </Group>
            <Text size="sm">{finding.message}</Text>
            {finding.suggestion && (
              <Text size="sm" c="dimmed">
                Suggestion: {finding.suggestion}
              </Text>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
