import { describe, expect, it } from 'vitest';
import { changedFields, recordPath } from './audit-format';

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

  it('links to the pages records have, and to none for the rest', () => {
    expect(recordPath('TrainingSession', 'abc')).toBe('/training/abc');
    expect(recordPath('Recognition', 'abc')).toBeNull();
  });
});
