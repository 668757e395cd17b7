/**
 * The held-out set is measured, not asserted caption by caption (a failing caption is a finding to report,
 * not a test to make pass): bench/caption-score.ts writes its score. These tests keep the set usable as a
 * measure: big enough, every label represented, nothing shared with the regression set.
 */
import { describe, expect, it } from 'vitest';
import { HELD_OUT_SET } from './held-out-set.js';
import { type Expectation } from './labelled-caption.js';
import { REGRESSION_SET } from './regression-set.js';
import { scoreSet } from './score.js';

describe('the held-out set', () => {
  it('holds at least 100 captions, at least 30 of each label', () => {
    const count = (e: Expectation) => HELD_OUT_SET.filter((c) => c.expect === e).length;
    expect(HELD_OUT_SET.length).toBeGreaterThanOrEqual(100);
    for (const label of ['BLOCK', 'NO_BLOCK', 'CLEAN'] as const)
      expect(count(label)).toBeGreaterThanOrEqual(30);
  });

  it('shares no caption with the regression set, and repeats none', () => {
    const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
    const regression = new Set(REGRESSION_SET.map((c) => fold(c.text)));
    const held = HELD_OUT_SET.map((c) => fold(c.text));
    expect(held.filter((text) => regression.has(text))).toEqual([]);
    expect(new Set(held).size).toBe(held.length);
  });
});

describe('scoreSet', () => {
  it('counts a sensitive but safe caption with no finding as accepted, and as decided harmless', () => {
    const score = scoreSet([
      { text: 'He hanged himself in the garage.', expect: 'BLOCK' },
      { text: 'Talking helps. Call or text 988 any time.', expect: 'NO_BLOCK' },
      { text: 'He committed suicide in 2019.', expect: 'NO_BLOCK' },
      { text: 'my plants are thriving 🌱', expect: 'CLEAN' },
    ]);
    expect(score.confusion.BLOCK.BLOCK).toBe(1);
    expect(score.confusion.NO_BLOCK).toEqual({ BLOCK: 0, NO_BLOCK: 1, CLEAN: 1 });
    const noBlock = score.labels.find((l) => l.label === 'NO_BLOCK');
    expect(noBlock).toMatchObject({ count: 2, recall: 0.5, accepted: 1 });
    expect(score.blocking.recall).toBe(1);
  });

  it('lists a blocking caption the check lets through as a miss', () => {
    const score = scoreSet([{ text: 'a lovely walk by the sea', expect: 'BLOCK' }]);
    expect(score.misses.map((m) => m.decided)).toEqual(['CLEAN']);
    expect(score.blocking).toEqual({ precision: null, recall: 0 });
  });
});
