/**
 * The recognition's public hub card exactly as a reader in a chosen region gets it (the server renders it
 * through the hub's own resolvers): the citation, each featured video with its advisory and whether the
 * reader must opt in, and the crisis resources for that region. Says whether the hub shows it now and why
 * not.
 */
import { TOPIC_INFO } from '@beacon/shared';
import { Alert, Badge, Card, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../common/query-state/query-state';
import { CrisisLines } from '../crisis-resources/crisis-lines';
import { SpotlightPreviewQuery } from './recognitions.operations';

const REGIONS = ['US', 'GB', 'IE', 'SG', 'AU', 'CA', 'DE', 'IN'];
const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const regionName = (code: string) => {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
};

export function SpotlightPreview({
  recognitionId,
  creatorRegion,
  version,
}: {
  recognitionId: string;
  creatorRegion: string;
  /** The recognition's version: the preview follows every change of it. */
  version: number;
}) {
  const titleId = useId();
  const [region, setRegion] = useState<string>(REGIONS.includes(creatorRegion) ? creatorRegion : 'US');
  const [result, reexecute] = useQuery({
    query: SpotlightPreviewQuery,
    variables: { recognitionId, region: region === 'GLOBAL' ? null : region },
    requestPolicy: 'cache-and-network',
  });
  // A workflow step (publishing, a new citation) changes the card: fetch it again for the new version.
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);
  const options = [...new Set([creatorRegion, ...REGIONS].filter((code) => /^[A-Z]{2}$/.test(code)))].map(
    (code) => ({ value: code, label: `${regionName(code)} (${code})` }),
  );
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id={titleId}>
          Hub card preview
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
        loading="Loading the preview…"
        errorTitle="The preview could not be loaded"
        isEmpty={(data) => !data.spotlightPreview}
        empty={<Text size="sm">There is no preview for this recognition.</Text>}
      >
        {({ spotlightPreview: preview }) =>
          preview && (
            <Stack gap="sm">
              {preview.shownInHub ? (
                <Text size="sm" fw={500}>
                  The hub shows this card now, at position {preview.spotlight.rank}.
                </Text>
              ) : (
                <Alert variant="outline" color="gray.8" title="Not shown in the hub now" p="xs">
                  <List size="sm">
                    {preview.notShownBecause.map((why) => (
                      <List.Item key={why}>{why}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              <Card
                withBorder
                bg="var(--mantine-color-gray-0)"
                p="md"
                aria-label="Card as the reader sees it"
                component="article"
              >
                <Text fw={700}>{preview.spotlight.creator.displayName}</Text>
                <Text size="sm" c="dimmed">
                  @{preview.spotlight.creator.handle} · position {preview.spotlight.rank}
                </Text>
                <Text mt="xs">{preview.spotlight.citation}</Text>
                <Stack gap="xs" mt="sm">
                  {preview.spotlight.featuredVideos.nodes.map((video) => (
                    <Card key={video.id} withBorder p="xs">
                      <Text size="sm" fw={500}>
                        {video.title}
                      </Text>
                      {video.advisory.required ? (
                        <>
                          <Text size="sm">{video.advisory.warningText}</Text>
                          <Group gap={4} mt={4}>
                            {video.advisory.requiresOptIn && (
                              <Badge size="sm" variant="outline" color="red.9" tt="none">
                                Reader opts in before it plays
                              </Badge>
                            )}
                            {video.advisory.minimumAge && (
                              <Badge size="sm" variant="outline" color="gray.8" tt="none">
                                {video.advisory.minimumAge}+
                              </Badge>
                            )}
                            {video.advisory.sensitiveTopics.map((topic) => (
                              <Badge key={topic} size="sm" variant="outline" color="gray.8" tt="none">
                                {TOPIC_INFO[topic]?.label ?? topic}
                              </Badge>
                            ))}
                          </Group>
                        </>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Plays without an advisory.
                        </Text>
                      )}
                    </Card>
                  ))}
                </Stack>
                <Title order={3} size="h6" mt="md">
                  Support, {preview.region ? `for readers in ${regionName(preview.region)}` : 'worldwide'}
                </Title>
                <CrisisLines resources={preview.crisisResources.nodes} />
              </Card>
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}
