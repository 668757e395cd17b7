/**
 * The maintained row counts of the unfiltered staff lists (table `list_count`). The database keeps them
 * itself: triggers written in the migrations of both engines change a count in the same transaction as
 * every insert, delete, archive (and, on PostgreSQL, truncate) of its table, whoever writes, so a count
 * cannot drift from its rows and a rolled-back write rolls its count back too. Reading one is a
 * primary-key look-up, whatever the size of the table.
 */
import type { EntityManager } from '@mikro-orm/core';

/** Each maintained count and the rows it counts. */
export const COUNTED_LISTS = {
  /** Every creator, archived or not. */
  creator: 'creator',
  /** Creators that are not archived: the staff list's default. */
  'creator.unarchived': 'creator',
  /** Active creators that are not archived: what a public client sees. */
  'creator.public': 'creator',
  /** Every awareness video, archived or not. */
  awareness_video: 'awareness_video',
  /** Awareness videos that are not archived: the staff list's default. */
  'awareness_video.unarchived': 'awareness_video',
} as const;

export type CountedList = keyof typeof COUNTED_LISTS;

/** The maintained count of `list`, as of the caller's transaction (or the last commit outside one). */
export async function maintainedCount(em: EntityManager, list: CountedList): Promise<number> {
  const rows: { n: unknown }[] = await em
    .getConnection()
    .execute('select n from list_count where list = ?', [list], 'all', em.getTransactionContext());
  const [row] = rows;
  // The migration that made the table inserted every row, so a missing one is a broken database.
  if (!row) throw new Error(`list_count has no row for ${list}`);
  return Number(row.n);
}
