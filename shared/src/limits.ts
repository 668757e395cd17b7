/** Limits both the API and the dashboard enforce, so a form rejects what the server would. */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

/**
 * The most programming windows a campaign may have: one page of the campaign's `programmingWindows`
 * holds them all, so the board, the edit page and the public hub never show only some of them.
 */
export const PROGRAMMING_WINDOWS_MAX = PAGE_SIZE_MAX;

/** Creator handles: lower case letters, digits, dot and underscore, 2 to 30 characters. */
export const HANDLE_PATTERN = /^[a-z0-9._]{2,30}$/;

export const NAME_MAX = 200;
export const TITLE_MAX = 300;
export const BIO_MAX = 2_000;
export const CAPTION_MAX = 5_000;
export const CITATION_MAX = 2_000;
export const URL_MAX = 2_048;
export const SEARCH_MAX = 100;

/**
 * Filtered creator and video lists count at most this many matches for `totalCount`: past it they answer
 * `totalCount: 1000` with `totalCountIsExact: false` ("more than 1,000"), so a count never reads the table.
 */
export const TOTAL_COUNT_BOUND = 1_000;

/** Normalises a handle as people type it: trims, drops a leading @, lower-cases. */
export function normaliseHandle(raw: string): string {
  return raw.trim().replace(/^@+/, '').toLowerCase();
}
