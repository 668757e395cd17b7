/** The spotlight lifecycle's stages as staff read them, in lifecycle order, and how to group by them. */
import type { RecognitionStatus } from '../../gql/graphql';

export const STAGE_ORDER: readonly RecognitionStatus[] = [
  'NOMINATED',
  'RETURNED_FOR_CHANGES',
  'SAFETY_REVIEWED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'REJECTED',
  'WITHDRAWN',
];

export const STAGE_LABELS: Readonly<Record<RecognitionStatus, string>> = {
  NOMINATED: 'Waiting for safety review',
  RETURNED_FOR_CHANGES: 'Returned for changes',
  SAFETY_REVIEWED: 'Waiting for approval',
  APPROVED: 'Approved',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

export interface Stage<Item> {
  readonly status: RecognitionStatus;
  readonly label: string;
  /** How many are at this stage in all (the server's count, which may exceed the items loaded). */
  readonly count: number;
  /** The loaded items at this stage, in the order they came. */
  readonly items: readonly Item[];
}

/**
 * Groups recognitions into the given stages, in lifecycle order. The count comes from the server's counts
 * when it has one for the stage (the list may be a first page only), else from the items; a stage with
 * none is kept, so a board's columns never move.
 */
export function groupByStage<Item extends { status: RecognitionStatus }>(
  items: readonly Item[],
  counts: readonly { status: RecognitionStatus; count: number }[],
  stages: readonly RecognitionStatus[] = STAGE_ORDER,
): Stage<Item>[] {
  const countOf = new Map(counts.map((c) => [c.status, c.count]));
  return STAGE_ORDER.filter((status) => stages.includes(status)).map((status) => {
    const atStage = items.filter((item) => item.status === status);
    return {
      status,
      label: STAGE_LABELS[status],
      count: Math.max(countOf.get(status) ?? 0, atStage.length),
      items: atStage,
    };
  });
}

/** "1 recognition", "3 recognitions". */
export const plural = (count: number, noun: string, nouns = `${noun}s`) =>
  `${count} ${count === 1 ? noun : nouns}`;
