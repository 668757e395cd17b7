/**
 * Every route renders inside this boundary. A route that fails to load after a redeploy reloads the page
 * once for the new version; any other error is shown with the request id (if any) and a way to retry,
 * while the shell (navigation, account) keeps working. Moving to another address clears it.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useLocation } from 'react-router';
import { isChunkLoadError, reloadOnceForNewVersion } from './chunk-reload';

function Fallback({ error, resetErrorBoundary }: FallbackProps) {
  const chunk = isChunkLoadError(error);
  const [reloading, setReloading] = useState(false);
  useEffect(() => {
    if (chunk) setReloading(reloadOnceForNewVersion());
  }, [chunk]);
  if (reloading) {
    return (
      <Text role="status" c="dimmed">
        Beacon was updated; loading the new version…
      </Text>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" title="This page could not be shown">
      <Text size="sm">
        {chunk
          ? 'Part of Beacon could not be loaded. Check your connection, then reload the page.'
          : 'Something went wrong while showing this page. Nothing you saved is affected.'}
      </Text>
      {!chunk && error instanceof Error && (
        <Text size="xs" c="dimmed" mt={4}>
          {error.message}
        </Text>
      )}
      <Group mt="sm" gap="sm">
        {chunk ? (
          <Button size="xs" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        ) : (
          <Button size="xs" onClick={resetErrorBoundary}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}

export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={Fallback} resetKeys={[pathname]}>
      {children}
    </ErrorBoundary>
  );
}
