/**
 * A creator's details, edited without overwriting a colleague: the form sends the version it started
 * from, and when someone saved first it shows what they changed and reapplies yours onto their version
 * (use-versioned-form.tsx). The bio is checked against the safe-messaging guidelines as it is typed.
 */
import {
  BIO_MAX,
  HANDLE_PATTERN,
  NAME_MAX,
  normaliseHandle,
  Permission,
  TOPIC_INFO,
  type Topic,
  URL_MAX,
} from '@beacon/shared';
import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useClient } from 'urql';
import { z } from 'zod';
import { useVersionedForm } from '../../common/conflict/use-versioned-form';
import { FormProblem } from '../../common/forms/form-problem';
import { useAction } from '../../common/notifications/use-action';
import { Guarded, useCan } from '../../common/permissions/use-can';
import { SafeMessagingField } from '../../common/safe-messaging/safe-messaging.field';
import type { CreatorStatus, CreatorProfileQuery as ProfileResult } from '../../gql/graphql';
import { CreatorProfileQuery, UpdateCreatorMutation } from './creator.operations';
import { isRegionCode } from './creator-csv';

type Profile = Extract<NonNullable<ProfileResult['node']>, { __typename?: 'Creator' }>;

const TOPIC_OPTIONS = (Object.entries(TOPIC_INFO) as [Topic, { label: string }][]).map(([value, info]) => ({
  value,
  label: info.label,
}));

const schema = z.object({
  displayName: z.string().trim().min(1, 'Enter a display name').max(NAME_MAX),
  handle: z
    .string()
    .refine((h) => HANDLE_PATTERN.test(normaliseHandle(h)), '2 to 30 letters, digits, dots or underscores'),
  bio: z.string().max(BIO_MAX, `At most ${BIO_MAX} characters`),
  region: z
    .string()
    .trim()
    .transform((r) => r.toUpperCase())
    .refine(isRegionCode, 'A two-letter region code such as GB or US'),
  languages: z.string(),
  topics: z.array(z.string()),
  followerCount: z.number({ message: 'A whole number' }).int('A whole number').min(0, 'Zero or more'),
  profileUrl: z
    .string()
    .trim()
    .max(URL_MAX)
    .url('A full link starting with https://')
    .startsWith('https://', 'A link starting with https://'),
  status: z.enum(['ACTIVE', 'SUSPENDED']),
});
type Values = z.output<typeof schema>;

const LABELS = {
  displayName: 'Display name',
  handle: 'Handle',
  bio: 'Bio',
  region: 'Region',
  languages: 'Languages',
  topics: 'Topics',
  followerCount: 'Followers',
  profileUrl: 'Profile link',
  status: 'Standing',
} as const;

const splitLanguages = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((l) => l.trim())
    .filter(Boolean);

export const valuesOf = (c: Pick<Profile, keyof typeof LABELS>): Values => ({
  displayName: c.displayName,
  handle: c.handle,
  bio: c.bio,
  region: c.region,
  languages: c.languages.join(', '),
  topics: [...c.topics],
  followerCount: c.followerCount,
  profileUrl: c.profileUrl,
  status: (c.status ?? 'ACTIVE') as Values['status'],
});

export function CreatorDetailsForm({ creator }: { creator: Profile }) {
  const client = useClient();
  const canEdit = useCan(Permission.CATALOGUE_WRITE).allowed;
  const [{ fetching }, update] = useAction(UpdateCreatorMutation, {
    success: (data) => `Saved @${data.updateCreator.creator.handle}`,
    failure: 'The creator was not saved',
  });
  const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
    schema,
    labels: LABELS,
    record: { values: valuesOf(creator), version: creator.version },
    fetchLatest: async () => {
      const latest = await client
        .query(CreatorProfileQuery, { id: creator.id }, { requestPolicy: 'network-only' })
        .toPromise();
      const node = latest.data?.node;
      return node && 'handle' in node ? { values: valuesOf(node), version: node.version } : null;
    },
  });
  const errors = form.formState.errors;
  const topics = form.watch('topics') as Topic[];

  const onSubmit = submit((values) =>
    update({
      input: {
        id: creator.id,
        expectedVersion,
        ...values,
        handle: normaliseHandle(values.handle),
        languages: splitLanguages(values.languages),
        topics: values.topics as Topic[],
        status: values.status as CreatorStatus,
      },
    }),
  );

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Creator details">
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="sm">
          <FormProblem problem={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={LABELS.displayName}
              required
              {...form.register('displayName')}
              error={errors.displayName?.message}
            />
            <TextInput
              label={LABELS.handle}
              required
              leftSection="@"
              autoComplete="off"
              spellCheck={false}
              {...form.register('handle')}
              error={errors.handle?.message}
            />
            <TextInput
              label={LABELS.region}
              description="Two-letter code, such as GB"
              required
              maxLength={2}
              autoComplete="off"
              {...form.register('region')}
              error={errors.region?.message}
            />
            <TextInput
              label={LABELS.languages}
              description="Language tags separated by commas, such as en, cy"
              {...form.register('languages')}
              error={errors.languages?.message}
            />
            <Controller
              control={form.control}
              name="followerCount"
              render={({ field }) => (
                <NumberInput
                  label={LABELS.followerCount}
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator=","
                  name={field.name}
                  ref={field.ref}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                  onBlur={field.onBlur}
                  error={errors.followerCount?.message}
                />
              )}
            />
            <TextInput
              label={LABELS.profileUrl}
              type="url"
              required
              {...form.register('profileUrl')}
              error={errors.profileUrl?.message}
            />
            <Controller
              control={form.control}
              name="topics"
              render={({ field }) => (
                <MultiSelect
                  label={LABELS.topics}
                  data={TOPIC_OPTIONS}
                  searchable
                  name={field.name}
                  ref={field.ref}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errors.topics?.message}
                />
              )}
            />
            <NativeSelect
              label={LABELS.status}
              data={[
                { value: 'ACTIVE', label: 'Active' },
                { value: 'SUSPENDED', label: 'Suspended' },
              ]}
              {...form.register('status')}
              error={errors.status?.message}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="bio"
            render={({ field, fieldState }) => (
              <SafeMessagingField
                label={LABELS.bio}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                topics={topics}
                maxLength={BIO_MAX}
                rows={4}
                error={fieldState.error?.message}
              />
            )}
          />
        </Stack>
      </fieldset>
      <Group mt="md" gap="sm">
        <Guarded permission={Permission.CATALOGUE_WRITE}>
          {(props) => (
            <Button type="submit" loading={fetching} {...props}>
              Save details
            </Button>
          )}
        </Guarded>
        {canEdit && form.formState.isDirty && (
          <Button variant="default" onClick={() => form.reset()}>
            Discard changes
          </Button>
        )}
      </Group>
      {conflictDialog}
    </form>
  );
}
