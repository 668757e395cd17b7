/**
 * A mutation run as a staff action: it announces its result (success politely, failure at once with the
 * server's words and the request id) and hands back the result for the caller to move focus or close a
 * dialog. Version conflicts are left to the caller (use-versioned-form.ts shows them); an ended session
 * never reaches here (the sign-in dialog holds the action and retries it).
 *
 *   const [{ fetching }, approve] = useAction(ApproveMutation, {
 *     success: (data) => `${data.approveRecognition.recognition.creator.displayName} approved`,
 *     failure: 'The spotlight was not approved',
 *   });
 *   <Button loading={fetching} onClick={() => approve({ input: { id, expectedVersion: version } })}>Approve</Button>
 */
import { useCallback } from 'react';
import { type AnyVariables, type DocumentInput, type OperationResult, useMutation } from 'urql';
import { isStaleVersion, problemOf } from '../graphql/problem';
import { notify } from './notify';

export function useAction<Data, Variables extends AnyVariables>(
  mutation: DocumentInput<Data, Variables>,
  messages: { success: string | ((data: Data) => string); failure: string; announceConflict?: boolean },
) {
  const [state, execute] = useMutation<Data, Variables>(mutation);
  const { success, failure, announceConflict = false } = messages;
  const run = useCallback(
    async (variables: Variables): Promise<OperationResult<Data, Variables>> => {
      const result = await execute(variables);
      if (result.error) {
        if (announceConflict || !isStaleVersion(result.error)) notify.error(failure, problemOf(result.error));
      } else if (result.data) {
        notify.success(typeof success === 'function' ? success(result.data) : success);
      }
      return result;
    },
    [execute, success, failure, announceConflict],
  );
  return [state, run] as const;
}
