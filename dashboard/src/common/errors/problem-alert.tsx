/**
 * How the dashboard says an operation failed: the server's words, what to do (retry), and the request id
 * an operator can find in Beacon's logs. Read out at once (role="alert").
 */
import { Alert, Button, Code, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { type Problem, problemOf } from '../graphql/problem';

export function ProblemAlert({
  error,
  problem = error ? problemOf(error) : undefined,
  title = 'That did not work',
  onRetry,
  retryLabel = 'Try again',
  children,
}: {
  error?: CombinedError;
  problem?: Problem;
  title?: string;
  onRetry?: () => void;
  retryLabel?: string;
  children?: ReactNode;
}) {
  if (!problem) return null;
  return (
    <Alert color="red" variant="light" title={title} role="alert" mb="md">
      <Text size="sm">{problem.message}</Text>
      {children}
      <Group gap="sm" mt="xs" align="center">
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {retryLabel}
          </Button>
        )}
        {problem.requestId && (
          <Text size="xs" c="dimmed">
            Request id <Code>{problem.requestId}</Code>
          </Text>
        )}
      </Group>
    </Alert>
  );
}
