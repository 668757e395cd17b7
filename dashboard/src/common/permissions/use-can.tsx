/**
 * "Can the signed-in person do X?", answered from the same role table the server enforces
 * (@beacon/shared roles.ts). The server still checks every operation; this only decides what to show.
 * A control a role cannot use is hidden, or shown disabled with the reason in words on the page (never
 * only in a tooltip: a disabled button cannot be focused to read one): once, in the page's role notice
 * (role-notice.tsx), or beside the control where there is no notice.
 */

import { type Permission, permissionDeniedReason, type StaffRole } from '@beacon/shared';
import { Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useId } from 'react';
import { useCurrentUser } from './current-user';
import { useRoleNotices } from './role-notice';

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
 * (`mode="disable"`, the default), described by the reason: the page's role notice says it once for every
 * such control; without a notice around, the reason goes under the control.
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
  const notices = useRoleNotices();
  const reported = !allowed && mode === 'disable' && notices !== null;
  const report = notices?.report;
  useEffect(() => (reported && report ? report(permission) : undefined), [reported, report, permission]);
  if (allowed) return <>{children({ disabled: false, 'aria-describedby': undefined })}</>;
  if (mode === 'hide') return null;
  if (notices) return <>{children({ disabled: true, 'aria-describedby': notices.idOf(permission) })}</>;
  return (
    <Stack gap={4} align="flex-start">
      {children({ disabled: true, 'aria-describedby': reasonId })}
      <Text id={reasonId} size="sm" c="dimmed">
        {reason}
      </Text>
    </Stack>
  );
}
