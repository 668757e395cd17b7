/**
 * The signed-in layout (header, navigation, routes) or, for a signed-out visitor, the sign-in form. Pages
 * are loaded on demand so the first load carries only what the sign-in form needs.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { SignInPage } from '../features/auth/sign-in.page';
import { SignOutButton } from '../features/auth/sign-out.button';
import { useMe } from '../features/auth/use-me';
import { ErrorAlert } from './error-alert';

const CreatorsPage = lazy(() =>
  import('../features/creators/creators.page').then((m) => ({ default: m.CreatorsPage })),
);
const CampaignsPage = lazy(() =>
  import('../features/campaigns/campaigns.page').then((m) => ({ default: m.CampaignsPage })),
);
const CampaignPage = lazy(() =>
  import('../features/campaigns/campaign.page').then((m) => ({ default: m.CampaignPage })),
);

const ROLE_LABELS: Record<string, string> = {
  ADMIN: 'Admin',
  EDITOR: 'Editor',
  PUBLISHER: 'Publisher',
  SAFETY_REVIEWER: 'Safety reviewer',
  VIEWER: 'Viewer',
};

/** After navigating, moves focus to the page's main region so screen readers start at the new content. */
function useFocusMainOnNavigate() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    main.current?.focus();
  }, [pathname]);
  return main;
}

function NotFound() {
  return (
    <section aria-labelledby="not-found-title">
      <title>Not found · Beacon</title>
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is nothing at this address. Go to the <Link to="/creators">creators</Link>.
      </p>
    </section>
  );
}

function SignedIn({
  user,
  onSignedOut,
}: {
  user: { displayName: string; role: string };
  onSignedOut: () => void;
}) {
  const main = useFocusMainOnNavigate();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Beacon
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/creators">Creators</NavLink>
            </li>
            <li>
              <NavLink to="/campaigns">Campaigns</NavLink>
            </li>
          </ul>
        </nav>
        <div className="account">
          <span className="account-name">
            {user.displayName} <span className="account-role">{ROLE_LABELS[user.role] ?? user.role}</span>
          </span>
          <SignOutButton onSignedOut={onSignedOut} />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense
          fallback={
            <p role="status" className="status">
              Loading…
            </p>
          }
        >
          <Routes>
            <Route index element={<Navigate to="/creators" replace />} />
            <Route path="creators" element={<CreatorsPage />} />
            <Route path="campaigns" element={<CampaignsPage />} />
            <Route path="campaigns/:slug" element={<CampaignPage />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </main>
    </div>
  );
}

export function AppShell({ onSessionChanged }: { onSessionChanged: () => void }) {
  const { me, fetching, error, retry } = useMe();
  if (fetching && !me) {
    return (
      <p role="status" className="status status-page">
        Loading Beacon…
      </p>
    );
  }
  if (error && !me) {
    return (
      <main className="centered">
        <ErrorAlert error={error} />
        <button type="button" onClick={retry}>
          Try again
        </button>
      </main>
    );
  }
  if (!me) return <SignInPage onSignedIn={onSessionChanged} />;
  return <SignedIn user={me} onSignedOut={onSessionChanged} />;
}
