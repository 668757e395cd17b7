/**
 * The top of every page: its h1 (which takes focus after a navigation), the document title, an optional
 * line under it, the page's main actions and, when some are closed to the signed-in role, the one notice
 * saying so (permissions/role-notice.tsx).
 *
 *   <PageHeader title="Creators" description="Everyone raising awareness in the programme." actions={…} />
 */
import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { RoleNotice } from '../permissions/role-notice';
import { pageFocus } from './page-focus';
import classes from './page-header.module.css';

export function PageHeader({
  title,
  documentTitle = title,
  description,
  actions,
  before,
}: {
  title: ReactNode;
  /** The browser tab's title, when `title` is not plain text. */
  documentTitle?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Above the heading: a back link. */
  before?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (pageFocus.take()) heading.current?.focus();
  }, []);
  return (
    <Stack gap="xs" mb="lg">
      <title>{`${typeof documentTitle === 'string' ? documentTitle : 'Beacon'} · Beacon`}</title>
      {before}
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Title order={1} ref={heading} tabIndex={-1} className={classes.title}>
          {title}
        </Title>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
      {description && (
        <Text c="dimmed" size="sm">
          {description}
        </Text>
      )}
      <RoleNotice />
    </Stack>
  );
}
