/**
 * The one way Beacon serialises a "count, then act" rule (at least one active admin, a campaign's spotlight
 * capacity, a session's places, one live nomination per creator and campaign, an open import). Whoever
 * checks such a rule takes its lock first, in the same transaction that then writes, so a second writer
 * waits and then counts what the first committed. Every invariant and its lock is listed in
 * docs/architecture.md ("Invariants and their locks").
 *
 * - PostgreSQL: a row lock (`SELECT … FOR UPDATE`) on the parent row the rule is about, or, where there is
 *   no such row, a transaction-scoped advisory lock on the rule's name. Both end with the transaction.
 * - SQLite: there are no row locks; one writer at a time holds the database. What matters is that the
 *   transaction becomes the writer before it reads anything (BEGIN IMMEDIATE semantics, which knex cannot
 *   issue): a no-op write takes the write lock, so a second connection waits at its own lock instead of
 *   reading a count that is stale by the time it writes (SQLite would then refuse its write as busy).
 *   That is why `withLock` opens the transaction itself and takes the lock as its first statement.
 */
import type { EntityManager } from '@mikro-orm/core';
import { isPostgres } from '../modules/common/filters.js';

/** The lock one invariant is guarded by: a parent row, or (no such row) a name. */
export type InvariantLock =
  | { readonly kind: 'row'; readonly table: string; readonly id: string }
  | { readonly kind: 'name'; readonly table: string; readonly name: string };

/** Every invariant's lock, by what the invariant is about. */
export const locks = {
  /** Beacon keeps at least one active admin: every deactivation and role change. */
  activeAdmins: (): InvariantLock => ({ kind: 'name', table: 'staff_user', name: 'active-admins' }),
  /** A campaign's published spotlights stay within its capacity: publishing, reordering, lowering it. */
  campaignSpotlight: (campaignId: string): InvariantLock => ({
    kind: 'row',
    table: 'campaign',
    id: campaignId,
  }),
  /** A training session's live enrolments stay within its capacity: enrolling, lowering it. */
  sessionPlaces: (sessionId: string): InvariantLock => ({
    kind: 'row',
    table: 'training_session',
    id: sessionId,
  }),
  /**
   * A creator who withdrew consent has no published spotlight: publishing (which checks consent) and
   * withdrawing consent (which withdraws what is published) take turns. Publishing takes the campaign's
   * lock first, then this one, then the recognition's row: every publisher takes them in that order.
   */
  creatorSpotlights: (creatorId: string): InvariantLock => ({ kind: 'row', table: 'creator', id: creatorId }),
  /** One live nomination per creator and campaign (the unique live slot stays the backstop). */
  liveNomination: (creatorId: string, campaignId: string): InvariantLock => ({
    kind: 'name',
    table: 'recognition',
    name: `live:${creatorId}:${campaignId}`,
  }),
  /** An import is staged, committed or cancelled by one request at a time, and only while open. */
  creatorImport: (importId: string): InvariantLock => ({
    kind: 'row',
    table: 'creator_import',
    id: importId,
  }),
} as const;

function transactionOf(tx: EntityManager) {
  const ctx = tx.getTransactionContext();
  if (!ctx) throw new Error('an invariant lock is only ever taken inside a transaction');
  return ctx;
}

/**
 * SQLite: makes the transaction the database's one writer now (a no-op write), so nothing it reads can be
 * overtaken by another connection's commit. PostgreSQL: nothing (its locks are per row or per name).
 */
async function becomeWriter(tx: EntityManager, table = 'staff_user'): Promise<void> {
  if (isPostgres(tx)) return;
  await tx.getConnection().execute(`update \`${table}\` set id = id where 0`, [], 'run', transactionOf(tx));
}

/**
 * Takes `lock` in `tx`'s transaction, held until it commits or rolls back. On SQLite this guards only when
 * it is the transaction's first statement (or the transaction is already the writer): prefer `withLock`.
 */
export async function takeLock(tx: EntityManager, lock: InvariantLock): Promise<void> {
  if (!isPostgres(tx)) return becomeWriter(tx, lock.table);
  const ctx = transactionOf(tx);
  if (lock.kind === 'row') {
    await tx
      .getConnection()
      .execute(`select 1 from "${lock.table}" where "id" = ? for update`, [lock.id], 'all', ctx);
  } else {
    await tx
      .getConnection()
      .execute(
        'select pg_advisory_xact_lock(hashtextextended(?, 0))',
        [`${lock.table}:${lock.name}`],
        'all',
        ctx,
      );
  }
}

/**
 * Runs `work` in a new transaction that holds `lock` (or each of several, in the order given) from its first
 * statement to its commit.
 */
export function withLock<T>(
  em: EntityManager,
  lock: InvariantLock | readonly InvariantLock[],
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    for (const each of Array.isArray(lock) ? lock : [lock]) await takeLock(tx, each);
    return work(tx);
  });
}
