import { describe, expect, it } from 'vitest';
import type { RecognitionStatus } from '../../gql/graphql';
import { groupByStage } from './stages';
import { waitingSince } from './work-queue';

const rec = (id: string, status: RecognitionStatus) => ({ id, status });

describe('grouping recognitions into stages', () => {
  it('puts each recognition under its stage, in lifecycle order, keeping empty stages', () => {
    const stages = groupByStage(
      [rec('a', 'APPROVED'), rec('b', 'NOMINATED'), rec('c', 'NOMINATED')],
      [],
      ['APPROVED', 'NOMINATED', 'SAFETY_REVIEWED'],
    );
    expect(stages.map((s) => [s.label, s.count, s.items.map((i) => i.id)])).toEqual([
      ['Waiting for safety review', 2, ['b', 'c']],
      ['Waiting for approval', 0, []],
      ['Approved', 1, ['a']],
    ]);
  });

  it("counts from the server's totals when only the first page is loaded", () => {
    const [nominated] = groupByStage(
      [rec('a', 'NOMINATED')],
      [{ status: 'NOMINATED', count: 140 }],
      ['NOMINATED'],
    );
    expect(nominated?.count).toBe(140);
    expect(nominated?.items).toHaveLength(1);
  });

  it('never counts fewer than it lists (a count fetched before a live change)', () => {
    const [approved] = groupByStage(
      [rec('a', 'APPROVED'), rec('b', 'APPROVED')],
      [{ status: 'APPROVED', count: 1 }],
      ['APPROVED'],
    );
    expect(approved?.count).toBe(2);
  });
});

describe('how long something has waited', () => {
  const now = new Date('2024-10-10T12:00:00Z');
  it('reads in whole units, rounded down', () => {
    expect(waitingSince('2024-10-07T11:00:00Z', now)).toBe('waiting 3 days');
    expect(waitingSince('2024-10-10T10:30:00Z', now)).toBe('waiting 1 hour');
  });
  it('says "just now" for a clock slightly ahead of this one', () => {
    expect(waitingSince('2024-10-10T12:00:05Z', now)).toBe('just now');
  });
});
