/**
 * The advisory as a reader in a chosen region meets it before the video plays: the warning text (staff
 * wording when set), whether they must opt in, the age gate, and the crisis resources shown beside it for
 * that region, read through the same API fields the hub uses.
 */
import { TOPIC_INFO, type Topic } from '@beacon/shared';
import { Badge, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../common/query-state/query-state';
import { CrisisLines } from '../crisis-resources/crisis-lines';
import { VideoReaderAdvisoryQuery } from './videos.operations';

const REGIONS = ['US', 'GB', 'IE', 'SG', 'AU', 'CA', 'DE', 'IN'];
const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const regionName = (code: string) => {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
};

export function ReaderAdvisory({ videoId, creatorRegion }: { videoId: string; creatorRegion: string }) {
  const titleId = useId();
  const [region, setRegion] = useState<string>(REGIONS.includes(creatorRegion) ? creatorRegion : 'US');
  const [result, reexecute] = useQuery({
    query: VideoReaderAdvisoryQuery,
    variables: { id: videoId, region: region === 'GLOBAL' ? null : region },
    requestPolicy: 'cache-and-network',
  });
  const options = [...new Set([creatorRegion, ...REGIONS].filter((code) => /^[A-Z]{2}$/.test(code)))].map(
    (code) => ({ value: code, label: `${regionName(code)} (${code})` }),
  );
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id={titleId}>
          What a reader sees
        </Title>
        <Select
          label="Reader's region"
          data={[...options, { value: 'GLOBAL', label: 'Deployment default (global directory)' }]}
          value={region}
          onChange={(value) => value && setRegion(value)}
          allowDeselect={false}
          w={260}
          maw="100%"
        />
      </Group>
      <QueryState
        result={result}
        retry={reexecute}
        loading="Loading what a reader sees…"
        errorTitle="The reader's view could not be loaded"
      >
        {({ node }) => {
          if (node?.__typename !== 'AwarenessVideo' || !('advisory' in node)) return null;
          const { advisory } = node;
          const resources = advisory.crisisResources.nodes;
          return (
            <Card
              withBorder
              bg="var(--mantine-color-gray-0)"
              p="md"
              component="article"
              aria-label="Advisory as the reader sees it"
            >
              {advisory.required ? (
                <Stack gap="xs">
                  <Text fw={600}>{advisory.warningText}</Text>
                  <Group gap={4}>
                    {advisory.requiresOptIn && (
                      <Badge size="sm" variant="outline" color="red.9" tt="none">
                        Reader opts in before it plays
                      </Badge>
                    )}
                    {advisory.minimumAge && (
                      <Badge size="sm" variant="outline" color="gray.8" tt="none">
                        {advisory.minimumAge}+
                      </Badge>
                    )}
                    {advisory.sensitiveTopics.map((topic) => (
                      <Badge key={topic} size="sm" variant="outline" color="gray.8" tt="none">
                        {TOPIC_INFO[topic as Topic]?.label ?? topic}
                      </Badge>
                    ))}
                  </Group>
                  <Title order={3} size="h6" mt="xs">
                    Support, {region === 'GLOBAL' ? 'worldwide' : `for readers in ${regionName(region)}`}
                  </Title>
                  <CrisisLines resources={resources} />
                </Stack>
              ) : (
                <Text size="sm">Plays without an advisory: none of its topics is sensitive.</Text>
              )}
            </Card>
          );
        }}
      </QueryState>
    </Card>
  );
}
