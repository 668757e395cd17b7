/**
 * Staging a checked file through the server's import: start one import for the file, send its rows in
 * chunks of 200 (the progress bar follows), and commit only when the server found no problem in any row;
 * the commit creates every creator in one transaction or none. Rows the person fixes after staging are
 * sent again under their own row number (the server replaces them) before the next commit. Leaving the
 * page, or choosing another file, cancels the open import: nothing half-imported is left behind.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { type Problem, problemOf } from '../../common/graphql/problem';
import { notify } from '../../common/notifications/notify';
import type { CreatorImportRowInput } from '../../gql/graphql';
import { IMPORT_CHUNK_SIZE, type RowProblem } from './creator-csv';
import {
  AddCreatorImportRowsMutation,
  CancelCreatorImportMutation,
  CommitCreatorImportMutation,
  StartCreatorImportMutation,
} from './creator-import.operations';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'staging'; sent: number; total: number }
  | { kind: 'committing' }
  | { kind: 'refused'; invalidRows: number }
  | { kind: 'committed'; created: number }
  | { kind: 'failed'; problem: Problem };

/** Problems the server found, by row number (an empty list: the server accepted the row). */
export type ServerProblems = ReadonlyMap<number, readonly RowProblem[]>;

interface CommitRefusalRow {
  rowNumber: number;
  problems: RowProblem[];
}

export function useCreatorImport() {
  const client = useClient();
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [serverProblems, setServerProblems] = useState<ServerProblems>(new Map());
  const importId = useRef<string | null>(null);
  /** What was last sent for each row number, to send only changed rows again. */
  const sent = useRef(new Map<number, string>());

  const cancel = useCallback(async () => {
    const id = importId.current;
    importId.current = null;
    sent.current = new Map();
    setServerProblems(new Map());
    setPhase({ kind: 'idle' });
    if (id) await client.mutation(CancelCreatorImportMutation, { input: { importId: id } }).toPromise();
  }, [client]);

  // Leaving the page gives the open import up (the server would let it expire anyway).
  useEffect(
    () => () => {
      const id = importId.current;
      if (id) void client.mutation(CancelCreatorImportMutation, { input: { importId: id } }).toPromise();
    },
    [client],
  );

  const run = useCallback(
    async (label: string, rows: readonly CreatorImportRowInput[]): Promise<ImportPhase> => {
      const settle = (next: ImportPhase) => {
        setPhase(next);
        return next;
      };
      // A failed step gives the import up (nothing of it reaches the catalogue); trying again starts afresh.
      const fail = (problem: Problem) => {
        const id = importId.current;
        importId.current = null;
        sent.current = new Map();
        if (id) void client.mutation(CancelCreatorImportMutation, { input: { importId: id } }).toPromise();
        return settle({ kind: 'failed', problem });
      };
      if (!importId.current) {
        const started = await client
          .mutation(StartCreatorImportMutation, { input: { label, expectedRows: rows.length } })
          .toPromise();
        if (started.error || !started.data) return fail(problemOf(started.error as never));
        importId.current = started.data.startCreatorImport.creatorImport.id;
        sent.current = new Map();
      }
      const id = importId.current;
      const pending = rows.filter((row) => sent.current.get(row.rowNumber) !== JSON.stringify(row));
      const found = new Map(serverProblems);
      setPhase({ kind: 'staging', sent: 0, total: pending.length });
      for (let at = 0; at < pending.length; at += IMPORT_CHUNK_SIZE) {
        const chunk = pending.slice(at, at + IMPORT_CHUNK_SIZE);
        const added = await client
          .mutation(AddCreatorImportRowsMutation, { input: { importId: id, rows: chunk } })
          .toPromise();
        if (added.error || !added.data) {
          setServerProblems(found);
          return fail(problemOf(added.error as never));
        }
        for (const row of chunk) sent.current.set(row.rowNumber, JSON.stringify(row));
        for (const row of added.data.addCreatorImportRows.rows) found.set(row.rowNumber, row.problems);
        setPhase({
          kind: 'staging',
          sent: Math.min(at + chunk.length, pending.length),
          total: pending.length,
        });
      }
      setServerProblems(found);
      const invalidRows = [...found.values()].filter((p) => p.length > 0).length;
      if (invalidRows > 0) return settle({ kind: 'refused', invalidRows });

      setPhase({ kind: 'committing' });
      const committed = await client
        .mutation(CommitCreatorImportMutation, { input: { importId: id } })
        .toPromise();
      if (committed.error || !committed.data) {
        const problem = problemOf(committed.error as never);
        // Checked again at commit (someone may have taken a handle since): the rows come back with it.
        const refused = problem.extensions.rows;
        if (problem.code === 'BAD_USER_INPUT' && Array.isArray(refused)) {
          for (const row of refused as CommitRefusalRow[]) found.set(row.rowNumber, row.problems);
          setServerProblems(new Map(found));
          return settle({
            kind: 'refused',
            invalidRows: Number(problem.extensions.invalidRowCount ?? refused.length),
          });
        }
        return fail(problem);
      }
      importId.current = null;
      const created = committed.data.commitCreatorImport.creatorImport.createdCount ?? 0;
      notify.success(`Imported ${created} ${created === 1 ? 'creator' : 'creators'} from ${label}.`);
      return settle({
        kind: 'committed',
        created: committed.data.commitCreatorImport.creatorImport.createdCount ?? 0,
      });
    },
    [client, serverProblems],
  );

  /** A row was changed after staging: what the server said of it no longer holds until it is sent again. */
  const forget = useCallback((rowNumber: number) => {
    setServerProblems((current) => {
      if (!current.has(rowNumber)) return current;
      const next = new Map(current);
      next.delete(rowNumber);
      return next;
    });
    setPhase((current) => (current.kind === 'refused' ? { kind: 'idle' } : current));
  }, []);

  return { phase, serverProblems, run, cancel, forget, open: importId.current !== null };
}
