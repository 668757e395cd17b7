/** A native disclosure (<details>), styled like the rest: keyboard- and screen-reader-friendly as it is. */
import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <Box component="details">
      <Text component="summary" size="sm" c="indigo.8" style={{ cursor: 'pointer' }}>
        {summary}
      </Text>
      <Box pt="xs">{children}</Box>
    </Box>
  );
}
