/**
 * "Archive" on a video's page, behind a confirmation that counts the live spotlights featuring the video
 * (the server's count, of every one) and names the first of them: an archived video leaves the public hub,
 * so a published spotlight's card loses it.
 */
import { Permission } from '@beacon/shared';
import { Alert, Anchor, Badge, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAction } from '../../common/notifications/use-action';
import { Guarded } from '../../common/permissions/use-can';
import { QueryState } from '../../common/query-state/query-state';
import type { RecognitionStatus } from '../../gql/graphql';
import { STATUS_COLOURS, STATUS_LABELS } from '../recognitions/recognition-words';
import { ArchiveVideoMutation, VideoLiveSpotlightsQuery } from './videos.operations';

/** Spotlights an archived video still matters to: the rest are over. */
const LIVE: readonly RecognitionStatus[] = [
  'NOMINATED',
  'RETURNED_FOR_CHANGES',
  'SAFETY_REVIEWED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
];

export function ArchiveVideoButton({
  video,
  onArchived,
}: {
  video: { id: string; version: number; title: string };
  onArchived: () => void;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const [{ fetching }, archive] = useAction(ArchiveVideoMutation, {
    success: `“${video.title}” archived`,
    failure: 'The video was not archived',
    announceConflict: true,
  });
  return (
    <>
      <Guarded permission={Permission.CATALOGUE_WRITE}>
        {(props) => (
          <Button variant="default" color="red.9" {...props} onClick={open}>
            Archive
          </Button>
        )}
      </Guarded>
      <Modal
        opened={opened}
        onClose={close}
        title={`Archive “${video.title}”?`}
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {opened && (
          <Stack gap="md">
            <Text size="sm">
              An archived video is hidden from the public hub and from partners' sites. Staff still see it,
              with its history.
            </Text>
            <FeaturedIn videoId={video.id} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} data-autofocus>
                Keep the video
              </Button>
              <Button
                color="red.9"
                loading={fetching}
                onClick={async () => {
                  const result = await archive({ input: { id: video.id, expectedVersion: video.version } });
                  close();
                  if (!result.error) onArchived();
                }}
              >
                Archive video
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

/** How many live spotlights the confirmation names; the count is always the server's, of every one. */
const NAMED = 20;

function FeaturedIn({ videoId }: { videoId: string }) {
  const [result, reexecute] = useQuery({
    query: VideoLiveSpotlightsQuery,
    variables: { videoId, statuses: [...LIVE], first: NAMED },
    requestPolicy: 'network-only',
  });
  return (
    <QueryState
      result={result}
      retry={reexecute}
      loading="Checking which spotlights feature it…"
      errorTitle="Which spotlights feature it could not be checked"
    >
      {(data) => {
        const { totalCount, nodes: live } = data.recognitions;
        if (totalCount === 0) return <Text size="sm">No live spotlight features this video.</Text>;
        return (
          <Alert
            variant="outline"
            color="red.9"
            title={
              totalCount === 1
                ? '1 spotlight features this video'
                : `${totalCount.toLocaleString('en-GB')} spotlights feature this video`
            }
          >
            <Text size="sm" mb="xs">
              Their hub cards will no longer show it; a spotlight left with no public video should be
              reviewed.
            </Text>
            <List size="sm" spacing={4}>
              {live.map((r) => (
                <List.Item key={r.id}>
                  <Anchor component={Link} to={`/recognitions/${encodeURIComponent(r.id)}`} size="sm">
                    {r.campaign.name}
                  </Anchor>{' '}
                  <Badge size="sm" variant="outline" color={STATUS_COLOURS[r.status]} tt="none">
                    {STATUS_LABELS[r.status]}
                    {r.status === 'PUBLISHED' && r.rank ? `, position ${r.rank}` : ''}
                  </Badge>
                </List.Item>
              ))}
            </List>
            {totalCount > live.length && (
              <Text size="sm" mt="xs">
                Showing {live.length} of {totalCount.toLocaleString('en-GB')}: “Spotlights featuring it” on
                the video’s page lists every one.
              </Text>
            )}
          </Alert>
        );
      }}
    </QueryState>
  );
}
