/**
 * The signed-in layout: a skip link, the header (brand, who is signed in, sign out), the role-aware
 * navigation (a side bar on wide screens, a drawer on phones) and the page, each route inside its own
 * error boundary and loaded on demand. After every navigation the new page's h1 takes focus.
 */
import { can, type Permission, ROLE_INFO, type StaffRole } from '@beacon/shared';
import {
  Badge,
  Burger,
  Drawer,
  Group,
  AppShell as MantineAppShell,
  NavLink,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { Route, NavLink as RouterNavLink, Routes, useLocation } from 'react-router';
import { RouteErrorBoundary } from '../common/errors/route-error-boundary';
import { LeavePageGuard } from '../common/forms/unsaved-changes';
import { pageFocus } from '../common/page/page-focus';
import { PageHeader } from '../common/page/page-header';
import { useCurrentUser } from '../common/permissions/current-user';
import { RoleNotices } from '../common/permissions/role-notice';
import { useCan } from '../common/permissions/use-can';
import { LoadingState } from '../common/query-state/query-state';
import { SignOutButton } from '../features/auth/sign-out.button';
import classes from './app-shell.module.css';
import { NAVBAR_WIDTH, PHONE_QUERY } from './layout';
import { HOME_PATH, ROUTES } from './routes';

/**
 * Marks every change of page, so the page's heading takes focus when it appears. A layout effect: React
 * runs every layout effect before any passive one, so the mark is set before the new page's heading
 * (a passive effect, and a child, whose effects run first) looks for it.
 */
function useMarkNavigations() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useLayoutEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    pageFocus.navigated();
  }, [pathname]);
}

function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { role } = useCurrentUser();
  return (
    <nav aria-label="Main">
      <Stack gap={2} component="ul" className={classes.navList}>
        {ROUTES.filter((r) => r.nav && (!r.permission || can(role as StaffRole, r.permission))).map((r) => (
          <li key={r.path}>
            <NavLink
              component={RouterNavLink}
              to={`/${r.path}`}
              label={r.nav}
              onClick={onNavigate}
              variant="filled"
              className={classes.navLink}
            />
          </li>
        ))}
      </Stack>
    </nav>
  );
}

function Account({ align = 'end' }: { align?: 'start' | 'end' }) {
  const user = useCurrentUser();
  return (
    <Stack gap={0} align={align === 'end' ? 'flex-end' : 'flex-start'}>
      <Text size="sm" fw={600} lh={1.2}>
        {user.displayName}
      </Text>
      <Badge variant="light" size="sm" radius="sm" className={classes.role}>
        {ROLE_INFO[user.role as StaffRole].label}
      </Badge>
    </Stack>
  );
}

/** A page behind a permission: drawn for those who hold it; others read why not. */
function Guard({ permission, children }: { permission?: Permission; children: React.ReactNode }) {
  const ability = useCan(permission ?? ('STAFF_READ' as Permission));
  if (!permission || ability.allowed) return <>{children}</>;
  return (
    <>
      <PageHeader title="Not available to your role" />
      <Text>{ability.reason}</Text>
    </>
  );
}

function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text>
        There is nothing at this address.{' '}
        <Text component={RouterNavLink} to={HOME_PATH} c="indigo.8" td="underline">
          Go to the start page
        </Text>
        .
      </Text>
    </>
  );
}

export function AppShell({ onSignedOut }: { onSignedOut: () => void }) {
  useMarkNavigations();
  const [drawerOpen, drawer] = useDisclosure(false);
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const { pathname } = useLocation();
  // Close the drawer whenever the page changes (also by the browser's back button).
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, not a value read.
  useEffect(() => drawer.close(), [pathname]);

  return (
    <MantineAppShell
      header={{ height: 60 }}
      navbar={{ width: NAVBAR_WIDTH, breakpoint: 'sm', collapsed: { mobile: true } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className={classes.skipLink} href="#main">
        Skip to content
      </a>
      <MantineAppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={drawerOpen}
              onClick={drawer.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Open navigation"
              aria-expanded={drawerOpen}
            />
            <UnstyledButton component={RouterNavLink} to={HOME_PATH} className={classes.brand}>
              Beacon
            </UnstyledButton>
          </Group>
          <Group gap="md" wrap="nowrap">
            {!phone && <Account />}
            <SignOutButton onSignedOut={onSignedOut} />
          </Group>
        </Group>
      </MantineAppShell.Header>
      {phone ? (
        <Drawer
          opened={drawerOpen}
          onClose={drawer.close}
          title="Beacon"
          size={280}
          padding="md"
          closeButtonProps={{ 'aria-label': 'Close navigation' }}
        >
          <Stack gap="lg">
            <Account align="start" />
            <Navigation onNavigate={drawer.close} />
          </Stack>
        </Drawer>
      ) : (
        <MantineAppShell.Navbar p="sm">
          <Navigation />
        </MantineAppShell.Navbar>
      )}
      <MantineAppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <RouteErrorBoundary>
          <LeavePageGuard>
            <Suspense fallback={<LoadingState label="Loading…" />}>
              <Routes>
                {ROUTES.map(({ path, page: Page, permission }) => (
                  <Route
                    key={path}
                    path={path}
                    element={
                      <Guard permission={permission}>
                        <RoleNotices>
                          <Page />
                        </RoleNotices>
                      </Guard>
                    }
                  />
                ))}
                <Route path="*" element={<NotFound />} />
              </Routes>
            </Suspense>
          </LeavePageGuard>
        </RouteErrorBoundary>
      </MantineAppShell.Main>
    </MantineAppShell>
  );
}
