/**
 * The regression set (labelled/regression-set.ts) holds: every blocking caption blocks, every sensitive but
 * safe one does not, every harmless one gets no finding. The held-out set is scored, not asserted: see
 * labelled/held-out-set.test.ts and bench/caption-score.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Topic } from '../topics.js';
import { checkSafeMessaging, hasBlockingFinding } from './check.js';
import type { Expectation } from './labelled/labelled-caption.js';
import { REGRESSION_SET as LABELLED_SET } from './labelled/regression-set.js';
import { SafetySeverity } from './types.js';

function blocks(text: string, topics?: readonly Topic[]): boolean {
  return hasBlockingFinding(checkSafeMessaging(text, topics ? { topics } : {}));
}

describe('labelled set: composition', () => {
  it('holds at least 120 captions in roughly the planned mix', () => {
    const count = (e: Expectation) => LABELLED_SET.filter((c) => c.expect === e).length;
    expect(LABELLED_SET.length).toBeGreaterThanOrEqual(120);
    expect(count('BLOCK')).toBeGreaterThanOrEqual(45);
    expect(count('NO_BLOCK')).toBeGreaterThanOrEqual(35);
    expect(count('CLEAN')).toBeGreaterThanOrEqual(40);
  });
});

describe('labelled set: BLOCK cases are caught', () => {
  it.each(LABELLED_SET.filter((c) => c.expect === 'BLOCK'))('$text', ({ text, topics }) => {
    expect(blocks(text, topics)).toBe(true);
  });
});

describe('labelled set: sensitive but safe cases do not block', () => {
  it.each(LABELLED_SET.filter((c) => c.expect === 'NO_BLOCK'))('$text', ({ text, topics }) => {
    const blocking = checkSafeMessaging(text, topics ? { topics } : {}).filter(
      (f) => f.severity === SafetySeverity.BLOCK,
    );
    expect(blocking).toEqual([]);
  });
});

describe('labelled set: harmless cases get no findings at all', () => {
  it.each(LABELLED_SET.filter((c) => c.expect === 'CLEAN'))('$text', ({ text, topics }) => {
    expect(checkSafeMessaging(text, topics ? { topics } : {})).toEqual([]);
  });
});
