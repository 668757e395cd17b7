/**
 * A recognition's note thread as a nested connection, oldest first, batch-loaded for every recognition in
 * a response; the deprecated `reviewerNotes` reads the same batch.
 */
import { type ChildListSpec, childConnection, childList } from '../common/batch.js';
import { type ConnectionArgs, ConnectionType } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { REVIEW_NOTE_KINDS, RecognitionNote } from './recognition-note.entity.js';

export const RecognitionNoteConnection = ConnectionType(
  RecognitionNote,
  'RecognitionNote',
  'recognition note',
);

const THREAD: ChildListSpec<RecognitionNote> = {
  name: 'recognition.notes',
  entity: RecognitionNote,
  parentKey: 'recognition',
  orderBy: { createdAt: 'asc', id: 'asc' },
  order: { key: (n) => [n.createdAt, n.id], directions: ['asc', 'asc'] },
};

export function notesOf(ctx: Context, recognitionId: string, page: ConnectionArgs) {
  return childConnection(ctx, THREAD, recognitionId, page);
}

/** The body of the latest note a review decision wrote, or null: what `reviewerNotes` used to hold. */
export async function latestReviewNote(ctx: Context, recognitionId: string): Promise<string | null> {
  const thread = await childList(ctx, THREAD, recognitionId);
  return thread.findLast((note) => REVIEW_NOTE_KINDS.has(note.kind))?.body ?? null;
}
