/**
 * A nomination's note thread: every review decision's note, an editor's note when resubmitting, and staff
 * comments, kept in order and never overwritten. Staff only: no public type reaches it.
 */
import {
  DateTimeType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { describeEnum } from '../common/enums.js';
import { Node, NodeType } from '../common/node.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { Recognition, RecognitionStatus } from './recognition.entity.js';

export enum RecognitionNoteKind {
  RETURNED_FOR_CHANGES = 'RETURNED_FOR_CHANGES',
  REJECTED = 'REJECTED',
  SIGNED_OFF = 'SIGNED_OFF',
  RESUBMITTED = 'RESUBMITTED',
  COMMENT = 'COMMENT',
}

describeEnum(RecognitionNoteKind, 'RecognitionNoteKind', 'Why a note was added to a nomination.', {
  RETURNED_FOR_CHANGES: 'The safety reviewer returned the nomination, saying what to change.',
  REJECTED: 'The safety reviewer rejected the nomination, saying why.',
  SIGNED_OFF: "The safety reviewer's note when signing it off.",
  RESUBMITTED: "The editor's note when resubmitting a nomination returned for changes.",
  COMMENT: 'A comment by a staff member, outside any decision.',
});

/** Notes written by a safety review decision: the deprecated `reviewerNotes` is the latest of them. */
export const REVIEW_NOTE_KINDS: ReadonlySet<RecognitionNoteKind> = new Set([
  RecognitionNoteKind.RETURNED_FOR_CHANGES,
  RecognitionNoteKind.REJECTED,
  RecognitionNoteKind.SIGNED_OFF,
]);

/**
 * The kind of a review note found on a recognition in `status`, for notes written before the thread
 * existed (the migration applies the same rule in SQL): a nomination back in review was returned first.
 */
export function reviewNoteKindFor(status: RecognitionStatus): RecognitionNoteKind {
  if (status === RecognitionStatus.REJECTED) return RecognitionNoteKind.REJECTED;
  if (status === RecognitionStatus.NOMINATED || status === RecognitionStatus.RETURNED_FOR_CHANGES)
    return RecognitionNoteKind.RETURNED_FOR_CHANGES;
  return RecognitionNoteKind.SIGNED_OFF;
}

/** The longest note a person may write. */
export const NOTE_MAX = 4_000;

@Entity({ tableName: 'recognition_note' })
@Index({ properties: ['recognition', 'createdAt'] })
@NodeType('RecognitionNote', {
  description: "One note in a nomination's thread: who wrote it, why, and when (staff only; never public).",
})
export class RecognitionNote extends Node {
  @PrimaryKey({ type: 'uuid' })
  override id: string = uuidv7();

  @ManyToOne(() => Recognition, { deleteRule: 'cascade' })
  recognition!: Rel<Recognition>;

  /** Who wrote it; null only for notes carried over from before the thread whose reviewer is unknown. */
  @ManyToOne(() => StaffUser, { nullable: true })
  author: Rel<StaffUser> | null = null;

  @Field(() => RecognitionNoteKind, { description: 'Why the note was added.' })
  @Enum({ items: () => RecognitionNoteKind })
  kind!: RecognitionNoteKind;

  @Field({ description: 'What the note says.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was written.' })
  @Property({ type: DateTimeType })
  createdAt: Date = new Date();
}
