/**
 * Editing a campaign (`/campaigns/:slug/edit`, catalogue writers): its details, spotlight capacity and
 * partners on one versioned form (a colleague's newer save opens the conflict dialog; nothing typed is
 * lost), and its programming windows, added with a start and end in one IANA time zone or removed. The
 * server refuses a capacity below the number of published spotlights; its words appear next to the field.
 * Every mutation answers with the campaign in the board's shape, so the board shows the change at once.
 * "Cancel" goes back to the board without saving the details, asking first when any were changed.
 */
import { BIO_MAX, NAME_MAX, PROGRAMMING_WINDOWS_MAX, TITLE_MAX } from '@beacon/shared';
import {
  Anchor,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useMemo, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { z } from 'zod';
import { useVersionedForm } from '../../common/conflict/use-versioned-form';
import { FormProblem } from '../../common/forms/form-problem';
import { ClearableMultiSelect } from '../../common/forms/reachable-clear';
import { useLeavePage } from '../../common/forms/unsaved-changes';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import { useAction } from '../../common/notifications/use-action';
import { PageHeader } from '../../common/page/page-header';
import { EmptyState, QueryState } from '../../common/query-state/query-state';
import { DateTimeRangeFields } from '../../common/time/date-time-range.input';
import { toInstant, userTimeZone } from '../../common/time/zoned-time';
import type { CampaignQuery as CampaignResult } from '../../gql/graphql';
import { notAllShown } from './board-model';
import { formatWindow } from './campaign-dates';
import {
  AddProgrammingWindowMutation,
  PartnerOptionsQuery,
  RemoveProgrammingWindowMutation,
  UpdateCampaignMutation,
} from './campaign-edit.operations';
import { CampaignQuery } from './campaigns.operations';

type Campaign = NonNullable<CampaignResult['campaign']>;

/** The server's limits (campaign.inputs.ts). */
const CAPACITY_MAX = 100;
const THEME_MAX = 500;
const DESCRIPTION_MAX = 5_000;
const HASHTAG = /^#[\p{L}\p{N}_]{1,100}$/u;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const detailsSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a name').max(NAME_MAX, `At most ${NAME_MAX} characters`),
    hashtag: z.string().trim().regex(HASHTAG, 'A # followed by letters, digits or underscores'),
    theme: z.string().trim().min(1, 'Enter the theme').max(THEME_MAX, `At most ${THEME_MAX} characters`),
    description: z.string().trim().max(DESCRIPTION_MAX, `At most ${DESCRIPTION_MAX} characters`),
    startsOn: z.string().regex(LOCAL_DATE, 'Choose the first day'),
    endsOn: z.string().regex(LOCAL_DATE, 'Choose the last day'),
    spotlightCapacity: z.coerce
      .number<string | number>({ message: 'Enter the number of places' })
      .int('Enter a whole number of places')
      .min(1, 'At least one place')
      .max(CAPACITY_MAX, `At most ${CAPACITY_MAX} places`),
    partnerIds: z.array(z.string()),
  })
  .refine((v) => v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'The last day cannot be before the first day',
  });
type DetailsValues = z.output<typeof detailsSchema>;

const DETAIL_LABELS = {
  name: 'Name',
  hashtag: 'Hashtag',
  theme: 'Theme',
  description: 'Description',
  startsOn: 'First day',
  endsOn: 'Last day',
  spotlightCapacity: 'Spotlight capacity',
  partnerIds: 'Partners',
} as const satisfies Record<keyof DetailsValues, string>;

const detailsOf = (c: Campaign): DetailsValues => ({
  name: c.name,
  hashtag: c.hashtag,
  theme: c.theme,
  description: c.description,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  spotlightCapacity: c.spotlightCapacity,
  partnerIds: c.partners.nodes.map((p) => p.id),
});

const nameIn = (names: ReadonlyMap<string, string>, id: string) =>
  names.get(id) ?? 'an organisation not listed';

export function CampaignEditPage() {
  const { slug = '' } = useParams();
  const [result, reexecute] = useQuery({ query: CampaignQuery, variables: { slug } });
  const boardLink = `/campaigns/${encodeURIComponent(slug)}`;
  return (
    <QueryState
      result={result}
      retry={reexecute}
      loading="Loading campaign…"
      errorTitle="This campaign could not be loaded"
      isEmpty={(data) => !data.campaign}
      empty={
        <>
          <PageHeader
            title="Campaign not found"
            before={
              <Anchor component={Link} to="/campaigns" size="sm">
                ← All campaigns
              </Anchor>
            }
          />
          <Text>There is no campaign with the address “{slug}”.</Text>
        </>
      }
    >
      {({ campaign }) =>
        campaign && (
          <>
            <PageHeader
              before={
                <Anchor component={Link} to={boardLink} size="sm">
                  ← Back to the board of {campaign.name}
                </Anchor>
              }
              documentTitle={`Edit ${campaign.name}`}
              title={`Edit ${campaign.name}`}
              description="Details, spotlight capacity, partners and programming windows."
            />
            <Stack gap="xl">
              <DetailsForm campaign={campaign} />
              <WindowsEditor campaign={campaign} />
            </Stack>
          </>
        )
      }
    </QueryState>
  );
}

function DetailsForm({ campaign }: { campaign: Campaign }) {
  const client = useClient();
  const titleId = useId();
  // The picker asks the server for organisations matching what is typed: a programme has hundreds.
  const [partnerSearch, setPartnerSearch] = useState('');
  const [searched] = useDebouncedValue(partnerSearch.trim(), 250);
  const [partners] = useQuery({ query: PartnerOptionsQuery, variables: { search: searched || null } });
  // Every organisation's name met so far (current partners, search results), so a chosen partner keeps its
  // name in the field and in the conflict dialog after the search moves on.
  const knownNames = useRef(new Map<string, string>());
  const [{ fetching }, update] = useAction(UpdateCampaignMutation, {
    success: (data) => `Saved ${data.updateCampaign.campaign.name}`,
    failure: 'The campaign was not saved',
  });
  const record = useMemo(() => ({ values: detailsOf(campaign), version: campaign.version }), [campaign]);
  for (const p of campaign.partners.nodes) knownNames.current.set(p.id, p.name);
  for (const o of partners.data?.organisations.nodes ?? []) knownNames.current.set(o.id, o.name);
  const nameOf = (id: string) => nameIn(knownNames.current, id);
  // The conflict dialog names partners rather than showing their ids (the ref only grows).
  const describe = useMemo(
    () => ({
      partnerIds: (ids: string[]) =>
        ids.length ? ids.map((id) => nameIn(knownNames.current, id)).join(', ') : '(none)',
    }),
    [],
  );
  const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
    schema: detailsSchema,
    labels: DETAIL_LABELS,
    describe,
    record,
    fetchLatest: async () => {
      const latest = await client
        .query(CampaignQuery, { slug: campaign.slug }, { requestPolicy: 'network-only' })
        .toPromise();
      const c = latest.data?.campaign;
      return c ? { values: detailsOf(c), version: c.version } : null;
    },
  });
  const errors = form.formState.errors;
  const partnerOptionsFor = (chosen: string[]) => {
    const ids = new Set([...chosen, ...(partners.data?.organisations.nodes ?? []).map((o) => o.id)]);
    return [...ids].map((value) => ({ value, label: nameOf(value) }));
  };
  const navigate = useNavigate();
  const leavePage = useLeavePage();
  // Compared as the server would read them: a number field holds "14" where the saved values hold 14.
  const changedFields = (values: DetailsValues) =>
    (Object.keys(DETAIL_LABELS) as (keyof DetailsValues)[]).filter(
      (field) => JSON.stringify(values[field]) !== JSON.stringify(record.values[field]),
    );

  const saveButton = useRef<HTMLButtonElement>(null);
  const onSubmit = submit(async (values) => {
    // Send only what differs from the campaign as last read: an untouched partner list is not rewritten
    // (nor audited as a change). A conflict's reapplied values differ from the latest, so they are sent.
    const changed = Object.fromEntries(changedFields(values).map((field) => [field, values[field]]));
    const result = await update({ input: { id: campaign.id, expectedVersion, ...changed } });
    // The button is disabled while saving, which drops the focus to the page's body: put it back where
    // the person pressed, unless they have moved on meanwhile.
    if (!result.error && document.activeElement === document.body)
      requestAnimationFrame(() => saveButton.current?.focus());
    return result;
  });

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        Details
      </Title>
      <form noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
        <Stack gap="sm">
          <FormProblem problem={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={DETAIL_LABELS.name}
              required
              {...form.register('name')}
              error={errors.name?.message}
            />
            <TextInput
              label={DETAIL_LABELS.hashtag}
              description="Starting with #, such as #WorldMentalHealthDay"
              required
              autoComplete="off"
              spellCheck={false}
              {...form.register('hashtag')}
              error={errors.hashtag?.message}
            />
            <TextInput
              label={DETAIL_LABELS.startsOn}
              type="date"
              required
              {...form.register('startsOn')}
              error={errors.startsOn?.message}
            />
            <TextInput
              label={DETAIL_LABELS.endsOn}
              type="date"
              required
              {...form.register('endsOn')}
              error={errors.endsOn?.message}
            />
          </SimpleGrid>
          <TextInput
            label={DETAIL_LABELS.theme}
            required
            {...form.register('theme')}
            error={errors.theme?.message}
          />
          <Textarea
            label={DETAIL_LABELS.description}
            autosize
            minRows={3}
            {...form.register('description')}
            error={errors.description?.message}
          />
          <TextInput
            label={DETAIL_LABELS.spotlightCapacity}
            description={`How many creators may be spotlighted at once (1 to ${CAPACITY_MAX}); not fewer than are published now.`}
            type="number"
            inputMode="numeric"
            min={1}
            max={CAPACITY_MAX}
            required
            // A number needs a short box; its description keeps the form's width rather than wrapping.
            styles={{ wrapper: { maxWidth: 320 } }}
            {...form.register('spotlightCapacity')}
            error={errors.spotlightCapacity?.message}
          />
          <Controller
            control={form.control}
            name="partnerIds"
            render={({ field }) => (
              <ClearableMultiSelect
                // The chosen ones (hidden from the dropdown once picked) keep their names; the rest are
                // the server's matches for what is typed, not filtered again here.
                label={DETAIL_LABELS.partnerIds}
                clearLabel="Clear every partner"
                description={
                  partners.error
                    ? 'The list of organisations could not be loaded; the current partners are kept.'
                    : 'Type to search every partner organisation by name.'
                }
                placeholder={field.value.length ? undefined : 'Choose organisations'}
                searchable
                hidePickedOptions
                nothingFoundMessage={partners.fetching ? 'Searching…' : 'No organisation by that name'}
                searchValue={partnerSearch}
                onSearchChange={setPartnerSearch}
                filter={({ options }) => options}
                data={partnerOptionsFor(field.value)}
                name={field.name}
                ref={field.ref}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.partnerIds?.message}
              />
            )}
          />
          <Group>
            <Button type="submit" loading={fetching} ref={saveButton}>
              Save details
            </Button>
            {/* Leaving without saving is a choice the person makes here, confirmed when something changed
                (as a link off the page is: unsaved-changes.tsx); the board's heading takes focus. */}
            <Button
              variant="default"
              onClick={() => leavePage(() => navigate(`/campaigns/${encodeURIComponent(campaign.slug)}`))}
            >
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
      {conflictDialog}
    </Card>
  );
}

const zoned = z
  .object({ date: z.string(), time: z.string(), timeZone: z.string() })
  .refine((value) => toInstant(value) !== null, 'Enter a date, a time and a time zone');

const windowSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Give the window a title')
      .max(TITLE_MAX, `At most ${TITLE_MAX} characters`),
    description: z.string().trim().max(BIO_MAX, `At most ${BIO_MAX} characters`),
    startsAt: zoned,
    endsAt: zoned,
  })
  .refine(
    (v) => {
      const start = toInstant(v.startsAt);
      const end = toInstant(v.endsAt);
      return !start || !end || end.instant >= start.instant;
    },
    { path: ['endsAt'], message: 'The window cannot close before it opens' },
  );
type WindowValues = z.output<typeof windowSchema>;

const emptyWindow = (campaign: Campaign): WindowValues => {
  const timeZone = userTimeZone();
  return {
    title: '',
    description: '',
    startsAt: { date: campaign.startsOn, time: '09:00', timeZone },
    endsAt: { date: campaign.startsOn, time: '17:00', timeZone },
  };
};

function WindowsEditor({ campaign }: { campaign: Campaign }) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const windows = campaign.programmingWindows;
  const more = notAllShown(windows.nodes.length, windows.totalCount, 'programming windows');
  const [added, add] = useAction(AddProgrammingWindowMutation, {
    success: 'Programming window added',
    failure: 'The programming window was not added',
    announceConflict: true,
  });
  const [removed, remove] = useAction(RemoveProgrammingWindowMutation, {
    success: 'Programming window removed',
    failure: 'The programming window was not removed',
    announceConflict: true,
  });
  const { form, submit, problem } = useBeaconForm({
    schema: windowSchema,
    defaultValues: emptyWindow(campaign),
  });
  const errors = form.formState.errors;
  const focusHeading = () => requestAnimationFrame(() => heading.current?.focus());

  const onAdd = submit(async (values) => {
    const result = await add({
      input: {
        campaignId: campaign.id,
        // Adding a window is a change to the campaign; the version read with the page guards it.
        expectedVersion: campaign.version,
        title: values.title,
        description: values.description,
        startsAt: (toInstant(values.startsAt) as { instant: Date }).instant.toISOString(),
        endsAt: (toInstant(values.endsAt) as { instant: Date }).instant.toISOString(),
        timeZone: values.startsAt.timeZone,
      },
    });
    if (!result.error) {
      // Keep the zone for the next window; clear the rest. Focus goes to the list, now holding the new one.
      const next = emptyWindow(campaign);
      const timeZone = values.startsAt.timeZone;
      form.reset({ ...next, startsAt: { ...next.startsAt, timeZone }, endsAt: { ...next.endsAt, timeZone } });
      focusHeading();
    }
    return result;
  });

  const onRemove = async (windowId: string) => {
    const result = await remove({ input: { windowId, campaignExpectedVersion: campaign.version } });
    if (!result.error) focusHeading();
  };

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm" ref={heading} tabIndex={-1}>
        Programming windows ({windows.totalCount})
      </Title>
      {more && (
        <Text size="sm" fw={600} mb="xs">
          {more}
        </Text>
      )}
      {windows.nodes.length === 0 ? (
        <EmptyState title="No programming windows yet" />
      ) : (
        <Stack
          component="ul"
          gap="xs"
          m={0}
          p={0}
          mb="md"
          style={{ listStyle: 'none' }}
          aria-labelledby={titleId}
        >
          {windows.nodes.map((slot) => (
            <Card component="li" withBorder padding="sm" key={slot.id}>
              <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Title order={3} size="h5">
                    {slot.title}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {formatWindow(slot.startsAt, slot.endsAt, slot.timeZone)}
                  </Text>
                </div>
                <Button
                  variant="default"
                  color="red"
                  size="xs"
                  loading={removed.fetching && removed.operation?.variables.input.windowId === slot.id}
                  onClick={() => void onRemove(slot.id)}
                >
                  Remove<VisuallyHidden> {slot.title}</VisuallyHidden>
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <Title order={3} size="h4" mt="md" mb="xs">
        Add a programming window
      </Title>
      {windows.totalCount >= PROGRAMMING_WINDOWS_MAX && (
        <Text size="sm" fw={600} mb="xs">
          This campaign has {windows.totalCount} programming windows, the most a campaign can have: remove one
          to add another.
        </Text>
      )}
      <form noValidate onSubmit={onAdd} aria-label="Add a programming window">
        <Stack gap="sm">
          <FormProblem problem={problem} />
          <TextInput label="Title" required {...form.register('title')} error={errors.title?.message} />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            {...form.register('description')}
            error={errors.description?.message}
          />
          <DateTimeRangeFields
            form={form}
            start={{ legend: 'Opens' }}
            end={{ legend: 'Closes', description: 'In the same time zone as the opening.' }}
          />
          <Group>
            <Button type="submit" loading={added.fetching}>
              Add window
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
