/**
 * A creator's awareness videos: each with the content advisory its topics give it (warning text, opt-in,
 * minimum age), the staff override of the warning text, and the caption checked against the
 * safe-messaging guidelines with the shared `checkSafeMessaging` (the same check the server runs at
 * publish), each finding's words marked in the caption.
 */
import { checkSafeMessaging, Permission, SafetySeverity, TOPIC_INFO, type Topic } from '@beacon/shared';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAction } from '../../common/notifications/use-action';
import { useCan } from '../../common/permissions/use-can';
import { EmptyState, QueryState } from '../../common/query-state/query-state';
import type { CreatorVideosQuery as VideosResult } from '../../gql/graphql';
import { CreatorVideosQuery, OverrideAdvisoryMutation } from './creator.operations';
import classes from './creators.module.css';

type Video = NonNullable<
  Extract<NonNullable<VideosResult['node']>, { __typename?: 'Creator' }>['videos']
>['nodes'][number];

const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const topicLabel = (t: string) => TOPIC_INFO[t as Topic]?.label ?? t;

export function VideosSection({ creatorId }: { creatorId: string }) {
  // Pages already shown stay shown: "Show more videos" appends the next page.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section aria-labelledby="videos-title">
      <Title order={2} size="h4" id="videos-title" mb="sm">
        Videos
      </Title>
      <Stack gap="md">
        {cursors.map((after, i) => (
          <VideosPage
            key={after ?? 'first'}
            creatorId={creatorId}
            after={after}
            last={i === cursors.length - 1}
            onMore={(cursor) => setCursors((c) => [...c, cursor])}
          />
        ))}
      </Stack>
    </section>
  );
}

function VideosPage({
  creatorId,
  after,
  last,
  onMore,
}: {
  creatorId: string;
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const [result, reexecute] = useQuery({ query: CreatorVideosQuery, variables: { id: creatorId, after } });
  return (
    <QueryState
      result={result}
      retry={reexecute}
      loading="Loading videos…"
      errorTitle="Videos could not be loaded"
      isEmpty={(data) =>
        after === null && (!data.node || !('videos' in data.node) || data.node.videos.nodes.length === 0)
      }
      empty={<EmptyState title="No videos yet" />}
    >
      {(data) => {
        if (!data.node || !('videos' in data.node)) return null;
        const { nodes, pageInfo, totalCount } = data.node.videos;
        return (
          <>
            {after === null && (
              <Text size="sm" c="dimmed">
                {totalCount === 1 ? '1 video' : `${totalCount} videos`}, newest first.
              </Text>
            )}
            <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
              {nodes.map((video) => (
                <VideoCard key={video.id} video={video} />
              ))}
            </Stack>
            {last && pageInfo.hasNextPage && pageInfo.endCursor && (
              <Button variant="default" onClick={() => pageInfo.endCursor && onMore(pageInfo.endCursor)}>
                Show more videos
              </Button>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

function VideoCard({ video }: { video: Video }) {
  const titleId = useId();
  const findings = checkSafeMessaging(video.caption, { topics: video.topics as Topic[] });
  return (
    <Card component="li" withBorder aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/videos/${encodeURIComponent(video.id)}`} inherit>
              {video.title}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            Posted {date.format(new Date(video.publishedAt))} ·{' '}
            <Anchor href={video.url} target="_blank" rel="noopener noreferrer" size="sm">
              Watch<VisuallyHidden> {video.title} (opens in a new tab)</VisuallyHidden>
            </Anchor>
          </Text>
        </Group>
        {video.topics.length > 0 && (
          <Group gap={4}>
            {video.topics.map((t) => (
              <Badge key={t} variant="outline" color="gray.7" size="sm" radius="sm" tt="none">
                {topicLabel(t)}
              </Badge>
            ))}
          </Group>
        )}

        <AdvisoryBlock video={video} />

        <div>
          <Text size="sm" fw={600}>
            Caption
          </Text>
          {video.caption ? (
            <Text size="sm" className={classes.caption}>
              <Highlighted text={video.caption} findings={findings} />
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              No caption.
            </Text>
          )}
        </div>
        <Findings findings={findings} title={video.title} />
      </Stack>
    </Card>
  );
}

/** What the advisory block needs of a video: the creator's list and the video's own page both have it. */
export interface AdvisoryVideo {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly advisory: Pick<
    Video['advisory'],
    'required' | 'warningText' | 'warningOverridden' | 'requiresOptIn' | 'minimumAge' | 'sensitiveTopics'
  >;
}

/**
 * The advisory with its staff override: "Change wording" edits the warning text, "Use derived wording"
 * goes back. For a role that cannot edit the catalogue the controls are hidden, or (`denied="disable"`)
 * shown disabled with the reason.
 */
export function AdvisoryBlock({
  video,
  denied = 'hide',
}: {
  video: AdvisoryVideo;
  denied?: 'hide' | 'disable';
}) {
  const { advisory } = video;
  const ability = useCan(Permission.CATALOGUE_WRITE);
  const canEdit = ability.allowed;
  const reasonId = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(advisory.warningText ?? '');
  // Focus follows the work: into the text when editing starts, back to "Change wording" when it ends.
  const textArea = useRef<HTMLTextAreaElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing) textArea.current?.focus();
    else if (wasEditing.current) changeButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const [{ fetching }, save] = useAction(OverrideAdvisoryMutation, {
    success: (data) =>
      data.updateAwarenessVideo.video.advisory.warningOverridden
        ? `Advisory wording saved for “${video.title}”`
        : `“${video.title}” uses the derived advisory wording again`,
    failure: 'The advisory was not changed',
    announceConflict: true,
  });
  const submit = async (value: string) => {
    const result = await save({
      input: { id: video.id, expectedVersion: video.version, advisoryWarningOverride: value },
    });
    if (result.error) return;
    // "Use derived wording" removes itself: focus moves to "Change wording" (an edit does so on closing).
    if (!editing) requestAnimationFrame(() => changeButton.current?.focus());
    setEditing(false);
  };

  if (!advisory.required)
    return (
      <Text size="sm" c="dimmed">
        No content advisory: none of its topics is sensitive.
      </Text>
    );
  return (
    <Card withBorder padding="sm" bg="var(--mantine-color-gray-0)">
      <Stack gap={6}>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            Content advisory
          </Text>
          {advisory.warningOverridden && (
            <Badge size="sm" variant="outline" color="blue.9" tt="none">
              Staff wording
            </Badge>
          )}
        </Group>
        {editing ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit(text);
            }}
          >
            <Stack gap="xs">
              <Textarea
                label="Warning text"
                description="Shown before the video plays. Save it empty to go back to the derived wording."
                autosize
                minRows={2}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                ref={textArea}
              />
              <Group gap="xs">
                <Button type="submit" size="compact-md" loading={fetching}>
                  Save wording
                </Button>
                <Button size="compact-md" variant="default" onClick={() => setEditing(false)}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text size="sm">{advisory.warningText}</Text>
        )}
        <List size="sm" spacing={2}>
          <List.Item>Sensitive topics: {advisory.sensitiveTopics.map(topicLabel).join(', ')}</List.Item>
          <List.Item>
            {advisory.requiresOptIn ? 'Viewers must opt in before it plays' : 'Plays without opt-in'}
          </List.Item>
          {advisory.minimumAge && <List.Item>Minimum age {advisory.minimumAge}</List.Item>}
        </List>
        {!canEdit && denied === 'disable' && (
          <Stack gap={4} align="flex-start">
            <Button size="compact-sm" variant="default" disabled aria-describedby={reasonId}>
              Change wording
            </Button>
            <Text id={reasonId} size="sm" c="dimmed">
              {ability.reason}
            </Text>
          </Stack>
        )}
        {canEdit && !editing && (
          <Group gap="xs">
            <Button
              ref={changeButton}
              size="compact-sm"
              variant="default"
              onClick={() => {
                setText(advisory.warningText ?? '');
                setEditing(true);
              }}
              aria-label={`Change wording of the advisory for “${video.title}”`}
            >
              Change wording
            </Button>
            {advisory.warningOverridden && (
              <Button
                size="compact-sm"
                variant="default"
                loading={fetching}
                onClick={() => void submit('')}
                aria-label={`Use derived wording for “${video.title}”`}
              >
                Use derived wording
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

const isBlocking = (f: FindingLike) => f.severity === SafetySeverity.BLOCK;

/** What the findings list and highlights read of a finding: the shared check's and the API's alike. */
export interface FindingLike {
  readonly ruleId: string;
  readonly severity: string;
  readonly start: number;
  readonly end: number;
  readonly excerpt: string;
  readonly message: string;
  readonly suggestion?: string | null;
}

export function Findings({ findings, title }: { findings: readonly FindingLike[]; title: string }) {
  if (findings.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No safe-messaging problems in the caption.
      </Text>
    );
  return (
    <Stack component="ul" gap={6} m={0} pl="md" aria-label={`Safe-messaging findings in “${title}”`}>
      {findings.map((f) => (
        <Text component="li" size="sm" key={`${f.ruleId}-${f.start}-${f.end}`}>
          {/* The same badges as the safe-messaging field: a light outline in yellow lacks contrast. */}
          <Badge
            size="sm"
            variant={isBlocking(f) ? 'outline' : 'filled'}
            color={isBlocking(f) ? 'red.9' : 'yellow.4'}
            autoContrast
            tt="none"
            mr={6}
          >
            {isBlocking(f) ? 'Blocks publishing' : 'Warning'}
          </Badge>
          {f.end > f.start && <q>{f.excerpt.length > 80 ? `${f.excerpt.slice(0, 80)}…` : f.excerpt}</q>}{' '}
          {f.message}
          {f.suggestion && (
            <Text span size="sm" c="dimmed">
              {' '}
              Suggestion: {f.suggestion}
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}

/** The caption with each finding's words marked (overlaps merged; the more severe mark wins). */
export function Highlighted({ text, findings }: { text: string; findings: readonly FindingLike[] }) {
  const spans = findings
    .filter((f) => f.end > f.start && !(f.start === 0 && f.end >= text.trimEnd().length))
    .map((f) => ({ start: f.start, end: f.end, blocking: isBlocking(f) }))
    .sort((a, b) => a.start - b.start);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.blocking ||= span.blocking;
    } else merged.push({ ...span });
  }
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className={span.blocking ? classes.markBlocking : classes.markWarning}>
        {text.slice(span.start, span.end)}
        <VisuallyHidden> ({span.blocking ? 'blocks publishing' : 'warning'})</VisuallyHidden>
      </mark>,
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
