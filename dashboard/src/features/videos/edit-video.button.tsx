/**
 * "Edit" on a video's page: its caption (checked against the safe-messaging guidelines as it is typed),
 * hashtags and length, saved on the record's version. If someone saved the video meanwhile, the conflict
 * dialog shows both sets of changes and nothing typed is lost.
 */
import { CAPTION_MAX, Permission, type Topic } from '@beacon/shared';
import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useClient, useMutation } from 'urql';
import { z } from 'zod';
import { useVersionedForm } from '../../common/conflict/use-versioned-form';
import { CancelButton, FormModal } from '../../common/forms/form-modal';
import { FormProblem } from '../../common/forms/form-problem';
import { notify } from '../../common/notifications/notify';
import { Guarded } from '../../common/permissions/use-can';
import { SafeMessagingField } from '../../common/safe-messaging/safe-messaging.field';
import { hashtagText, parseHashtags } from './video-labels';
import { UpdateVideoMutation, VideoQuery } from './videos.operations';

const HASHTAG = /^[a-z0-9_]+$/;

export const videoSchema = z.object({
  caption: z.string().max(CAPTION_MAX, `At most ${CAPTION_MAX} characters`),
  hashtags: z
    .string()
    .refine((text) => parseHashtags(text).every((tag) => HASHTAG.test(tag)), {
      message: 'Each hashtag must be letters, digits or underscores',
    })
    .refine((text) => parseHashtags(text).length <= 50, { message: 'At most 50 hashtags' }),
  durationSeconds: z
    .number({ message: 'Enter the length in seconds' })
    .int('Whole seconds only')
    .min(1, 'At least 1 second'),
});
export type VideoValues = z.output<typeof videoSchema>;

const LABELS = { caption: 'Caption', hashtags: 'Hashtags', durationSeconds: 'Length (seconds)' } as const;

export interface EditableVideo {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly caption: string;
  readonly hashtags: readonly string[];
  readonly durationSeconds: number;
  readonly topics: readonly string[];
}

export const videoValues = (
  video: Omit<EditableVideo, 'id' | 'version' | 'title' | 'topics'>,
): VideoValues => ({
  caption: video.caption,
  hashtags: hashtagText(video.hashtags),
  durationSeconds: video.durationSeconds,
});

export function EditVideoButton({ video }: { video: EditableVideo }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Guarded permission={Permission.CATALOGUE_WRITE}>
        {(props) => (
          <Button variant="default" {...props} onClick={open}>
            Edit
          </Button>
        )}
      </Guarded>
      <FormModal opened={opened} onClose={close} title={`Edit “${video.title}”`} size="xl">
        {opened && <EditVideoForm video={video} onDone={close} />}
      </FormModal>
    </>
  );
}

function EditVideoForm({ video, onDone }: { video: EditableVideo; onDone: () => void }) {
  const client = useClient();
  const record = useMemo(() => ({ values: videoValues(video), version: video.version }), [video]);
  const fetchLatest = useCallback(async () => {
    const result = await client
      .query(VideoQuery, { id: video.id }, { requestPolicy: 'network-only' })
      .toPromise();
    const node = result.data?.node;
    return node?.__typename === 'AwarenessVideo' && 'caption' in node
      ? { values: videoValues(node), version: node.version }
      : null;
  }, [client, video.id]);
  const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
    schema: videoSchema,
    record,
    labels: LABELS,
    fetchLatest,
  });
  const [{ fetching }, update] = useMutation(UpdateVideoMutation);
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      onSubmit={submit(async (values) => {
        const result = await update({
          input: {
            id: video.id,
            expectedVersion,
            caption: values.caption,
            hashtags: parseHashtags(values.hashtags),
            durationSeconds: values.durationSeconds,
          },
        });
        if (result.data) {
          notify.success(`“${video.title}” saved`);
          onDone();
        }
        return result;
      })}
    >
      <FormProblem problem={problem} title="The video was not saved" />
      <Stack gap="md">
        <Controller
          name="caption"
          control={form.control}
          render={({ field, fieldState }) => (
            <SafeMessagingField
              label={LABELS.caption}
              name={field.name}
              topics={video.topics as Topic[]}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              maxLength={CAPTION_MAX}
            />
          )}
        />
        <TextInput
          label={LABELS.hashtags}
          description="Separated by spaces or commas, with or without #"
          autoComplete="off"
          spellCheck={false}
          {...form.register('hashtags')}
          error={errors.hashtags?.message}
        />
        <Controller
          name="durationSeconds"
          control={form.control}
          render={({ field, fieldState }) => (
            <NumberInput
              label={LABELS.durationSeconds}
              name={field.name}
              ref={field.ref}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
              onBlur={field.onBlur}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              error={fieldState.error?.message}
              w={200}
            />
          )}
        />
      </Stack>
      <Group justify="flex-end" mt="md">
        <CancelButton />
        <Button type="submit" loading={fetching}>
          Save video
        </Button>
      </Group>
      {conflictDialog}
    </form>
  );
}
