/**
 * One awareness video: who posted it and its facts, the caption with each safe-messaging finding's words
 * marked, the advisory with the staff override and as a reader in a region gets it, edits (caption,
 * hashtags, length) on the record's version, archive with a warning naming the spotlights that feature
 * it, every spotlight featuring it (paged), and the record's history.
 */
import { STRATEGY_LABELS, TOPIC_INFO, type Topic } from '@beacon/shared';
import { Alert, Anchor, Box, Card, Grid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { Fact } from '../../common/page/fact';
import { FactsCard, RecordHeader, RecordPage } from '../../common/page/record-page';
import type { VideoQuery as VideoResult } from '../../gql/graphql';
import { AdvisoryBlock, Findings, Highlighted } from '../creators/creator-videos.section';
import classes from '../creators/creators.module.css';
import { ArchiveVideoButton } from './archive-video.button';
import { EditVideoButton } from './edit-video.button';
import { ReaderAdvisory } from './reader-advisory';
import { durationText, hashtagText } from './video-labels';
import { VideoSpotlightsSection } from './video-spotlights.section';
import { VideoQuery } from './videos.operations';

type Video = Extract<NonNullable<VideoResult['node']>, { __typename: 'AwarenessVideo' }>;

const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const count = new Intl.NumberFormat('en-GB');

export function VideoPage() {
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: VideoQuery, variables: { id } });
  return (
    <RecordPage
      result={result}
      retry={reexecute}
      noun="video"
      back={{ to: '/videos', label: 'All videos' }}
      pick={(data) => (data.node?.__typename === 'AwarenessVideo' ? (data.node as Video) : null)}
      notFound="There is no video at this address."
    >
      {(video) => <VideoDetails video={video} />}
    </RecordPage>
  );
}

function VideoDetails({ video }: { video: Video }) {
  const archivedNote = useRef<HTMLDivElement>(null);
  const [justArchived, setJustArchived] = useState(false);
  // After archiving, the Archive button is gone: focus moves to the note that says the video is archived.
  useEffect(() => {
    if (justArchived && video.archivedAt) archivedNote.current?.focus();
  }, [justArchived, video.archivedAt]);
  const findings = video.safetyFindings ?? [];
  const captionFindings = findings.filter((f) => f.field === 'CAPTION');
  return (
    <>
      <RecordHeader
        title={video.title}
        archived={!!video.archivedAt}
        description={
          <>
            By{' '}
            <Anchor component={Link} to={`/creators/${encodeURIComponent(video.creator.id)}`} inherit>
              {video.creator.displayName} (@{video.creator.handle})
            </Anchor>
          </>
        }
        actions={
          <>
            <EditVideoButton video={video} />
            {!video.archivedAt && (
              <ArchiveVideoButton video={video} onArchived={() => setJustArchived(true)} />
            )}
          </>
        }
      />
      {video.archivedAt && (
        <Alert ref={archivedNote} tabIndex={-1} variant="outline" color="gray.8" title="Archived" mb="lg">
          Archived {dateTime.format(new Date(video.archivedAt))}: hidden from the public hub and partners'
          sites.
        </Alert>
      )}

      <FactsCard>
        <Fact term="Posted">{date.format(new Date(video.publishedAt))}</Fact>
        <Fact term="Length">{durationText(video.durationSeconds)}</Fact>
        <Fact term="Strategy">{STRATEGY_LABELS[video.strategy]}</Fact>
        <Fact term="Views, likes, shares">
          {count.format(video.metrics.views)}, {count.format(video.metrics.likes)},{' '}
          {count.format(video.metrics.shares)}
        </Fact>
        <Fact term="Topics">
          {video.topics.length
            ? video.topics.map((t) => TOPIC_INFO[t as Topic]?.label ?? t).join(', ')
            : 'None'}
        </Fact>
        <Fact term="Hashtags">{video.hashtags.length ? hashtagText(video.hashtags) : 'None'}</Fact>
        <Fact term="Link">
          <Anchor
            href={video.url}
            target="_blank"
            rel="noopener noreferrer"
            style={{ overflowWrap: 'anywhere' }}
          >
            Watch<VisuallyHidden> {video.title} (opens in a new tab)</VisuallyHidden>
          </Anchor>
        </Fact>
      </FactsCard>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Section title="Caption">
              {video.caption ? (
                <Text className={classes.caption}>
                  <Highlighted text={video.caption} findings={captionFindings} />
                </Text>
              ) : (
                <Text c="dimmed">No caption.</Text>
              )}
              <Title order={3} size="h5" mt="md" mb="xs">
                Safe-messaging findings
              </Title>
              <Text size="sm" c="dimmed" mb="xs">
                In the title and caption, as the server checked them at the last save.
              </Text>
              <Findings findings={findings} title={video.title} />
            </Section>
            <Section title="Advisory wording">
              <AdvisoryBlock video={video} denied="disable" />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <ReaderAdvisory videoId={video.id} creatorRegion={video.creator.region} />
            <VideoSpotlightsSection videoId={video.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Box mt="xl">
        <HistoryTimeline id={video.id} />
      </Box>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
