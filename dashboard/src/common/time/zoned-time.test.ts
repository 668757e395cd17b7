import { describe, expect, it } from 'vitest';
import { formatInZone, fromInstant, offsetLabel, toInstant } from './zoned-time';

describe('toInstant: a wall-clock time in a zone to the instant it means', () => {
  it('reads summer and winter time in London by the offset in force that day', () => {
    expect(toInstant({ date: '2024-10-10', time: '09:00', timeZone: 'Europe/London' })).toEqual({
      instant: new Date('2024-10-10T08:00:00Z'),
      kind: 'exact',
    });
    expect(toInstant({ date: '2024-12-10', time: '09:00', timeZone: 'Europe/London' })?.instant).toEqual(
      new Date('2024-12-10T09:00:00Z'),
    );
  });

  it('moves a time the clocks skipped forward by the gap, and says it was skipped', () => {
    // Clocks went from 01:00 GMT to 02:00 BST on 31 March 2024: 01:30 never happened.
    expect(toInstant({ date: '2024-03-31', time: '01:30', timeZone: 'Europe/London' })).toEqual({
      instant: new Date('2024-03-31T01:30:00Z'), // 02:30 BST
      kind: 'skipped',
    });
    // New York skipped 02:00-03:00 on 10 March 2024.
    expect(toInstant({ date: '2024-03-10', time: '02:30', timeZone: 'America/New_York' })).toEqual({
      instant: new Date('2024-03-10T07:30:00Z'), // 03:30 EDT
      kind: 'skipped',
    });
  });

  it('takes the first of a time the clocks repeated, and says it was repeated', () => {
    // Clocks went back from 02:00 BST to 01:00 GMT on 27 October 2024: 01:30 happened twice.
    expect(toInstant({ date: '2024-10-27', time: '01:30', timeZone: 'Europe/London' })).toEqual({
      instant: new Date('2024-10-27T00:30:00Z'), // 01:30 BST, the first
      kind: 'repeated',
    });
  });

  it('handles zones east of UTC, half-hour offsets and the southern hemisphere', () => {
    expect(toInstant({ date: '2024-01-15', time: '10:00', timeZone: 'Australia/Sydney' })?.instant).toEqual(
      new Date('2024-01-14T23:00:00Z'), // AEDT, UTC+11 in January
    );
    expect(toInstant({ date: '2024-07-15', time: '10:00', timeZone: 'Asia/Kolkata' })?.instant).toEqual(
      new Date('2024-07-15T04:30:00Z'),
    );
  });

  it('refuses dates, times and zones that do not exist', () => {
    expect(toInstant({ date: '2024-04-31', time: '09:00', timeZone: 'UTC' })).toBeNull();
    expect(toInstant({ date: '2024-04-30', time: '24:00', timeZone: 'UTC' })).toBeNull();
    expect(toInstant({ date: '2024-04-30', time: '09:00', timeZone: 'Mars/Olympus_Mons' })).toBeNull();
    expect(toInstant({ date: '', time: '09:00', timeZone: 'UTC' })).toBeNull();
  });
});

describe('showing an instant in a zone', () => {
  const instant = new Date('2024-10-10T08:00:00Z');

  it('writes the wall-clock time with the zone abbreviation and offset', () => {
    expect(formatInZone(instant, 'Europe/London')).toBe('Thu 10 Oct 2024, 09:00 BST');
    expect(formatInZone(instant, 'UTC')).toBe('Thu 10 Oct 2024, 08:00 UTC');
    expect(offsetLabel(instant, 'America/New_York')).toBe('UTC−04:00');
    expect(offsetLabel(instant, 'Asia/Kolkata')).toBe('UTC+05:30');
  });

  it('round-trips a stored instant back to the date and time the person picked', () => {
    expect(fromInstant(instant, 'Asia/Singapore')).toEqual({
      date: '2024-10-10',
      time: '16:00',
      timeZone: 'Asia/Singapore',
    });
    const picked = { date: '2024-11-03', time: '08:15', timeZone: 'America/Los_Angeles' };
    const resolved = toInstant(picked);
    expect(resolved && fromInstant(resolved.instant, picked.timeZone)).toEqual(picked);
  });
});
