/**
 * The nomination's kept note thread (review decisions, resubmissions, comments; oldest first, never
 * overwritten) and a box to add a comment. Staff only; nothing here reaches a public path.
 */
import { Permission } from '@beacon/shared';
import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId } from 'react';
import { z } from 'zod';
import { FormProblem } from '../../common/forms/form-problem';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import { useAction } from '../../common/notifications/use-action';
import { Guarded } from '../../common/permissions/use-can';
import type { RecognitionFieldsFragment } from '../../gql/graphql';
import { formatWhen } from './format-when';
import { NOTE_KIND_LABELS } from './recognition-words';
import { AddNoteMutation } from './recognitions.operations';

const noteSchema = z.object({
  body: z.string().trim().min(1, 'Write the note first').max(4000, 'Keep the note to 4,000 characters'),
});

export function NoteThread({ recognition }: { recognition: RecognitionFieldsFragment }) {
  const titleId = useId();
  const notes = recognition.notes?.nodes ?? [];
  const { form, submit, problem } = useBeaconForm({ schema: noteSchema, defaultValues: { body: '' } });
  const [, addNote] = useAction(AddNoteMutation, {
    success: 'Note added',
    failure: 'The note was not added',
  });
  return (
    <section aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="sm">
        Notes ({recognition.notes?.totalCount ?? 0})
      </Title>
      {notes.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          No notes yet.
        </Text>
      ) : (
        <Stack component="ol" gap="xs" m={0} p={0} mb="md" style={{ listStyle: 'none' }}>
          {notes.map((note) => (
            <Card component="li" key={note.id} withBorder p="sm">
              <Group gap="xs" mb={4} wrap="wrap">
                <Badge variant="outline" color="gray.8" tt="none">
                  {NOTE_KIND_LABELS[note.kind]}
                </Badge>
                <Text size="sm" fw={500}>
                  {note.author?.displayName ?? 'A former reviewer'}
                </Text>
                <Text size="sm" c="dimmed">
                  <time dateTime={note.createdAt}>{formatWhen(note.createdAt)}</time>
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {note.body}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
      <Guarded permission={Permission.COMMENT} mode="hide">
        {() => (
          <form
            noValidate
            aria-label="Add a note"
            onSubmit={submit(async ({ body }) => {
              const result = await addNote({ input: { recognitionId: recognition.id, body } });
              if (!result.error) form.reset({ body: '' });
              return result;
            })}
          >
            <Stack gap="xs">
              <FormProblem problem={problem} title="Note not added" />
              <Textarea
                label="Add a note"
                description="Staff only; kept in the thread, never public."
                autosize
                minRows={2}
                {...form.register('body')}
                error={form.formState.errors.body?.message}
              />
              <Group>
                <Button type="submit" variant="default" loading={form.formState.isSubmitting}>
                  Add note
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Guarded>
    </section>
  );
}
