/**
 * A list's "from" and "to" day filters (native date inputs, `YYYY-MM-DD` in the URL) as the half-open
 * range of instants the server filters on: the audit log's event dates, training sessions' start dates.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isDate = (value: string | null): value is string => value !== null && DATE.test(value);

/**
 * The date filters as the server's half-open range: from the start of the "from" day to the start of the
 * day after the "to" day, both in the person's own time zone (the days they mean).
 */
export function dateRange(
  from: string | null,
  to: string | null,
): { since: string | null; until: string | null } {
  const startOf = (date: string, addDays = 0) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d + addDays).toISOString();
  };
  return {
    since: isDate(from) ? startOf(from) : null,
    until: isDate(to) ? startOf(to, 1) : null,
  };
}

/**
 * A list's day filters as its query needs them: the half-open range, or no range at all when the end day
 * is before the start day (`badRange`, which the "to" field reports).
 */
export function dayFilters(
  from: string | null,
  to: string | null,
): { badRange: boolean; since: string | null; until: string | null } {
  const badRange = isDate(from) && isDate(to) && to < from;
  return { badRange, ...(badRange ? { since: null, until: null } : dateRange(from, to)) };
}
