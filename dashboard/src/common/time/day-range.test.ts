import { describe, expect, it } from 'vitest';
import { dateRange } from './day-range';

describe('day filters as instants', () => {
  it('turns a from/to date pair into a half-open range covering both whole days', () => {
    const { since, until } = dateRange('2026-03-01', '2026-03-02');
    expect(since).not.toBeNull();
    expect(until).not.toBeNull();
    const hours = (new Date(until as string).getTime() - new Date(since as string).getTime()) / 3_600_000;
    // Two calendar days (47 or 49 hours across a clock change).
    expect(hours).toBeGreaterThanOrEqual(47);
    expect(hours).toBeLessThanOrEqual(49);
  });

  it('ignores a malformed date rather than sending it', () => {
    expect(dateRange('2026-3-1', null)).toEqual({ since: null, until: null });
  });
});
