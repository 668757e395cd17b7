/**
 * One creator's profile: details (edited with a version check), spotlight consent, training, videos with
 * their advisories and safe-messaging findings, recognition history and the audited history of the record.
 */
import { Anchor, Badge, Grid, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { HistoryTimeline } from '../../common/history/history-timeline';
import { RecordHeader, RecordPage } from '../../common/page/record-page';
import { CreatorProfileQuery } from './creator.operations';
import { RecognitionsSection, TrainingSection } from './creator-activity.sections';
import { ConsentSection } from './creator-consent.section';
import { CreatorDetailsForm } from './creator-details.form';
import { VideosSection } from './creator-videos.section';

const safeDecode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

export function CreatorPage() {
  const { id: param = '' } = useParams();
  // Relay IDs are base64 and may end in `=`: the list links to them encoded.
  const id = safeDecode(param);
  const [result, reexecute] = useQuery({ query: CreatorProfileQuery, variables: { id } });
  return (
    <RecordPage
      result={result}
      retry={reexecute}
      noun="creator"
      back={{ to: '/creators', label: 'All creators' }}
      // The inline fragment's fields tell a creator from any other node.
      pick={(data) => (data.node && 'handle' in data.node ? data.node : null)}
      notFound="There is no creator at this address. It may have been removed; search the list instead."
    >
      {(creator) => (
        <>
          <RecordHeader
            documentTitle={`${creator.displayName} (@${creator.handle})`}
            title={creator.displayName}
            archived={!!creator.archivedAt}
            badges={
              creator.status === 'SUSPENDED' && (
                <Badge color="red.9" variant="outline" ml="sm" size="lg" tt="none">
                  Suspended
                </Badge>
              )
            }
            description={
              <>
                @{creator.handle} ·{' '}
                <Anchor href={creator.profileUrl} target="_blank" rel="noopener noreferrer">
                  Profile (opens in a new tab)
                </Anchor>
              </>
            }
          />
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="xl">
                <section aria-labelledby="details-title">
                  <Text component="h2" id="details-title" size="lg" fw={700} mb="sm">
                    Details
                  </Text>
                  <CreatorDetailsForm key={creator.id} creator={creator} />
                </section>
                <VideosSection creatorId={creator.id} />
                <RecognitionsSection creatorId={creator.id} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="lg">
                <ConsentSection creator={creator} />
                <TrainingSection creatorId={creator.id} />
                <HistoryTimeline id={creator.id} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </RecordPage>
  );
}
