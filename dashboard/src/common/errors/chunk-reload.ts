/**
 * After a redeploy, the hashed chunks an open tab asks for no longer exist: loading a route then fails.
 * The cure is to reload once to get the new index.html; the guard stops a loop when a reload does not help
 * (the server is down, the file really is missing).
 */

const KEY = 'beacon:chunk-reload-at';
/** A second failure within this long of the last reload means reloading does not help. */
const LOOP_WINDOW_MS = 30_000;

const CHUNK_MESSAGES = [
  'Failed to fetch dynamically imported module', // Chromium
  'error loading dynamically imported module', // Firefox
  'Importing a module script failed', // Safari
  'Unable to preload CSS', // Vite's CSS preload
  'Failed to load module script',
];

export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return CHUNK_MESSAGES.some((m) => message.includes(m)) || (error as Error)?.name === 'ChunkLoadError';
}

/** Reloads the page unless it already did so moments ago; true when a reload is under way. */
export function reloadOnceForNewVersion(storage: Storage = window.sessionStorage, now = Date.now()): boolean {
  const last = Number(storage.getItem(KEY) ?? 0);
  if (now - last < LOOP_WINDOW_MS) return false;
  storage.setItem(KEY, String(now));
  window.location.reload();
  return true;
}
