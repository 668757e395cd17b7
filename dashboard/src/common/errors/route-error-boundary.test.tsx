import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { isChunkLoadError, reloadOnceForNewVersion } from './chunk-reload';
import { RouteErrorBoundary } from './route-error-boundary';

let broken = false;
function Flaky() {
  if (broken) throw new Error('The campaign board could not be drawn');
  return <p>The board</p>;
}

describe('RouteErrorBoundary', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows an error in place of the page, with the cause, and draws the page again on "Try again"', async () => {
    broken = true;
    const { user } = renderWithApp(
      <RouteErrorBoundary>
        <Flaky />
      </RouteErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This page could not be shown');
    expect(alert).toHaveTextContent('The campaign board could not be drawn');
    broken = false; // whatever failed is back
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The board')).toBeInTheDocument();
  });
});

describe('recovering from a redeploy', () => {
  it("recognises each browser's words for a chunk that failed to load", () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))).toBe(
      true,
    );
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
  });

  it('reloads once, and not again moments later (no reload loop)', () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const storage = window.sessionStorage;
    storage.clear();
    expect(reloadOnceForNewVersion(storage, 1_000_000)).toBe(true);
    expect(reloadOnceForNewVersion(storage, 1_010_000)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    // Long after, a new deploy may need a reload again.
    expect(reloadOnceForNewVersion(storage, 2_000_000)).toBe(true);
    vi.unstubAllGlobals();
  });
});
