/**
 * Changing a nomination's citation (and saying what changed): on a nomination returned for changes, saving
 * resubmits it for safety review. Versioned: if someone else saved first, the conflict dialog shows both
 * sides and nothing typed is lost. Blocking safe-messaging findings stop the save, as when nominating.
 */
import { CITATION_MAX, checkSafeMessaging, SafetySeverity } from '@beacon/shared';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useClient } from 'urql';
import { z } from 'zod';
import { useVersionedForm } from '../../common/conflict/use-versioned-form';
import { FormProblem } from '../../common/forms/form-problem';
import { useAction } from '../../common/notifications/use-action';
import { SafeMessagingField } from '../../common/safe-messaging/safe-messaging.field';
import type { RecognitionFieldsFragment } from '../../gql/graphql';
import { EditNominationMutation, RecognitionQuery } from './recognitions.operations';

const editSchema = z.object({
  citation: z
    .string()
    .trim()
    .min(20, 'Write at least 20 characters on why they are recognised')
    .max(CITATION_MAX, `Keep the citation to ${CITATION_MAX} characters`)
    .refine(
      (citation) => !checkSafeMessaging(citation).some((f) => f.severity === SafetySeverity.BLOCK),
      'Fix the findings marked “Blocks publishing” before saving',
    ),
  note: z.string().trim().max(4000, 'Keep the note to 4,000 characters'),
});

const LABELS = { citation: 'Citation', note: 'Note' };

export function EditNominationForm({
  recognition,
  onSaved,
}: {
  recognition: RecognitionFieldsFragment;
  onSaved: () => void;
}) {
  const client = useClient();
  const returned = recognition.status === 'RETURNED_FOR_CHANGES';
  const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
    schema: editSchema,
    labels: LABELS,
    record: { values: { citation: recognition.citation, note: '' }, version: recognition.version },
    fetchLatest: async () => {
      const latest = await client
        .query(RecognitionQuery, { id: recognition.id }, { requestPolicy: 'network-only' })
        .toPromise();
      const r = latest.data?.recognition;
      return r && { values: { citation: r.citation, note: '' }, version: r.version };
    },
  });
  const [, edit] = useAction(EditNominationMutation, {
    success: returned ? 'Resubmitted for safety review' : 'Nomination saved',
    failure: returned ? 'Not resubmitted' : 'Not saved',
  });
  return (
    <form
      noValidate
      aria-label="Edit the nomination"
      onSubmit={submit(async ({ citation, note }) => {
        const result = await edit({
          input: { id: recognition.id, expectedVersion, citation, note: note || null },
        });
        if (!result.error) {
          form.reset({ citation, note: '' });
          onSaved();
        }
        return result;
      })}
    >
      <Stack gap="md">
        <FormProblem problem={problem} title={returned ? 'Not resubmitted' : 'Not saved'} />
        <Controller
          name="citation"
          control={form.control}
          render={({ field, fieldState }) => (
            <SafeMessagingField
              label="Citation"
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
        <Textarea
          label={returned ? 'What you changed' : 'Note for the thread (optional)'}
          description="Staff only; kept in the note thread."
          autosize
          minRows={2}
          {...form.register('note')}
          error={form.formState.errors.note?.message}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {returned ? 'Resubmit for review' : 'Save changes'}
          </Button>
        </Group>
      </Stack>
      {conflictDialog}
    </form>
  );
}
