/** How campaign dates and programming times read on screen. */

const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** A campaign's first to last day (LocalDate strings, `YYYY-MM-DD`). */
export function formatDateRange(startsOn: string, endsOn: string): string {
  return day.formatRange(new Date(`${startsOn}T00:00:00Z`), new Date(`${endsOn}T00:00:00Z`));
}

/** A programming window in the time zone it was planned in, so staff read the times the team planned. */
export function formatWindow(startsAt: string, endsAt: string, timeZone: string): string {
  try {
    const format = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    });
    const zone = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(startsAt))
      .find((part) => part.type === 'timeZoneName')?.value;
    return `${format.formatRange(new Date(startsAt), new Date(endsAt))} (${zone ? `${zone}, ` : ''}${timeZone})`;
  } catch {
    // An unknown time zone: show the instants in UTC rather than nothing.
    return `${startsAt} – ${endsAt} (UTC)`;
  }
}
