import { describe, expect, it } from 'vitest';
import { changedFields, dateRange, recordPath } from './audit-format';

describe('audit log formatting', () => {
  it('names only the fields whose values changed, leaving out the version bookkeeping', () => {
    expect(
      changedFields(
        { name: 'Shout', hours: '24/7', version: 1, regions: ['GB'] },
        { name: 'Shout', hours: 'Always open', version: 2, regions: ['GB', 'IE'] },
      ),
    ).toEqual(['hours', 'regions']);
  });

  it('lists every field of a created record (nothing before it)', () => {
    expect(changedFields(null, { name: 'Lifeline', version: 1 })).toEqual(['name']);
  });

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

  it('links to the pages records have, and to none for the rest', () => {
    expect(recordPath('TrainingSession', 'abc')).toBe('/training/abc');
    expect(recordPath('Recognition', 'abc')).toBeNull();
  });
});
