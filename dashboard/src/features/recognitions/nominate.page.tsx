/**
 * Nominate a creator for a campaign's spotlight. The creator is found by handle or name; their videos are
 * listed with the advisories they carry; the citation is checked against the safe-messaging guidelines as
 * it is typed. The eligibility checks (consent, standing, training, advisories, safe messaging, capacity)
 * are asked of the server before anything is created and follow every change. Findings that block
 * publishing block nominating too; warnings and failed checks inform (a reviewer sees the same checks).
 */
import { CITATION_MAX, checkSafeMessaging, Permission, SafetySeverity, TOPIC_INFO } from '@beacon/shared';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  List,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useRef, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { z } from 'zod';
import { FormProblem } from '../../common/forms/form-problem';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import { useAction } from '../../common/notifications/use-action';
import { PageHeader } from '../../common/page/page-header';
import { Guarded } from '../../common/permissions/use-can';
import { EmptyState, LoadingState, QueryState } from '../../common/query-state/query-state';
import { SafeMessagingField } from '../../common/safe-messaging/safe-messaging.field';
import type { NominationCreatorVideosQuery as CreatorVideos } from '../../gql/graphql';
import { checksSummary, EligibilityChecks } from './eligibility-checks';
import {
  CreatorOptionsQuery,
  NominateMutation,
  NominationCampaignQuery,
  NominationCreatorVideosQuery,
  NominationEligibilityQuery,
} from './recognitions.operations';

const FEATURED_MAX = 5;

const blocking = (citation: string) =>
  checkSafeMessaging(citation).filter((f) => f.severity === SafetySeverity.BLOCK).length;

export const nominationSchema = z.object({
  creatorId: z.string().min(1, 'Choose the creator to nominate'),
  featuredVideoIds: z
    .array(z.string())
    .min(1, 'Choose at least one video to feature')
    .max(FEATURED_MAX, `Feature at most ${FEATURED_MAX} videos`),
  citation: z
    .string()
    .trim()
    .min(20, 'Write at least 20 characters on why they are recognised')
    .max(CITATION_MAX, `Keep the citation to ${CITATION_MAX} characters`)
    .refine((citation) => blocking(citation) === 0, {
      message: 'Fix the findings marked “Blocks publishing” before nominating',
    }),
});

type NominationValues = z.infer<typeof nominationSchema>;

export function NominatePage() {
  const [params] = useSearchParams();
  const slug = params.get('campaign') ?? '';
  const [result, reexecute] = useQuery({
    query: NominationCampaignQuery,
    variables: { slug },
    pause: !slug,
  });
  const back = (
    <Anchor component={Link} to={slug ? `/campaigns/${encodeURIComponent(slug)}` : '/campaigns'} size="sm">
      ← {slug ? 'Back to the campaign' : 'All campaigns'}
    </Anchor>
  );
  if (!slug)
    return (
      <>
        <PageHeader title="Nominate a creator" before={back} />
        <EmptyState title="Choose a campaign first">
          Open the campaign the creator should be spotlighted in and choose “Nominate a creator” there.
        </EmptyState>
      </>
    );
  return (
    <QueryState
      result={result}
      retry={reexecute}
      loading="Loading the campaign…"
      errorTitle="The campaign could not be loaded"
      isEmpty={(data) => !data.campaign}
      empty={
        <>
          <PageHeader title="Campaign not found" before={back} />
          <Text>There is no campaign with the address “{slug}”.</Text>
        </>
      }
    >
      {({ campaign }) =>
        campaign && (
          <>
            <PageHeader
              before={back}
              title="Nominate a creator"
              description={`For the ${campaign.name} spotlight (${campaign.hashtag}, room for ${campaign.spotlightCapacity} creators). Nothing is created until you nominate.`}
            />
            <Guarded permission={Permission.NOMINATE}>
              {(guard) =>
                guard.disabled ? (
                  <Button {...guard}>Nominate</Button>
                ) : (
                  <NominationForm campaignId={campaign.id} />
                )
              }
            </Guarded>
          </>
        )
      }
    </QueryState>
  );
}

function NominationForm({ campaignId }: { campaignId: string }) {
  const navigate = useNavigate();
  const { form, submit, problem } = useBeaconForm({
    schema: nominationSchema,
    defaultValues: { creatorId: '', featuredVideoIds: [], citation: '' },
  });
  const [creatorId, featuredVideoIds, citation] = useWatch({
    control: form.control,
    name: ['creatorId', 'featuredVideoIds', 'citation'],
  });
  const [, nominate] = useAction(NominateMutation, {
    success: (data) =>
      `@${data.nominateCreator.recognition.creator.handle} nominated; it now awaits safety review`,
    failure: 'The nomination was not made',
  });

  const onSubmit = submit(async (values: NominationValues) => {
    const result = await nominate({ input: { campaignId, ...values } });
    const id = result.data?.nominateCreator.recognition.id;
    if (id) {
      navigate(`/recognitions/${encodeURIComponent(id)}`);
    }
    return result;
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Nomination">
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <FormProblem problem={problem} title="Not nominated" />
            <Controller
              name="creatorId"
              control={form.control}
              render={({ field, fieldState }) => (
                <CreatorPicker
                  value={field.value}
                  onChange={(id) => {
                    field.onChange(id);
                    form.setValue('featuredVideoIds', [], { shouldValidate: false });
                  }}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                  inputRef={field.ref}
                />
              )}
            />
            <Controller
              name="featuredVideoIds"
              control={form.control}
              render={({ field, fieldState }) => (
                <VideoPicker
                  creatorId={creatorId}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Controller
              name="citation"
              control={form.control}
              render={({ field, fieldState }) => (
                <SafeMessagingField
                  label="Citation"
                  description="Why the creator is recognised, as the public hub will show it (20 to 2,000 characters)."
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                  required
                  maxLength={CITATION_MAX}
                />
              )}
            />
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                Nominate
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <EligibilityPreview
            campaignId={campaignId}
            creatorId={creatorId}
            featuredVideoIds={featuredVideoIds}
            citation={citation}
          />
        </Grid.Col>
      </Grid>
    </form>
  );
}

function CreatorPicker({
  value,
  onChange,
  onBlur,
  error,
  inputRef,
}: {
  value: string;
  onChange: (id: string) => void;
  onBlur: () => void;
  error: string | undefined;
  inputRef: React.Ref<HTMLInputElement>;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [{ data, fetching }] = useQuery({
    query: CreatorOptionsQuery,
    variables: { search: debounced.replace(/^@/, '') || null },
  });
  const options = (data?.creators.nodes ?? []).map((creator) => ({
    value: creator.id,
    label: `${creator.displayName} (@${creator.handle})`,
    disabled: creator.status === 'SUSPENDED',
  }));
  return (
    <Select
      ref={inputRef}
      label="Creator"
      description="Search by name or handle."
      placeholder="Type a name or @handle"
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already searched; Mantine's own filter would hide matches on the handle.
      filter={({ options: all }) => all}
      data={options}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      onBlur={onBlur}
      error={error}
      nothingFoundMessage={fetching ? 'Searching…' : 'No creator by that name or handle'}
      maxDropdownHeight={280}
    />
  );
}

type Video = CreatorVideos['awarenessVideos']['nodes'][number];

function VideoPicker({
  creatorId,
  value,
  onChange,
  error,
}: {
  creatorId: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}) {
  const [search, setSearch] = useState('');
  // Another creator's videos start unsearched.
  const [searchedCreator, setSearchedCreator] = useState(creatorId);
  if (searchedCreator !== creatorId) {
    setSearchedCreator(creatorId);
    setSearch('');
  }
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching, error: loadError }] = useQuery({
    query: NominationCreatorVideosQuery,
    variables: { creatorId, search: debounced || null },
    pause: !creatorId,
  });
  const found = data?.awarenessVideos.nodes ?? [];
  const total = data?.awarenessVideos.totalCount ?? 0;
  // Every video met so far, so the chosen ones stay listed (and chosen) while the search moves on.
  const known = useRef(new Map<string, Video>());
  for (const video of found) known.current.set(video.id, video);
  const chosenElsewhere = value
    .filter((id) => !found.some((video) => video.id === id))
    .flatMap((id) => known.current.get(id) ?? []);
  const videos = [...chosenElsewhere, ...found];
  const searching = debounced !== '';
  return (
    <Checkbox.Group
      label="Featured videos"
      description={`The creator's videos to show with the spotlight (1 to ${FEATURED_MAX}), each with its advisory.`}
      value={value}
      onChange={onChange}
      error={error}
      required
    >
      <Stack gap="xs" mt="xs">
        {!creatorId && (
          <Text size="sm" c="dimmed">
            Choose a creator to see their videos.
          </Text>
        )}
        {creatorId && (
          <TextInput
            type="search"
            label="Search their videos"
            description="By title or caption."
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            // Enter searches (it already has); it must not send the nomination with the videos ticked so far.
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault();
            }}
            autoComplete="off"
          />
        )}
        {creatorId && fetching && <LoadingState label="Loading their videos…" />}
        {loadError && (
          <Text size="sm" c="red.9" role="alert">
            Their videos could not be loaded: {loadError.message}
          </Text>
        )}
        {creatorId && data && !loadError && (
          <Text size="sm" c="dimmed" role="status">
            {found.length === 0
              ? searching
                ? `None of their videos matches “${debounced}”.`
                : 'This creator has no videos to feature yet.'
              : total > found.length
                ? `Showing ${found.length} of ${total}${searching ? ' matching' : ''} — search to find others.`
                : ''}
          </Text>
        )}
        {videos.map((video) => (
          <Card key={video.id} withBorder p="sm">
            <Checkbox
              value={video.id}
              disabled={!value.includes(video.id) && value.length >= FEATURED_MAX}
              label={video.title}
              description={
                video.advisory.required ? (
                  <>
                    Advisory: {video.advisory.warningText ?? 'warning required'}
                    {video.advisory.requiresOptIn ? ' Viewers opt in before it plays.' : ''}
                  </>
                ) : (
                  'No advisory needed.'
                )
              }
            />
            {video.advisory.sensitiveTopics.length > 0 && (
              <Group gap={4} mt={6} ml={32}>
                {video.advisory.sensitiveTopics.map((topic) => (
                  <Badge key={topic} size="sm" variant="outline" color="gray.8" tt="none">
                    {TOPIC_INFO[topic]?.label ?? topic}
                  </Badge>
                ))}
              </Group>
            )}
          </Card>
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function EligibilityPreview({
  campaignId,
  creatorId,
  featuredVideoIds,
  citation,
}: {
  campaignId: string;
  creatorId: string;
  featuredVideoIds: string[];
  citation: string;
}) {
  const titleId = useId();
  const [draft] = useDebouncedValue(citation.trim(), 500);
  const [{ data, fetching, error }] = useQuery({
    query: NominationEligibilityQuery,
    variables: { campaignId, creatorId, featuredVideoIds, citation: draft || null },
    pause: !creatorId,
    requestPolicy: 'cache-and-network',
  });
  const result = data?.nominationEligibility;
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="xs">
        Eligibility
      </Title>
      {!creatorId ? (
        <Text size="sm" c="dimmed">
          Choose a creator to see whether they can be spotlighted. Nothing is created until you nominate.
        </Text>
      ) : error ? (
        <Text size="sm" c="red.9" role="alert">
          The checks could not be run: {error.message}
        </Text>
      ) : !result ? (
        <LoadingState label="Checking eligibility…" />
      ) : (
        <Stack gap="sm">
          <Text size="sm" role="status" fw={500} aria-busy={fetching}>
            {checksSummary(result.checks)}
            {result.eligible
              ? '.'
              : '. You can still nominate; approval and publishing need every check to pass.'}
          </Text>
          {result.nominationBlockers.length > 0 && (
            <Alert color="red.9" variant="outline" title="This nomination would be refused">
              <List size="sm">
                {result.nominationBlockers.map((blocker) => (
                  <List.Item key={blocker}>{blocker}</List.Item>
                ))}
              </List>
              {result.liveNomination && (
                <Anchor component={Link} to={`/recognitions/${result.liveNomination.id}`} size="sm">
                  Open the live nomination
                </Anchor>
              )}
            </Alert>
          )}
          <EligibilityChecks checks={result.checks} labelledBy={titleId} />
        </Stack>
      )}
    </Card>
  );
}
