import { describe, expect, it } from 'vitest';
import { embeddedTypes } from './cache';

describe('the normalised cache', () => {
  it('embeds every type without an id in its parent (connections, page info, consent, findings, money)', () => {
    for (const name of [
      'PageInfo',
      'CreatorConnection',
      'CreatorEdge',
      'SpotlightConsent',
      'SafetyFindingType',
      'Money',
    ])
      expect(embeddedTypes).toContain(name);
  });

  it('keeps records with a Relay id as records of their own', () => {
    for (const name of ['Creator', 'Campaign', 'Recognition', 'StaffUser'])
      expect(embeddedTypes).not.toContain(name);
    expect(embeddedTypes).not.toContain('Query');
  });
});
