/**
 * Time-zone helpers for scheduling: turning a date, a wall-clock time and an IANA zone into one instant,
 * correctly across daylight-saving changes, and showing instants in a zone. Offsets come from @date-fns/tz
 * (the browser's own time-zone data through Intl); formatting from date-fns.
 *
 * A wall-clock time can be missing (clocks go forward: 01:30 on 31 March 2024 never happened in London) or
 * happen twice (clocks go back: 01:30 on 27 October 2024 happened in BST and again in GMT). Like Temporal's
 * "compatible" choice, a missing time moves forward by the gap and a repeated one takes the first, and the
 * result says which happened so the form can tell the person.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';

/** A local date (YYYY-MM-DD), a time (HH:mm) and the IANA zone they are in. */
export interface ZonedDateTime {
  readonly date: string;
  readonly time: string;
  readonly timeZone: string;
}

export type WallTimeKind = 'exact' | 'skipped' | 'repeated';

export interface ResolvedInstant {
  readonly instant: Date;
  /** `skipped`: the time did not exist that day; `repeated`: it happened twice (the first is used). */
  readonly kind: WallTimeKind;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone this browser is set to. */
export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Every IANA zone the browser knows, with UTC first. */
export function timeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...zones.filter((zone) => zone !== 'UTC')];
}

/** The instant a wall-clock time in a zone means, or null when the date, time or zone is not valid. */
export function toInstant({ date, time, timeZone }: ZonedDateTime): ResolvedInstant | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t || !isValidTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  // The wall time read as if it were UTC; the real instant is this minus the zone's offset then.
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null; // 31 April and the like
  // Offsets a day either side cover any transition on this day (no zone moves twice in a day).
  const offsets = [
    ...new Set([tzOffset(timeZone, new Date(wall - DAY_MS)), tzOffset(timeZone, new Date(wall + DAY_MS))]),
  ];
  const candidates = offsets
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => instant + tzOffset(timeZone, new Date(instant)) * 60_000 === wall)
    .sort((a, b) => a - b);
  if (candidates.length === 0) {
    // In a gap: read with the offset from before the change, which lands after the gap, as clocks do.
    const before = tzOffset(timeZone, new Date(wall - DAY_MS));
    return { instant: new Date(wall - before * 60_000), kind: 'skipped' };
  }
  return { instant: new Date(candidates[0] as number), kind: candidates.length > 1 ? 'repeated' : 'exact' };
}

/** The wall-clock date and time an instant shows in a zone (for editing a stored instant). */
export function fromInstant(instant: Date, timeZone: string): ZonedDateTime {
  const zoned = new TZDate(instant, timeZone);
  return { date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm'), timeZone };
}

/** The short name of the zone at that instant ("BST", "GMT+10"), as the browser writes it. */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "Thu 10 Oct 2024, 09:00 BST": an instant as read in a zone. */
export function formatInZone(instant: Date, timeZone: string): string {
  return `${format(new TZDate(instant, timeZone), 'EEE d MMM yyyy, HH:mm')} ${zoneAbbreviation(instant, timeZone)}`;
}

/** "UTC+01:00": the zone's offset from UTC at that instant. */
export function offsetLabel(instant: Date, timeZone: string): string {
  const minutes = tzOffset(timeZone, instant);
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * "3 Jan 2026" in the reader's own locale (the browser's, or `locale`): the day an instant falls on in a
 * zone, for facts where the time of day does not matter.
 */
export function formatDateInZone(instant: Date, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(instant);
}
