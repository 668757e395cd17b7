/**
 * The remembered passing checks are bounded by bytes in all, however many documents and variables are
 * asked: many distinct requests cannot make them grow without end.
 */
import 'reflect-metadata';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PASSED_CHECKS_MAX_BYTES, PassedChecks } from './query-limits.plugin.js';

describe('remembered passing checks', () => {
  it('answers a remembered check for the same parsed document only', () => {
    const passed = new PassedChecks();
    const hub = parse('query Hub($n: Int) { creators(first: $n) { nodes { id } } }');
    const again = parse('query Hub($n: Int) { creators(first: $n) { nodes { id } } }');
    passed.remember(hub, 'anonymous\u0000Hub\u0000{"n":10}');
    expect(passed.has(hub, 'anonymous\u0000Hub\u0000{"n":10}')).toBe(true);
    expect(passed.has(hub, 'anonymous\u0000Hub\u0000{"n":100}')).toBe(false);
    expect(passed.has(hub, 'staff\u0000Hub\u0000{"n":10}')).toBe(false);
    expect(passed.has(again, 'anonymous\u0000Hub\u0000{"n":10}')).toBe(false);
  });

  it('holds at most its bytes, across documents and variables, forgetting the least recently used', () => {
    const passed = new PassedChecks(64 * 1024);
    const documents = Array.from({ length: 50 }, (_, i) => parse(`query Q${i} { creators { totalCount } }`));
    let last = '';
    for (let i = 0; i < 20_000; i++) {
      last = `anonymous\u0000Q\u0000{"search":"${'x'.repeat(i % 200)}${i}"}`;
      passed.remember(documents[i % documents.length] as never, last);
    }
    expect(passed.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(passed.bytes).toBeGreaterThan(32 * 1024);
    expect(passed.has(documents[19_999 % documents.length] as never, last)).toBe(true);
    expect(passed.has(documents[0] as never, 'anonymous\u0000Q\u0000{"search":"0"}')).toBe(false);
    expect(new PassedChecks().maxBytes).toBe(PASSED_CHECKS_MAX_BYTES);
  });

  it('does not keep a check whose variables are long (a staff import is checked each time)', () => {
    const passed = new PassedChecks();
    const doc = parse('mutation Import($rows: [String!]!) { __typename }');
    const long = `staff\u0000Import\u0000${JSON.stringify({ rows: Array(1_000).fill('row') })}`;
    passed.remember(doc, long);
    expect(passed.has(doc, long)).toBe(false);
    expect(passed.bytes).toBe(0);
  });
});
