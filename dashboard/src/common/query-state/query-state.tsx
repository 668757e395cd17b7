/**
 * The three states every query has besides "here is the data": loading, empty and failed. Wrap a query's
 * result in <QueryState> and render only the data; the rest is consistent everywhere:
 *
 *   const [result, reexecute] = useQuery({ query: CampaignsQuery, variables });
 *   <QueryState result={result} retry={reexecute} loading="Loading campaigns…"
 *               isEmpty={(d) => d.campaigns.totalCount === 0} empty={<EmptyState title="No campaigns yet" />}>
 *     {(data) => <CampaignList campaigns={data.campaigns.nodes} />}
 *   </QueryState>
 *
 * Data already shown stays on screen while it refreshes or when a refresh fails (with the error above it).
 */
import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { ProblemAlert } from '../errors/problem-alert';

export interface QueryResultLike<Data> {
  data?: Data | undefined;
  fetching: boolean;
  error?: CombinedError | undefined;
}

export function QueryState<Data>({
  result,
  retry,
  loading = 'Loading…',
  isEmpty,
  empty,
  errorTitle = 'This could not be loaded',
  children,
}: {
  result: QueryResultLike<Data>;
  /** Runs the query again from the network (urql's reexecute). */
  retry: (options: { requestPolicy: 'network-only' }) => void;
  loading?: string;
  isEmpty?: (data: Data) => boolean;
  empty?: ReactNode;
  errorTitle?: string;
  children: (data: Data) => ReactNode;
}) {
  const { data, fetching, error } = result;
  const alert = error && (
    <ProblemAlert error={error} title={errorTitle} onRetry={() => retry({ requestPolicy: 'network-only' })} />
  );
  if (data === undefined) {
    if (error) return alert;
    if (fetching) return <LoadingState label={loading} />;
    return null;
  }
  return (
    <>
      {alert}
      {isEmpty?.(data) ? empty : children(data)}
    </>
  );
}

export function LoadingState({ label }: { label: string }) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" role="status">
        <Loader size="sm" aria-hidden />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}

/**
 * What a list or page shows when there is nothing yet: what that means and, if any, what to do. Quiet (a
 * section's empty list should not outshout the section's own heading) but a heading, so it can be found.
 */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" gap={4} py="lg">
      <Title order={2} size="h5" fw={600}>
        {title}
      </Title>
      {children && (
        <Text size="sm" c="dimmed" ta="center" maw={480}>
          {children}
        </Text>
      )}
    </Stack>
  );
}
