/**
 * What the signed-in role may not do on a page, said once under its heading rather than under every
 * disabled button: "You can view but not change anything here (viewer role)" and who can. Each disabled
 * control (<Guarded>) reports its permission to the nearest <RoleNotices> and points its
 * `aria-describedby` at that permission's line in the notice, so a screen reader still hears why a
 * button is disabled when it reaches it.
 *
 * The shell wraps every page in <RoleNotices>; <PageHeader> shows the <RoleNotice>. Outside one (a
 * component on its own in a test), <Guarded> writes the reason under the control instead.
 */
import { Permission, ROLE_INFO, StaffRole, whoCan } from '@beacon/shared';
import { Alert, List } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useId, useMemo, useState } from 'react';
import { useCurrentUser } from './current-user';

interface Notices {
  /** Counts a disabled control for `permission`; returns the function that uncounts it. */
  report: (permission: Permission) => () => void;
  /** The id of the notice's line for `permission`, for a control's `aria-describedby`. */
  idOf: (permission: Permission) => string;
  denied: readonly Permission[];
}

const NoticesContext = createContext<Notices | null>(null);

export const useRoleNotices = () => useContext(NoticesContext);

export function RoleNotices({ children }: { children: ReactNode }) {
  const prefix = useId();
  const [counts, setCounts] = useState<ReadonlyMap<Permission, number>>(new Map());
  const report = useCallback((permission: Permission) => {
    const change = (by: number) =>
      setCounts((current) => {
        const next = new Map(current);
        const count = (next.get(permission) ?? 0) + by;
        if (count > 0) next.set(permission, count);
        else next.delete(permission);
        return next;
      });
    change(1);
    return () => change(-1);
  }, []);
  const value = useMemo<Notices>(
    () => ({
      report,
      idOf: (permission) => `${prefix}-${permission}`,
      // In the role table's order, so the notice does not reshuffle as sections load.
      denied: Object.values(Permission).filter((p) => counts.has(p)),
    }),
    [counts, prefix, report],
  );
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

/** The page's one notice of what the role may not do here; nothing when every control is open to it. */
export function RoleNotice() {
  const notices = useRoleNotices();
  const { role } = useCurrentUser();
  if (!notices || notices.denied.length === 0) return null;
  const info = ROLE_INFO[role as StaffRole];
  const label = info?.label.toLowerCase() ?? role;
  const viewer = (role as StaffRole) === StaffRole.VIEWER;
  return (
    <Alert
      variant="outline"
      color="gray.8"
      title={
        viewer
          ? `You can view but not change anything here (${label} role)`
          : `Some actions here are not open to you (${label} role)`
      }
      mb="md"
    >
      <List size="sm" spacing={2}>
        {notices.denied.map((permission) => (
          <List.Item key={permission} id={notices.idOf(permission)}>
            {whoCan(permission)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
