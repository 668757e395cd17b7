/**
 * "Can the signed-in person do X?", answered from the same role table the server enforces
 * (@beacon/shared roles.ts). The server still checks every operation; this only decides what to show.
 * A control a role cannot use is hidden, or shown disabled with the reason beside it (never only in a
 * tooltip: a disabled button cannot be focused to read one).
 */

import { type Permission, permissionDeniedReason, type StaffRole } from '@beacon/shared';
import { Stack, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useCurrentUser } from './current-user';

export interface Ability {
  readonly allowed: boolean;
  /** Why not, in words a person understands; null when allowed. */
  readonly reason: string | null;
}

export function useCan(permission: Permission): Ability {
  const { role } = useCurrentUser();
  const reason = permissionDeniedReason(role as StaffRole, permission);
  return { allowed: reason === null, reason };
}

/** The props a guarded control spreads onto itself. */
export interface GuardProps {
  disabled: boolean;
  'aria-describedby': string | undefined;
}

/**
 * Renders a control for those who may use it. Others see nothing (`mode="hide"`) or the control disabled
 * with the reason under it (`mode="disable"`, the default):
 *
 *   <Guarded permission={Permission.NOMINATE}>{(props) => <Button {...props}>Nominate</Button>}</Guarded>
 */
export function Guarded({
  permission,
  mode = 'disable',
  children,
}: {
  permission: Permission;
  mode?: 'disable' | 'hide';
  children: (props: GuardProps) => ReactNode;
}) {
  const { allowed, reason } = useCan(permission);
  const reasonId = useId();
  if (allowed) return <>{children({ disabled: false, 'aria-describedby': undefined })}</>;
  if (mode === 'hide') return null;
  return (
    <Stack gap={4} align="flex-start">
      {children({ disabled: true, 'aria-describedby': reasonId })}
      <Text id={reasonId} size="sm" c="dimmed">
        {reason}
      </Text>
    </Stack>
  );
}
