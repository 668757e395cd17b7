/**
 * The nomination's kept note thread (review decisions, resubmissions, comments; oldest first, never
 * overwritten) and a box to add a comment. Staff only; nothing here reaches a public path.
 *
 * The thread is a history that must be readable in full, however long: it opens on its newest notes (the
 * recognition's own `notes(last: 20)`, which every workflow step and live update refreshes) and "Show older
 * notes" adds the page before the oldest shown, as often as there are more. Each older page asks for the
 * notes before the page after it as it now stands, so a note added meanwhile (which moves the newest page
 * on by one) moves every older page with it rather than leaving one note out between them.
 */
import { Permission } from '@beacon/shared';
import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { forwardRef, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { z } from 'zod';
import { ProblemAlert } from '../../common/errors/problem-alert';
import { FormProblem } from '../../common/forms/form-problem';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import { announce } from '../../common/notifications/notify';
import { useAction } from '../../common/notifications/use-action';
import { Guarded } from '../../common/permissions/use-can';
import type { NoteFieldsFragment, RecognitionFieldsFragment } from '../../gql/graphql';
import { formatWhen } from './format-when';
import { NOTE_KIND_LABELS } from './recognition-words';
import { AddNoteMutation, OlderNotesQuery } from './recognitions.operations';

/** Notes a page holds: the fragment's `notes(last: 20)` and each older page. */
const NOTES_PAGE = 20;

const noteSchema = z.object({
  body: z.string().trim().min(1, 'Write the note first').max(4000, 'Keep the note to 4,000 characters'),
});

/** What an older page tells the thread: where it starts, whether notes precede it, how many it holds. */
interface OlderPageState {
  startCursor: string | null;
  hasPreviousPage: boolean;
  shown: number;
  fetching: boolean;
}

const samePage = (a: OlderPageState | undefined, b: OlderPageState) =>
  !!a &&
  a.startCursor === b.startCursor &&
  a.hasPreviousPage === b.hasPreviousPage &&
  a.shown === b.shown &&
  a.fetching === b.fetching;

export function NoteThread({ recognition }: { recognition: RecognitionFieldsFragment }) {
  const titleId = useId();
  const newest = recognition.notes;
  const notes = newest?.nodes ?? [];
  const total = newest?.totalCount ?? 0;
  // How many older pages are shown, what each reported, and the one whose first note takes focus on arrival.
  const [olderPages, setOlderPages] = useState(0);
  const [pages, setPages] = useState<Record<number, OlderPageState>>({});
  const [focusPage, setFocusPage] = useState<number | null>(null);
  const report = useCallback((index: number, state: OlderPageState) => {
    setPages((current) => (samePage(current[index], state) ? current : { ...current, [index]: state }));
  }, []);
  const focused = useCallback(() => setFocusPage(null), []);
  // Page i holds the notes before page i - 1 (the newest page for i = 0) as it now stands.
  const beforeOf = (index: number) =>
    index === 0 ? (newest?.pageInfo.startCursor ?? null) : (pages[index - 1]?.startCursor ?? null);
  const oldest = olderPages === 0 ? undefined : pages[olderPages - 1];
  const shown =
    notes.length +
    Array.from({ length: olderPages }, (_, i) => pages[i]?.shown ?? 0).reduce((a, b) => a + b, 0);
  const loadingOlder = olderPages > 0 && (oldest === undefined || oldest.fetching);
  const hasOlder = olderPages === 0 ? !!newest?.pageInfo.hasPreviousPage : !!oldest?.hasPreviousPage;
  const more = Math.max(0, total - shown);

  const { form, submit, problem } = useBeaconForm({ schema: noteSchema, defaultValues: { body: '' } });
  const [, addNote] = useAction(AddNoteMutation, {
    success: 'Note added',
    failure: 'The note was not added',
  });
  return (
    <section aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="sm">
        Notes ({total})
      </Title>
      {notes.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          No notes yet.
        </Text>
      ) : (
        <>
          {(hasOlder || loadingOlder) && (
            <Group gap="sm" mb="xs">
              <Button
                variant="default"
                size="compact-sm"
                loading={loadingOlder}
                onClick={() => {
                  setFocusPage(olderPages);
                  setOlderPages((n) => n + 1);
                }}
              >
                Show older notes ({more.toLocaleString('en-GB')} more)
              </Button>
            </Group>
          )}
          <Stack component="ol" gap="xs" m={0} p={0} mb="md" style={{ listStyle: 'none' }}>
            {Array.from({ length: olderPages }, (_, i) => olderPages - 1 - i).map((index) => (
              <OlderNotes
                key={index}
                index={index}
                recognitionId={recognition.id}
                before={beforeOf(index)}
                onState={report}
                focusOnArrival={focusPage === index}
                onFocused={focused}
              />
            ))}
            {notes.map((note) => (
              <NoteItem key={note.id} note={note} />
            ))}
          </Stack>
        </>
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

/** One page of older notes, as list items; it tells the thread where it starts and how many it holds. */
function OlderNotes({
  index,
  recognitionId,
  before,
  onState,
  focusOnArrival,
  onFocused,
}: {
  index: number;
  recognitionId: string;
  before: string | null;
  onState: (index: number, state: OlderPageState) => void;
  focusOnArrival: boolean;
  onFocused: () => void;
}) {
  const [result, retry] = useQuery({
    query: OlderNotesQuery,
    variables: { id: recognitionId, before: before ?? '', last: NOTES_PAGE },
    pause: before === null,
  });
  const page = result.data?.recognition?.notes;
  const nodes = page?.nodes ?? [];
  const startCursor = page?.pageInfo.startCursor ?? null;
  const hasPreviousPage = !!page?.pageInfo.hasPreviousPage;
  const fetching = result.fetching || before === null;
  useEffect(() => {
    onState(index, { startCursor, hasPreviousPage, shown: nodes.length, fetching });
  }, [onState, index, startCursor, hasPreviousPage, nodes.length, fetching]);
  // The person asked for these: take them to the first (oldest) of them, and say how many arrived.
  const first = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focusOnArrival || nodes.length === 0) return;
    first.current?.focus();
    announce(nodes.length === 1 ? '1 older note shown' : `${nodes.length} older notes shown`);
    onFocused();
  }, [focusOnArrival, nodes.length, onFocused]);

  if (result.error && !page)
    return (
      <li>
        <ProblemAlert
          error={result.error}
          title="Older notes could not be loaded"
          onRetry={() => retry({ requestPolicy: 'network-only' })}
        />
      </li>
    );
  return nodes.map((note, i) => <NoteItem key={note.id} note={note} ref={i === 0 ? first : undefined} />);
}

const NoteItem = forwardRef<HTMLLIElement, { note: NoteFieldsFragment }>(function NoteItem({ note }, ref) {
  return (
    <Card component="li" withBorder p="sm" ref={ref} tabIndex={ref ? -1 : undefined}>
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
  );
});
