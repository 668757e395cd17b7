import { describe, expect, it } from 'vitest';
import { LiteralScanner, requiredLiterals } from './prefilter.js';

describe('requiredLiterals: the words any match must contain', () => {
  it.each([
    [/\bhang(?:s|ed)?\s+himself/g, ['himself']],
    [/\b(?:hang|hung)(?:ed)?/g, ['hang', 'hung']],
    [/\b(?:hang|hung)ed?/g, ['hange', 'hunge']],
    [/\b(?:jump|leap)[\s_-]{0,3}off/g, ['jump', 'leap']],
    [/\bsuicid(?:e|al)\b/g, ['suicidal', 'suicide']],
    [/\b\d+[\s_-]{0,3}(?:pills|tablets)\b/g, ['pills', 'tablets']],
    [/\bsize[\s_-]{0,3}\d/g, ['size']],
    [/#ana\b|#mia\b/g, ['#ana', '#mia']],
    [/\bwww\.samaritans\.org/g, ['www.samaritans.org']],
    [/\bbefore[\s_-]{0,3}(?:and|&)[\s_-]{0,3}after(?![\s_-]{0,3}meals)/g, ['before']],
  ])('%s needs one of %j', (re, literals) => {
    expect(requiredLiterals(re)).toEqual(literals);
  });

  it.each([
    [/\d{3,}/g, 'only digits'],
    [/\b(?:st|lb)\b/g, 'literals too short to be worth a search'],
    [/(?:suicide)?x/g, 'an optional word'],
    [/[a-z]+[\s_-]+[a-z]+/g, 'classes with many letters'],
    [/.*/g, 'anything'],
    [/suicide/gi, 'the i flag'],
  ])('gives no literals for %s (%s), so the pattern always runs', (re) => {
    expect(requiredLiterals(re)).toBeNull();
  });

  it('accepts the rare two-letter units', () => {
    expect(requiredLiterals(/\b\d+[\s_-]{0,3}(?:kg|lbs?)\b/g)).toEqual(['kg', 'lb']);
  });

  it('prefers rare words to common ones', () => {
    expect(requiredLiterals(/\bhow[\s_-]{0,3}to[\s_-]{0,3}purge\b/g)).toEqual(['purge']);
  });
});

describe('LiteralScanner: one pass finds every literal that occurs', () => {
  const scanner = new LiteralScanner(['hang', 'hanging', 'ing', 'suicid', 'self', 'elf']);

  it('finds literals inside longer ones and overlapping ones', () => {
    const hits = scanner.scan('he was hanging and said selfish things');
    const found = (literal: string) => hits.found[scanner.idOf(literal)] === 1;
    expect(['hang', 'hanging', 'ing', 'self', 'elf'].every(found)).toBe(true);
    expect(found('suicid')).toBe(false);
  });

  it('records where each literal occurs', () => {
    const hits = scanner.scan('self. self.');
    expect(hits.positions[scanner.idOf('self')]).toEqual([0, 6]);
  });

  it('finds nothing in an empty text', () => {
    expect(scanner.scan('').found.every((f) => f === 0)).toBe(true);
  });
});
